import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('retro list: deleting a retro that decided on an earlier action', () => {
  it('shows that action open again in the next retro’s Open actions, as it is stored', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      const deciding = retro({ title: 'Sprint 9 retro', createdAt: '2026-10-15T10:00:00.000Z' });
      const next = retro({ title: 'Sprint 10 retro', phase: 'open_actions', createdAt: '2026-10-29T10:00:00.000Z' });
      const earlier = retro({
        title: 'Sprint 8 retro',
        createdAt: '2026-10-01T10:00:00.000Z',
        actions: [
          {
            id: 'act-1',
            text: 'Tune disk alerts',
            ownerId: null,
            dueDate: null,
            type: 'prevent',
            ticketKey: '',
            sourceId: null,
            status: 'done',
            reviews: [{ retroId: deciding.id, outcome: 'done', at: '2026-10-15T10:30:00.000Z' }],
            createdAt: '2026-10-01T10:30:00.000Z',
          },
        ],
      });
      await b.store.mutate({ teamId: team.id }, (d) => {
        d.teams[0]!.retros.push(earlier, deciding, next);
      });
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Sprint 9 retro' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete retro?' });
    expect(ask).toHaveTextContent('What it decided about 1 earlier action is undone.');
    await user.click(within(ask).getByRole('button', { name: 'Delete retro' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open Sprint 9 retro' })).toBeNull());

    // Undone: the action is open again, so the next retro reviews it.
    const stored = backend.store.snapshot().teams[0]!.retros.find((r) => r.title === 'Sprint 8 retro')!;
    expect(stored.actions[0]).toMatchObject({ status: 'open', reviews: [] });
    await user.click(screen.getByRole('button', { name: 'Open Sprint 10 retro' }));
    await screen.findByRole('heading', { level: 3, name: 'Open actions' });
    expect(screen.queryByText('No open actions from earlier retros.')).toBeNull();
    expect(screen.getByText('Tune disk alerts')).toBeInTheDocument();
    expect(screen.getByText(/0 of 1 reviewed\./)).toBeInTheDocument();
  });
});
