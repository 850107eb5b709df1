import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { retro } from '../../unit/retro/build';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('retro list: deleting a retro says all that goes with it', () => {
  it('names its health scores, which leave the trend, and its decisions on earlier actions', async () => {
    const user = userEvent.setup();
    await renderApp('retro', async (b) => {
      const team = await b.api.createTeam({ name: 'Platform SRE' });
      const later = retro({ title: 'Sprint 9 retro', createdAt: '2026-10-15T10:00:00.000Z' });
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
            reviews: [{ retroId: later.id, outcome: 'done', at: '2026-10-15T10:30:00.000Z' }],
            createdAt: '2026-10-01T10:30:00.000Z',
          },
        ],
      });
      await b.store.mutate({ teamId: team.id }, (d) => {
        d.teams[0]!.retros.push(earlier, later);
        d.teams[0]!.healthChecks.push({
          id: 'h-9',
          sprintId: null,
          retroId: later.id,
          recordedAt: '2026-10-15T10:20:00.000Z',
          scores: { onCallLoad: 2, alertNoise: 3, toil: 4, deployConfidence: 4 },
        });
      });
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Sprint 9 retro' }));
    const ask = await screen.findByRole('dialog', { name: 'Delete retro?' });
    expect(ask).toHaveTextContent(
      '“Sprint 9 retro” and its cards, votes and actions will be deleted. Its health scores leave the health trend. What it decided about 1 earlier action is undone. Export it first if you need it.',
    );
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Delete Sprint 8 retro' }));
    expect(await screen.findByRole('dialog', { name: 'Delete retro?' })).toHaveTextContent(
      '“Sprint 8 retro” and its cards, votes and actions will be deleted. Export it first if you need it.',
    );
  });
});
