import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ImportDialog } from '../../../renderer/screens/backlog/import/ImportDialog';
import { answerOf } from '../../../renderer/screens/backlog/import/answer';
import type { MapSettings } from '../../../renderer/screens/backlog/import/messages';
import { RefusedFile, type ExportReader } from '../../../renderer/screens/backlog/import/worker-reader';
import { readExport, remap, type ReadExport } from '../../../src/domain/imports/read-export';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

const EXPORT = [
  'Name;Details;Size;Tags',
  'Replace the cron host;Move jobs to the scheduler.;4;cron',
  ';No title here;1;',
].join('\n');

/** The worker's job done in the test's thread, with the same pure functions and the same answers. */
function inThreadReader(): ExportReader {
  let kept: { name: string; read: ReadExport } | null = null;
  return {
    read: async (file: File, settings: MapSettings, onProgress) => {
      const result = readExport(file.name, new Uint8Array(await file.arrayBuffer()), settings);
      onProgress(1);
      if (!result.ok) throw new RefusedFile(result.message);
      kept = { name: file.name, read: result.read };
      return answerOf(result.read, file.name);
    },
    remap: async (settings) => {
      kept = { ...kept!, read: remap(kept!.read.table, settings) };
      return answerOf(kept.read, kept.name);
    },
    rows: async (from, to) => kept!.read.rows.slice(from, to),
    close: () => undefined,
  };
}

describe('the backlog import dialog', () => {
  let b: InProcessApi;
  let teamId: string;
  beforeEach(async () => {
    b = await inProcessApi();
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    setApi(b.api);
  });

  it('previews rows with their problems, follows a changed mapping, imports, and undoes', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn(() => Promise.resolve());
    const onItems = vi.fn();
    render(
      <ImportDialog
        teamId={teamId}
        scale="fibonacci"
        onClose={() => undefined}
        onItems={onItems}
        onChanged={onChanged}
        makeReader={inThreadReader}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([EXPORT], 'tool.csv'));
    await within(dialog).findByText('not an export Cadence knows', { exact: false });
    const preview = within(dialog).getByRole('region', { name: 'Rows as they will be created' });
    expect(within(preview).getByText('Skipped: no title')).toBeTruthy();

    // Size is not a known name: the facilitator maps it to the points, and the preview follows.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Story points' }), 'Size');
    await within(preview).findByText('points not on the scale: was 4 → 5');

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 item' }));
    await within(dialog).findByText('Import finished: added 1, updated 0, skipped 1.');
    expect(b.store.snapshot().teams[0]?.items.map((i) => [i.title, i.points])).toEqual([['Replace the cron host', 5]]);

    await user.click(within(dialog).getByRole('button', { name: 'Undo import' }));
    await within(dialog).findByText('The import was undone.');
    expect(b.store.snapshot().teams[0]?.items).toEqual([]);
    expect(onItems.mock.calls.flat(2).map((i: { title: string }) => i.title)).toEqual(['Replace the cron host']);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows why a file is refused, and stays on the file choice', async () => {
    const user = userEvent.setup();
    render(
      <ImportDialog
        teamId={teamId}
        scale="fibonacci"
        onClose={() => undefined}
        onItems={() => undefined}
        onChanged={() => Promise.resolve()}
        makeReader={inThreadReader}
      />,
    );
    await user.upload(screen.getByLabelText('Choose export file…'), new File([''], 'empty.csv'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/empty\.csv is empty\. Nothing was imported\./),
    );
    expect(screen.getByLabelText('Choose export file…')).toBeTruthy();
  });
});
