import { rmSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('Data & backups screen', () => {
  it('opens the backups folder through the desktop shell', async () => {
    const opened: string[] = [];
    const backend = await renderApp('data', async (b) => {
      b.ctx.transport = 'electron';
      b.ctx.shell.openFolder = async (folder) => {
        opened.push(folder);
      };
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Open backups folder' }));
    await waitFor(() => expect(opened).toEqual([backend.store.backups.folder]));
    expect(screen.queryByRole('button', { name: 'Copy path' })).not.toBeInTheDocument();
  });

  it('names the data folder, where each team’s file is, and the backups folder', async () => {
    const backend = await renderApp('data');
    const where = await screen.findByRole('region', { name: 'Where your data lives' });
    const terms = within(where)
      .getAllByRole('term')
      .map((t) => [t.textContent, t.nextElementSibling?.textContent]);
    expect(terms.slice(0, 2)).toEqual([
      ['Data folder', backend.store.dataDir],
      ['Teams', 'A file per team in its teams folder; cadence.json lists the teams.'],
    ]);
  });

  it('says in full, beside the button, why an export was refused', async () => {
    await renderApp('data', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform' });
      const retro = await b.api.createRetro({
        teamId: team.id,
        kind: 'retro',
        title: 'Sprint 9 retro',
        sprintId: null,
        templateId: 'start-stop-continue',
      });
      const columnId = retro.columns[0]!.id;
      await b.api.addRetroCard({ teamId: team.id, retroId: retro.id, columnId, text: 'Pager fatigue' });
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Export workspace (JSON)' }));
    const region = screen.getByRole('region', { name: 'Export and import' });
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent(/waits until what the room keeps hidden is revealed: .*Sprint 9 retro/);
    expect(alert).toHaveTextContent(/then export again/);
  });

  it('takes a workspace file up to 100 MB (the import’s bound) and refuses a larger one before reading it', async () => {
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
    });
    const { content } = await backend.api.exportWorkspace({});
    // The screen checks the file's size in bytes; the content stays small so the test stays fast.
    const sized = (name: string, size: number) => {
      const file = new File([content], name, { type: 'application/json' });
      Object.defineProperty(file, 'size', { value: size });
      return file;
    };
    const user = userEvent.setup();
    const input = await screen.findByLabelText('Import a workspace file (replaces all data)');
    await user.upload(input, sized('huge.json', 100 * 1024 * 1024 + 1));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.json is larger than 100 MB; that is not a Cadence export. Nothing was changed.',
    );
    await user.upload(input, sized('big.json', 30 * 1024 * 1024));
    const dialog = await screen.findByRole('dialog', { name: 'Replace all data with this file?' });
    expect(dialog).toHaveTextContent(/big\.json holds 1 team: Platform/);
  });

  it('shows the path with a copy button in browser mode', async () => {
    const backend = await renderApp('data');
    expect(await screen.findByLabelText('Backups folder')).toHaveValue(backend.store.backups.folder);
    expect(screen.getByRole('button', { name: 'Copy path' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open backups folder' })).not.toBeInTheDocument();
  });

  it('backs up now: the new backup is first in the list, and the screen says what it holds and moves focus there', async () => {
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    const result = await screen.findByText(/^Backed up 1 team: Platform at /);
    expect(result).toHaveAttribute('role', 'status');
    // The button ignores presses while the backup runs; when it is done the focus goes to the result, not to the page.
    await waitFor(() => expect(result).toHaveFocus());
    const [newest] = (await backend.api.listBackups({})).backups;
    expect(newest?.name).toMatch(/-manual\.json$/);
    expect(newest?.teams).toEqual(['Platform']);
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Backed up by hand'));
  });

  it('says a backup of a workspace without teams holds no teams, in a sentence that reads right', async () => {
    await renderApp('data');
    await userEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    await screen.findByText(/^Backed up no teams at .*\. It is first in the list\.$/);
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('No teams'));
  });

  it('writes a backup just under 1 MB as 1.0 MB, never as 1024.0 KB', async () => {
    await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
      const json = JSON.stringify(b.store.snapshot());
      // Blanks after the JSON keep it a valid backup of exactly the size wanted.
      await b.store.backups.keep(json.padEnd(1024 * 1024 - 1), new Date('2026-11-27T09:30:00.000Z'), 'manual');
    });
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Backed up by hand'));
    expect(within(row!).getAllByRole('cell')[2]).toHaveTextContent(/^1\.0 MB$/);
  });

  it('keeps the focus on Back up now while it runs and when it fails, and backs up once for a second press', async () => {
    let fail = () => {};
    const failed = new Promise<void>((resolve) => (fail = resolve));
    let attempts = 0;
    await renderApp('data', async (b) => {
      b.store.backups.keep = async () => {
        attempts += 1;
        await failed;
        throw new Error('ENOSPC: no space left on device');
      };
    });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Back up now' });
    try {
      await user.click(button);
      await user.click(button);
      expect(button).toHaveFocus();
    } finally {
      fail();
    }
    await screen.findByText('Something went wrong on our side; nothing was changed. Try again.');
    expect(attempts).toBe(1);
    expect(button).toHaveFocus();
  });

  it('takes a backup pruned while the list was on screen out of the list when its restore is refused, focus on the next row', async () => {
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
      const json = JSON.stringify(b.store.snapshot());
      await b.store.backups.keep(json, new Date('2026-11-27T09:30:00.000Z'), 'manual');
      await b.store.backups.keep(json, new Date('2026-11-27T10:30:00.000Z'), 'manual');
    });
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const [pruned] = (await backend.api.listBackups({})).backups;
    const restoreButtons = () => within(table).getAllByRole('button', { name: /^Restore the backup from / });
    const [restoreButton, olderButton] = restoreButtons();
    // The list on screen is older than the folder: the backup has been pruned since.
    rmSync(path.join(backend.store.backups.folder, pruned!.name));
    await user.click(restoreButton!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(`The backup ${pruned!.name} is no longer in the backups folder. Nothing was changed.`);
    // The list is the folder's again, and the focus is on the row that took the pruned one's place.
    await waitFor(() => expect(restoreButton).not.toBeInTheDocument());
    expect(restoreButtons()).toEqual([olderButton]);
    await waitFor(() => expect(olderButton).toHaveFocus());
    expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Platform']);
  });

  it('keeps the focus on Back up now when the one backup listed was pruned and its restore refused', async () => {
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
      await b.api.backupNow({});
    });
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const [listed] = (await backend.api.listBackups({})).backups;
    rmSync(path.join(backend.store.backups.folder, listed!.name));
    await user.click(within(table).getByRole('button', { name: /^Restore the backup from / }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(`The backup ${listed!.name} is no longer in the backups folder. Nothing was changed.`);
    expect(await screen.findByText('No backups in the folder. Back up now takes one at once.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Back up now' })).toHaveFocus());
    expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Platform']);
  });

  it('restores a backup only after confirming, then says so where focus goes and shows the restored teams', async () => {
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Before' });
    });
    // A backup holding "Before", then a change made after it.
    await backend.store.flush();
    const { takeSafetyBackup } = await import('../../../src/services/data-backup-service');
    await takeSafetyBackup(backend.ctx, '');
    await backend.api.createTeam({ name: 'After' });
    await userEvent.click(screen.getByRole('button', { name: 'Refresh list' }));

    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('1 team: Before'));
    await userEvent.click(within(row!).getByRole('button', { name: /^Restore the backup from / }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Before', 'After']);

    await userEvent.click(within(row!).getByRole('button', { name: /^Restore the backup from / }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }),
    );
    const restored = await screen.findByText(/^Restored the backup from .*\(1 team: Before\)/);
    expect(restored).toHaveAttribute('role', 'status');
    await waitFor(() => expect(restored).toHaveFocus());
    expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Before']);
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Team' }))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Before']),
    );
  });
});
