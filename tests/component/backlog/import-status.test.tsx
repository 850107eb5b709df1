import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ImportDialog } from '../../../renderer/screens/backlog/import/ImportDialog';
import { useAppStore } from '../../../renderer/store';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { inThreadReader } from './in-thread-reader';

/** A tracker's full export holds its closed issues: the preview says they come in done, out of the backlog list. */

const EXPORT = [
  'Title,Key,Status',
  'Renew certificates,OPS-1,Closed',
  'Tune alerts,OPS-2,In Progress',
  'Patch kernels,OPS-3,To Do',
].join('\n');

let b: InProcessApi;
let teamId: string;
beforeEach(async () => {
  b = await inProcessApi();
  teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  setApi(b.api);
  useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
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
  const statusOf = (key: string) => {
    const table = preview.getByRole('table');
    const column = within(table)
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent === 'Status');
    return within(preview.getByRole('row', { name: new RegExp(key) })).getAllByRole('cell')[column]?.textContent;
  };
  return { user, dialog, statusOf, unmount };
}

describe("the import preview and an export's status column", () => {
  it('maps the Status column, shows each row as it will be, and says done ones leave the backlog list', async () => {
    const { user, dialog, statusOf } = await openWith(EXPORT);
    expect(dialog.getByRole('combobox', { name: 'Status' })).toHaveValue('Status');
    expect([statusOf('OPS-1'), statusOf('OPS-2'), statusOf('OPS-3')]).toEqual(['Done', 'In progress', 'To do']);
    expect(
      dialog.getByText(/1 is done in the export: it is imported as done, so it is not listed in the backlog/),
    ).toHaveTextContent('"Show done items" lists it');

    await user.click(dialog.getByRole('button', { name: 'Import 3 items' }));
    await dialog.findByText(/^Import finished/);
    const items = b.store.snapshot().teams[0]!.items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ['Renew certificates', 'done'],
      ['Tune alerts', 'in_progress'],
      ['Patch kernels', 'todo'],
    ]);
  });

  it('shows the status of a row that updates an item as unchanged: a re-import keeps the status Cadence has', async () => {
    const first = await openWith('Title,Key,Status\nRenew certificates,OPS-1,To Do');
    await first.user.click(first.dialog.getByRole('button', { name: 'Import 1 item' }));
    await first.dialog.findByText(/^Import finished/);
    first.unmount();
    // The team took the item on (a re-import closes only an item still to do and in no sprint: import-closes.test).
    const item = b.store.snapshot().teams[0]!.items[0]!;
    await b.api.updateItem({ teamId, itemId: item.id, changes: { status: 'in_progress' } });
    useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });

    const { dialog, statusOf } = await openWith('Title,Key,Status\nRenew certificates again,OPS-1,Done');
    expect(statusOf('OPS-1')).toBe('unchanged');
    expect(dialog.queryByText(/imported as done/)).toBeNull();
  });
});
