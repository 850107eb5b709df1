import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ImportDialog } from '../../../renderer/screens/backlog/import/ImportDialog';
import { useAppStore } from '../../../renderer/store';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { inThreadReader } from './in-thread-reader';

/** A re-import after the tracker closed issues: the items still to do here are closed, and the dialog says so. */

const csv = (states: string[]) =>
  ['Title,Key,Status', ...states.map((state, i) => `Task ${i + 1},OPS-${i + 1},${state}`)].join('\n');

let b: InProcessApi;
let teamId: string;
const team = () => b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc;
beforeEach(async () => {
  b = await inProcessApi();
  teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  setApi(b.api);
  useAppStore.setState({ team: team() });
});

async function openWith(text: string) {
  const user = userEvent.setup();
  const { unmount } = render(
    <ImportDialog
      teamId={teamId}
      scale="fibonacci"
      onClose={() => undefined}
      onItems={() => undefined}
      onChanged={() => Promise.resolve()}
      makeReader={inThreadReader}
    />,
  );
  const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
  await user.upload(dialog.getByLabelText('Choose export file…'), new File([text], 'export.csv'));
  const preview = within(await dialog.findByRole('region', { name: 'Rows as they will be created' }));
  const cellOf = (key: string, header: string) => {
    const column = within(preview.getByRole('table'))
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent === header);
    return within(preview.getByRole('row', { name: new RegExp(key) })).getAllByRole('cell')[column]?.textContent;
  };
  return { user, dialog, cellOf, unmount };
}

async function importOnce(text: string, button: string) {
  const first = await openWith(text);
  await first.user.click(first.dialog.getByRole('button', { name: button }));
  const status = await first.dialog.findByText(/^Import finished/);
  const said = status.textContent;
  first.unmount();
  useAppStore.setState({ team: team() });
  return said;
}

describe('a re-import of issues the tracker closed since', () => {
  it('says per row and in its summary which items it closes, closes them, and Undo reopens them', async () => {
    await importOnce(csv(['To Do', 'To Do', 'To Do']), 'Import 3 items');
    const taken = team().items.find((i) => i.source?.key === 'OPS-3')!;
    await b.api.updateItem({ teamId, itemId: taken.id, changes: { status: 'in_progress' } });
    useAppStore.setState({ team: team() });

    const { user, dialog, cellOf } = await openWith(csv(['Done', 'To Do', 'Done']));
    expect(cellOf('OPS-1', 'Status')).toBe('Done');
    expect(cellOf('OPS-1', 'Problem')).toMatch(/closes the item/);
    // Work the team took on keeps its status, and an item open in the tracker is left as it is.
    expect(cellOf('OPS-3', 'Status')).toBe('unchanged');
    expect(cellOf('OPS-3', 'Problem')).not.toMatch(/closes/);
    expect(cellOf('OPS-2', 'Status')).toBe('unchanged');
    expect(dialog.getByText(/1 closes its item/)).toHaveTextContent('no longer listed in the backlog');

    await user.click(dialog.getByRole('button', { name: 'Import 1 item' }));
    expect(await dialog.findByRole('status')).toHaveTextContent(/^Import finished: added 0, updated 1, .*done 1\.$/);
    const status = () => team().items.map((i) => [i.source?.key, i.status]);
    expect(status()).toEqual([
      ['OPS-1', 'done'],
      ['OPS-2', 'todo'],
      ['OPS-3', 'in_progress'],
    ]);

    await user.click(dialog.getByRole('button', { name: 'Undo import' }));
    await dialog.findByText('The import was undone.');
    expect(status()).toEqual([
      ['OPS-1', 'todo'],
      ['OPS-2', 'todo'],
      ['OPS-3', 'in_progress'],
    ]);
  });

  it('says in the finished message how many rows came in done', async () => {
    expect(await importOnce(csv(['Closed', 'To Do', 'Resolved']), 'Import 3 items')).toBe(
      'Import finished: added 3, updated 0, skipped 0, done 2.',
    );
  });
});
