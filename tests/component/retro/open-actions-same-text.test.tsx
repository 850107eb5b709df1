import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, retroCreatedAt } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const addAction = (x: Parameters<typeof retroCreatedAt>[0], retroId: string, text: string) =>
  x.backend.api.addRetroAction({
    teamId: x.teamId,
    retroId,
    action: { text, ownerId: null, dueDate: null, type: 'process', ticketKey: '', sourceId: null },
  });

describe('open actions phase: two open actions with the same words', () => {
  it('are named apart by the retro each came from, and each button decides its own action', async () => {
    const ids: string[] = [];
    const s = await renderRetro('open_actions', {
      prepare: async (x) => {
        for (const [title, at] of [
          ['Sprint 5 retro', '2026-10-16T14:00:00.000Z'],
          ['Sprint 6 retro', '2026-10-30T14:00:00.000Z'],
        ] as const) {
          const earlier = await retroCreatedAt(x, title, at);
          ids.push(earlier.id);
          await addAction(x, earlier.id, 'Rotate keys');
        }
      },
    });
    const reviews = (retroId: string) => s.team().retros.find((r) => r.id === retroId)!.actions[0]!.reviews;
    const user = userEvent.setup();

    const groups = await screen.findAllByRole('group', { name: /^Outcome of/ }, { timeout: 5000 });
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Outcome of “Rotate keys” from “Sprint 5 retro”',
      'Outcome of “Rotate keys” from “Sprint 6 retro”',
    ]);
    await user.click(screen.getByRole('button', { name: 'Carry over “Rotate keys” from “Sprint 6 retro”' }));
    await waitFor(() => expect(reviews(ids[1]!)).toMatchObject([{ retroId: s.retroId, outcome: 'carried' }]));
    expect(reviews(ids[0]!)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Mark “Rotate keys” from “Sprint 5 retro” done' }));
    await waitFor(() => expect(reviews(ids[0]!)).toMatchObject([{ retroId: s.retroId, outcome: 'done' }]));
    expect(screen.getAllByRole('button', { name: /^Drop “Rotate keys” from/ })).toHaveLength(2);
  });

  it('from one retro are numbered, so no two buttons read alike', async () => {
    await renderRetro('open_actions', {
      prepare: async (x) => {
        const earlier = await retroCreatedAt(x, 'Sprint 6 retro', '2026-10-30T14:00:00.000Z');
        await addAction(x, earlier.id, 'Rotate keys');
        await addAction(x, earlier.id, 'rotate keys');
      },
    });
    // A screen reader says the two texts alike: only the number tells them apart.
    await screen.findByRole('button', { name: 'Drop “Rotate keys” from “Sprint 6 retro” (1 of 2)' }, { timeout: 5000 });
    expect(
      screen.getByRole('button', { name: 'Drop “rotate keys” from “Sprint 6 retro” (2 of 2)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'Outcome of “rotate keys” from “Sprint 6 retro” (2 of 2)' }),
    ).toBeInTheDocument();
  });
});
