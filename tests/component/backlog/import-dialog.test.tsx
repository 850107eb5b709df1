import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import { ImportDialog } from '../../../renderer/screens/backlog/import/ImportDialog';
import { answerOf } from '../../../renderer/screens/backlog/import/answer';
import { ImportPreview } from '../../../renderer/screens/backlog/import/ImportPreview';
import { PREVIEW_ROWS } from '../../../renderer/screens/backlog/import/messages';
import type { ExportReader } from '../../../renderer/screens/backlog/import/worker-reader';
import { useAppStore } from '../../../renderer/store';
import { readExport } from '../../../src/domain/imports/read-export';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { inThreadReader } from './in-thread-reader';

const EXPORT = [
  'Name;Details;Size;Tags',
  'Replace the cron host;Move jobs to the scheduler.;4;cron',
  ';No title here;1;',
].join('\n');

/** A team in an in-process backend, the screen's api pointed at it, for each test. */
let b: InProcessApi;
let teamId: string;
beforeEach(async () => {
  b = await inProcessApi();
  teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  setApi(b.api);
});

/** The dialog over the team, reading in the test's thread; a test's own handlers replace the defaults. */
function renderDialog(
  team: string,
  handlers: Partial<Pick<ComponentProps<typeof ImportDialog>, 'onItems' | 'onChanged'>> = {},
) {
  return render(
    <ImportDialog
      teamId={team}
      scale="fibonacci"
      onClose={() => undefined}
      onItems={() => undefined}
      onChanged={() => Promise.resolve()}
      makeReader={inThreadReader}
      {...handlers}
    />,
  );
}

describe('the backlog import dialog', () => {
  it('counts the skipped rows it does not list after the import', async () => {
    const user = userEvent.setup();
    // One row to import, then 52 without a title: the first 50 are listed, the rest counted.
    const rows = [
      'Name;Details',
      'Replace the cron host;Move jobs.',
      ...Array.from({ length: 52 }, (_, i) => `;row ${i}`),
    ];
    renderDialog(teamId);
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([rows.join('\n')], 'tool.csv'));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 item' }));
    await within(dialog).findByText('Import finished: added 1, updated 0, skipped 52.');
    expect(within(dialog).getAllByText(/^Row \d+: no title$/)).toHaveLength(50);
    expect(within(dialog).getByText('…and 2 more skipped rows.')).toBeInTheDocument();
  });

  it('offers no import when no row can become an item, and says why', async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    const rows = ['Name;Details', ';no title here', ';nor here'];
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([rows.join('\n')], 'tool.csv'));
    const importNone = await within(dialog).findByRole('button', { name: 'Import 0 items' });
    expect(importNone).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).getByText('No row of this file can become an item: nothing to import.')).toBeTruthy();
    await user.click(importNone);
    expect(within(dialog).queryByText(/^Import finished/)).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Import 0 items' })).toBeInTheDocument();
  });

  it('says no column is chosen for the title, rather than that no row can become an item, until one is picked', async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    // A tool that names its title column "Subject": no name Cadence looks for.
    const rows = ['Subject;Details', 'Replace the cron host;Move jobs.', 'Rotate the keys;Before May.'];
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([rows.join('\n')], 'tool.csv'));
    await within(dialog).findByRole('button', { name: 'Import 0 items' });
    expect(
      within(dialog).getByText(
        'No column is chosen for the title: pick the one that holds the titles under Columns, Title.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('No row of this file can become an item: nothing to import.')).toBeNull();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Title' }), 'Subject');
    expect(await within(dialog).findByRole('button', { name: 'Import 2 items' })).not.toHaveAttribute('aria-disabled');
    expect(within(dialog).queryByText(/No column is chosen for the title/)).toBeNull();
  });

  it('previews rows with their problems, follows a changed mapping, imports, and undoes', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn(() => Promise.resolve());
    const onItems = vi.fn();
    renderDialog(teamId, { onItems, onChanged });
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
    renderDialog(teamId);
    await user.upload(screen.getByLabelText('Choose export file…'), new File([''], 'empty.csv'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/empty\.csv is empty\. Nothing was imported\./),
    );
    expect(screen.getByLabelText('Choose export file…')).toBeTruthy();
  });

  it('refuses a file whose quote never closes, as `cadence import` does, and previews none of its rows', async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    const text = 'Summary,Issue key\nRotate certs,OPS-1\nDrain node,"OPS-2\nPatch kernel,OPS-3\n';
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([text], 'broken.csv'));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'broken.csv: row 3 opens a quote that is never closed, so the 1 line after it cannot be told from its text. Close the quote in the file (or take it out) and import again. Nothing was imported.',
      ),
    );
    expect(within(dialog).queryByRole('region', { name: 'Rows as they will be created' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Import \d/ })).toBeNull();
    expect(within(dialog).getByLabelText('Choose export file…')).toBeTruthy();

    // A quote that opens a row which then reads as blank cells (only line breaks follow it) is refused too.
    const blank = 'Summary,Issue key\nRotate certs,OPS-1\n,"\n\n';
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([blank], 'blank.csv'));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'blank.csv: row 3 opens a quote that is never closed. Close the quote in the file (or take it out) and import again. Nothing was imported.',
      ),
    );
    expect(within(dialog).queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });
});

/** A GitHub project view: one issue with its URL (its key), two draft issues without one. */
const VIEW = [
  'Title\tURL\tAssignees\tStatus',
  'Add a runbook for the queue alert\thttps://github.com/acme/ops/issues/42\tada\tTodo',
  'Draft: capacity plan for 2026\t\t\tTodo',
  'Draft: rotate the pager\t\tgrace\tTodo',
].join('\n');

describe('the backlog import preview and rows without a key', () => {
  const open = async () => {
    // The backlog screen's team, as the store holds it.
    useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
    const user = userEvent.setup();
    const view = renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([VIEW], 'project.tsv'));
    await dialog.findByText('recognized as a GitHub Projects export.', { exact: false });
    return { dialog, view };
  };

  it('warns before the import that rows without a key are added again by every import', async () => {
    const { dialog } = await open();
    expect(dialog.getByRole('note', { name: 'Rows without a key' })).toHaveTextContent(
      'Warning: 2 rows have no key (a draft issue of a GitHub project has none), so Cadence cannot tell them from items it imported before: importing this file again will add them again.',
    );
  });

  it('says which of them the backlog has already, as after an earlier import of the same file', async () => {
    const rows = readExport('project.tsv', new TextEncoder().encode(VIEW), { scale: 'fibonacci' });
    if (!rows.ok) throw new Error(rows.message);
    await b.api.importBacklog({ teamId, product: 'github', rows: rows.read.rows });
    const { dialog } = await open();
    expect(dialog.getByRole('note', { name: 'Rows without a key' })).toHaveTextContent(
      '2 of them have the same title as items already in the backlog without a key (“Draft: capacity plan for 2026”, “Draft: rotate the pager”), perhaps from an earlier import: importing adds a second one of each.',
    );
  });
});

/** An export with keys, as a second import of the same file sees it. */
const KEYED = [
  'Title,Key,Points',
  'Rotate the pager,OPS-1,3',
  'Move the cron host,OPS-2,5',
  'Write the runbook,OPS-3,2',
].join('\n');

describe('the backlog import dialog over a backlog that has the export already', () => {
  const importedOnce = async () => {
    const read = readExport('backlog.csv', new TextEncoder().encode(KEYED), { scale: 'fibonacci' });
    if (!read.ok) throw new Error(read.message);
    await b.api.importBacklog({ teamId, product: 'csv', rows: read.read.rows.slice(0, 2) });
  };
  const byTitle = (title: string) => b.store.snapshot().teams[0]!.items.find((i) => i.title === title)!;

  /** Opens the dialog on the team as saved, or (loaded: false) as the screen's store has it now. */
  const open = async (loaded = true) => {
    if (loaded) useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([KEYED], 'backlog.csv'));
    await dialog.findByRole('region', { name: 'Rows as they will be created' });
    return { dialog, user };
  };

  it('keeps the focus in the dialog after the file is read, after the import and after Undo', async () => {
    const { dialog, user } = await open();
    expect(document.activeElement).toBe(dialog.getByRole('combobox', { name: 'Exported from' }));
    // Each step replaces the controls of the one before. The focus moves on as the page changes: at no change
    // of the page (seen the moment it happens) is it left on the page's body.
    const onBody: string[] = [];
    const watch = new MutationObserver(() => {
      if (document.activeElement === document.body) onBody.push(document.body.textContent?.slice(-60) ?? '');
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    await user.click(dialog.getByRole('button', { name: /^Import 3 items/ }));
    await dialog.findByText(/^Import finished/);
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Close' }));
    await user.click(dialog.getByRole('button', { name: 'Undo import' }));
    await dialog.findByText('The import was undone.');
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Close' }));
    watch.disconnect();
    expect(onBody).toEqual([]);
  });

  it('says before the import which rows update items the backlog has and which were deleted there', async () => {
    await importedOnce();
    // Renamed in Cadence since: the file's row changes it back.
    await b.api.updateItem({ teamId, itemId: byTitle('Rotate the pager').id, changes: { title: 'Page rotation' } });
    await b.api.deleteItem({ teamId, itemId: byTitle('Move the cron host').id });
    const { dialog } = await open();
    expect(
      dialog.getByText('2 of 3 rows will be imported: 1 adds an item and 1 updates an item the backlog has', {
        exact: false,
      }),
    ).toBeTruthy();
    const preview = within(dialog.getByRole('region', { name: 'Rows as they will be created' }));
    expect(preview.getByText('Skipped: OPS-2 was deleted in Cadence, so it is not added back')).toBeTruthy();
    expect(preview.getByText('updates the item of this key in the backlog')).toBeTruthy();
    expect(dialog.getByRole('button', { name: 'Import 2 items' })).toBeTruthy();
  });

  it('shows an empty cell of a row that updates an item as leaving its value, as the import does', async () => {
    await importedOnce();
    useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    const again = 'Title,Key,Points,Labels\nRotate the pager weekly,OPS-1,,\nWrite the runbook,OPS-3,,\n';
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([again], 'backlog.csv'));
    const preview = within(await dialog.findByRole('region', { name: 'Rows as they will be created' }));
    const cells = (key: string) =>
      within(preview.getByRole('row', { name: new RegExp(key) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // OPS-1 updates the item of 3 points: no Type column and empty cells leave its type, points and labels.
    expect(cells('OPS-1').slice(3, 6)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(cells('OPS-3').slice(3, 6)).toEqual(['Story', '–', '']);
    await user.click(dialog.getByRole('button', { name: 'Import 2 items' }));
    await dialog.findByText(/^Import finished/);
    expect(byTitle('Rotate the pager weekly').points).toBe(3);
  });

  it('counts rows whose items hold them already as unchanged, before the import and after it, not as updates', async () => {
    // OPS-1 and OPS-2 are in the backlog as the file has them; OPS-3 is new.
    await importedOnce();
    const { dialog, user } = await open();
    expect(
      dialog.getByText(
        '1 of 3 rows will become an item; 2 are unchanged (their items hold them already); 0 will be skipped and 0 have a note.',
      ),
    ).toBeTruthy();
    const preview = within(dialog.getByRole('region', { name: 'Rows as they will be created' }));
    expect(preview.getAllByText('unchanged: the item of this key in the backlog holds this row already')).toHaveLength(
      2,
    );
    await user.click(dialog.getByRole('button', { name: 'Import 1 item' }));
    await dialog.findByText('Import finished: added 1, updated 0, skipped 0, unchanged 2.');
  });

  it('says there is nothing to import when the backlog holds every row of the file already', async () => {
    await importedOnce();
    useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    const held = KEYED.split('\n').slice(0, 3).join('\n');
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([held], 'backlog.csv'));
    await dialog.findByText(
      '0 of 2 rows will become items; 2 are unchanged (their items hold them already); 0 will be skipped and 0 have a note.',
    );
    expect(dialog.getByText('The backlog holds every row of this file already: nothing to import.')).toBeTruthy();
    expect(dialog.getByRole('button', { name: 'Import 0 items' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('knows an item deleted on the backlog screen since the team was loaded as deleted', async () => {
    await importedOnce();
    useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
    await useAppStore.getState().deleteItem(byTitle('Move the cron host').id);
    const { dialog } = await open(false);
    const preview = within(dialog.getByRole('region', { name: 'Rows as they will be created' }));
    expect(preview.getByText('Skipped: OPS-2 was deleted in Cadence, so it is not added back')).toBeTruthy();
  });

  it('offers no Undo after an import that changed nothing', async () => {
    await importedOnce();
    useAppStore.setState({ team: b.store.snapshot().teams.find((t) => t.id === teamId) as TeamDoc });
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    const again = 'Title,Key,Points\nRotate the pager weekly,OPS-1,3\n';
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([again], 'backlog.csv'));
    // The row updates the item the preview knows; it is deleted in Cadence before Import is pressed (a sync).
    const importOne = await dialog.findByRole('button', { name: 'Import 1 item' });
    await b.api.deleteItem({ teamId, itemId: byTitle('Rotate the pager').id });
    await user.click(importOne);
    await dialog.findByText('Import finished: added 0, updated 0, skipped 1.');
    expect(dialog.queryByRole('button', { name: 'Undo import' })).toBeNull();
  });
});

describe('the column mapping of a time estimate', () => {
  it("names the unit the estimate column is read in: Jira's seconds, another CSV's hours", async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    const jira = 'Summary,Issue key,Original Estimate\nRotate the pager,OPS-1,14400\n';
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([jira], 'jira.csv'));
    await dialog.findByText('recognized as a Jira export.', { exact: false });
    expect(dialog.getByRole('combobox', { name: 'Time estimate (in seconds)' })).toHaveValue('Original Estimate');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Exported from' }), 'Other CSV');
    expect(await dialog.findByRole('combobox', { name: 'Time estimate (in hours)' })).toHaveValue('');
  });
});

describe('the site address of an export', () => {
  it('says what it is used for: links for Azure DevOps, only telling sites apart for a product it cannot link to', async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([EXPORT], 'tool.csv'));
    const site = await dialog.findByRole('textbox', { name: 'Site address (optional)' });
    expect(site).toHaveAccessibleDescription(
      "Kept with each item's key, so items of two sites with the same keys stay apart. Items link back only where the export has URLs.",
    );
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Exported from' }), 'Azure DevOps');
    await waitFor(() =>
      expect(site).toHaveAccessibleDescription(
        'Used for links when the export has no URLs, e.g. https://dev.azure.com/acme/Ops.',
      ),
    );
  });
});

describe('a site address that is not a web address', () => {
  it('says so and offers no import until it is one, so no item keeps a broken link or site', async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    const jira = 'Summary,Issue key\nRotate the TLS certificates,OPS-1\n';
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([jira], 'jira.csv'));
    const site = await dialog.findByRole('textbox', { name: 'Jira site address (required)' });
    await user.type(site, 'acme atlassian');
    await dialog.findByText('The site address is not a web address: give it as, e.g., https://acme.atlassian.net.');
    const importButton = dialog.getByRole('button', { name: 'Import 1 item' });
    expect(importButton).toHaveAttribute('aria-disabled', 'true');
    await user.click(importButton);
    expect(b.store.snapshot().teams[0]?.items).toEqual([]);

    await user.clear(site);
    await user.type(site, 'acme.atlassian.net');
    await waitFor(() => expect(dialog.queryByText(/not a web address/)).toBeNull());
    expect(dialog.getByRole('button', { name: 'Import 1 item' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('the backlog import preview of a header-only export', () => {
  it('says there is nothing under the header to import, not "0 of 0 rows"', () => {
    const read = readExport('empty-filter.csv', new TextEncoder().encode('Summary,Issue key\r\n'), {
      scale: 'fibonacci',
    });
    if (!read.ok) throw new Error(read.message);
    render(<ImportPreview read={answerOf(read.read, 'empty-filter.csv')} matches={null} scale="fibonacci" />);
    expect(screen.getByText(/row/).textContent).toBe(
      'The file has a header row and no rows under it: there is nothing to import.',
    );
  });
});

describe('the backlog import preview of a long export', () => {
  it('counts the rows it does not show in words that agree', () => {
    const text = ['Title', ...Array.from({ length: PREVIEW_ROWS + 1 }, (_, i) => `Item ${i + 1}`)].join('\n');
    const read = readExport('long.csv', new TextEncoder().encode(text), { scale: 'fibonacci' });
    if (!read.ok) throw new Error(read.message);
    render(<ImportPreview read={answerOf(read.read, 'long.csv')} matches={null} scale="fibonacci" />);
    expect(screen.getByText(/^…and 1 more/).textContent).toBe('…and 1 more row.');
  });
});

/** A promise and the function that fulfils it, for an answer the test holds back. */
function held(): { gate: Promise<void>; release: () => void } {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { gate, release };
}

describe('the backlog import dialog while it works', () => {
  it('keeps the focus on the progress bar, not the page, while the file is read and while it imports', async () => {
    const user = userEvent.setup();
    const [reading, importing] = [held(), held()];
    const reader = (): ExportReader => {
      const inThread = inThreadReader();
      return {
        ...inThread,
        read: (file, settings, onProgress) => reading.gate.then(() => inThread.read(file, settings, onProgress)),
        rows: (from, to) => importing.gate.then(() => inThread.rows(from, to)),
      };
    };
    render(
      <ImportDialog
        teamId={teamId}
        scale="fibonacci"
        onClose={() => undefined}
        onItems={() => undefined}
        onChanged={() => Promise.resolve()}
        makeReader={reader}
      />,
    );
    const dialog = within(screen.getByRole('dialog', { name: 'Import backlog' }));
    await user.upload(dialog.getByLabelText('Choose export file…'), new File([KEYED], 'backlog.csv'));
    expect(document.activeElement).toBe(await dialog.findByRole('progressbar', { name: 'Reading the export' }));
    reading.release();
    await user.click(await dialog.findByRole('button', { name: 'Import 3 items' }));
    expect(document.activeElement).toBe(await dialog.findByRole('progressbar', { name: 'Importing' }));
    importing.release();
    await dialog.findByText('Import finished: added 3, updated 0, skipped 0.');
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Close' }));
  });
});

describe('the backlog import preview of a TSV with a quoted title and two Title columns', () => {
  it('shows the title as the file has it, and says which Title column each row took', async () => {
    const user = userEvent.setup();
    renderDialog(teamId);
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    const tsv = 'Title\tKey\tTitle\n"Fix" the backup job\tOPS-1\t\nRotate certs\tOPS-2\tRotate the certificates\n';
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([tsv], 'tracker.tsv'));
    const preview = await within(dialog).findByRole('region', { name: 'Rows as they will be created' });
    const [, first, second] = within(preview).getAllByRole('row');
    expect(within(first!).getByText('"Fix" the backup job')).toBeTruthy();
    expect(
      within(second!).getByText(
        '2 “Title” columns: title from column A; column C (“Rotate the certificates”) left out',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Import 2 items' })).toBeTruthy();
  });
});

describe('the backlog import dialog of a team estimating in T-shirt sizes', () => {
  it('previews and imports the sizes a tracker wrote, shown as the sizes', async () => {
    const user = userEvent.setup();
    const csv = ['Key,Title,Story Points', 'OPS-1,Rotate keys,S', 'OPS-2,Renew cert,Medium', 'OPS-3,Move DNS,xl'];
    render(
      <ImportDialog
        teamId={teamId}
        scale="tshirt"
        onClose={() => undefined}
        onItems={() => undefined}
        onChanged={() => Promise.resolve()}
        makeReader={inThreadReader}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import backlog' });
    await user.upload(within(dialog).getByLabelText('Choose export file…'), new File([csv.join('\n')], 'sizes.csv'));
    const preview = await within(dialog).findByRole('region', { name: 'Rows as they will be created' });
    const pointsOf = (title: string) => within(preview).getByRole('row', { name: new RegExp(title) }).children[4];
    expect(pointsOf('Rotate keys')).toHaveTextContent('S (2)');
    expect(pointsOf('Renew cert')).toHaveTextContent('M (3)');
    expect(pointsOf('Move DNS')).toHaveTextContent('XL (8)');
    expect(within(preview).queryByText(/not a number/)).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Import 3 items' }));
    await within(dialog).findByText('Import finished: added 3, updated 0, skipped 0.');
    expect(b.store.snapshot().teams[0]?.items.map((i) => [i.title, i.points])).toEqual([
      ['Rotate keys', 2],
      ['Renew cert', 3],
      ['Move DNS', 8],
    ]);
  });
});
