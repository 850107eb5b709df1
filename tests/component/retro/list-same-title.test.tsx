import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('retro list with two retros of the same title', () => {
  it('names each one’s Open and Delete buttons by the day it was held, and deletes the one chosen', async () => {
    let teamId = '';
    const backend = await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      teamId = team.id;
      await b.store.mutate({ teamId }, (d) => {
        const t = d.teams[0]!;
        t.settings.timeZone = 'UTC';
        t.retros.push(
          retro({ id: 'r-early', title: 'Weekly retro', createdAt: '2026-11-13T14:00:00.000Z' }),
          retro({ id: 'r-late', title: 'Weekly retro', createdAt: '2026-11-20T14:00:00.000Z' }),
          retro({ id: 'r-other', title: 'Retro — Sprint 7', createdAt: '2026-11-27T14:00:00.000Z' }),
        );
      });
    });
    const user = userEvent.setup();
    expect(
      await screen.findByRole('button', { name: 'Open Weekly retro (Fri 13 Nov)' }, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Weekly retro (Fri 20 Nov)' })).toBeInTheDocument();
    // A title no other retro has keeps its short name.
    expect(screen.getByRole('button', { name: 'Open Retro — Sprint 7' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete Weekly retro (Fri 13 Nov)' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete retro?' });
    expect(dialog).toHaveTextContent('“Weekly retro (Fri 13 Nov)” and its cards');
    await user.click(within(dialog).getByRole('button', { name: 'Delete retro' }));
    await screen.findByRole('button', { name: 'Open Weekly retro' });
    const left = backend.store
      .snapshot()
      .teams.find((t) => t.id === teamId)!
      .retros.map((r) => r.id);
    expect(left.sort()).toEqual(['r-late', 'r-other']);
  });

  it('adds the time when both were held the same day', async () => {
    await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      await b.store.mutate({ teamId: team.id }, (d) => {
        const t = d.teams[0]!;
        t.settings.timeZone = 'UTC';
        t.retros.push(
          retro({ id: 'r-am', title: 'Postmortem: DNS', createdAt: '2026-11-13T09:30:00.000Z' }),
          retro({ id: 'r-pm', title: 'Postmortem: DNS', createdAt: '2026-11-13T16:05:00.000Z' }),
        );
      });
    });
    expect(
      await screen.findByRole('button', { name: 'Open Postmortem: DNS (Fri 13 Nov 09:30)' }, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Postmortem: DNS (Fri 13 Nov 16:05)' })).toBeInTheDocument();
  });
});
