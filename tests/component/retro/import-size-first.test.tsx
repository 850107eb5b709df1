import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

/**
 * A file far larger than a retro export (a whole workspace's export, picked by mistake on the Retro screen) is
 * refused by its size before it is read: the facilitator is told at once, by the file's name, where it goes, and the
 * page does not read 80 MB into memory only to have the api refuse it.
 */
describe('Import retro (JSON): the size is checked before the file is read', () => {
  it('refuses a file over the bound by its name and size, without reading it, and imports nothing', async () => {
    let teamId = '';
    const backend = await renderApp('retro', async (b) => {
      teamId = (await b.api.createTeam({ name: 'Platform SRE' })).id;
    });
    const file = new File(['{"format":"cadence-retro"}'], 'cadence-workspace-2026-12-01.json', {
      type: 'application/json',
    });
    // As large as a workspace export is on disk; its text is never to be read.
    Object.defineProperty(file, 'size', { value: 80 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    const user = userEvent.setup();

    await user.upload(await screen.findByLabelText('Import retro (JSON)'), file);

    const refusal = await screen.findByText(/cadence-workspace-2026-12-01\.json.*larger than 5 MB/);
    expect(refusal).toHaveTextContent(/Data & backups/);
    expect(read).not.toHaveBeenCalled();
    expect(backend.store.snapshot().teams.find((t) => t.id === teamId)?.retros).toEqual([]);
  });
});
