import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/api/client';
import type { CadenceApi } from '../../../src/api/contract';
import { REVIEW_LIMITS, type Review } from '../../../src/domain/review/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { item, sprint, team } from '../../helpers/fixtures';
import { tracked } from '../api-calls';
import { renderApp } from '../render-app';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

// The app loads the review screen (with its charts) lazily, once per file: loaded here, so the time of the first
// test is its own work over a hundred slots, not the compiling of the screen's code.
beforeAll(() => import('../../../renderer/screens/review/ReviewScreen'), 30_000);

const AT = '2026-11-20T09:00:00.000Z';

/**
 * A team whose sprint has `done` completed items, and its review when `slots` is given: a slot for each completed
 * item, then free slots.
 */
async function openSeeded(options: { done: number; slots?: number }) {
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const items = Array.from({ length: options.done }, (_, i) => item(`Done ${i}`, { sprintId: s.id, status: 'done' }));
  const reviews: Partial<Review>[] =
    options.slots === undefined
      ? []
      : [
          {
            id: 'review-1',
            sprintId: s.id,
            createdAt: AT,
            updatedAt: AT,
            slots: Array.from({ length: options.slots }, (_, i) => ({
              id: `slot-${i}`,
              title: items[i]?.title ?? `Free ${i}`,
              itemId: items[i]?.id ?? null,
              presenterId: null,
              timeboxMinutes: 1,
              blocks: [],
              acceptance: { accepted: null, comment: '' },
            })),
          },
        ];
  const seeded = team('Platform', { sprints: [s], items, reviews } as Partial<TeamDoc>);
  const backend = await renderApp('review', async ({ store }) => {
    await store.mutate('workspace', (draft) => {
      draft.teams.push(seeded);
    });
  });
  return { backend, seeded };
}

describe('review limits on the screen', () => {
  it('shows the refusal of a free slot beyond the limit in the form', async () => {
    const user = userEvent.setup();
    // Free slots: the limit counts every slot, and the screen draws no outcome row for a slot that demos no item.
    const { backend, seeded } = await openSeeded({ done: 0, slots: REVIEW_LIMITS.slots });
    // Queries by label or role over a hundred slots are slow: find the agenda's form by text, then look inside.
    const form = within((await screen.findByText('Add free slot')).closest('form')!);
    await user.type(form.getByLabelText('Free slot title'), 'One more');
    await user.click(form.getByRole('button', { name: 'Add free slot' }));
    expect(
      await form.findByText(new RegExp(`A review holds at most ${REVIEW_LIMITS.slots} demo slots`)),
    ).toBeInTheDocument();
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots).toHaveLength(REVIEW_LIMITS.slots);
  });

  it('starts the review of a sprint with more completed items than slots, and says which are left out', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openSeeded({ done: REVIEW_LIMITS.slots + 2 });
    const start = await screen.findByRole('button', { name: 'Start review of Sprint 7' });
    expect(
      screen.getByText(
        `This sprint has 102 completed items. A review holds at most ${REVIEW_LIMITS.slots} demo slots. The first ${REVIEW_LIMITS.slots} in backlog order get one.`,
      ),
    ).toBeInTheDocument();
    await user.click(start);
    expect(
      await screen.findByText(
        `2 completed items have no slot. A review holds at most ${REVIEW_LIMITS.slots} demo slots. Remove a slot to make room.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Add .*slots? for/)).toBeNull();
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots).toHaveLength(REVIEW_LIMITS.slots);
  });
});

describe('feedback to a backlog item on the screen', () => {
  it('is busy while its call runs, so a double click makes one item', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Feedback', { exact: true }), 'Cache the Docker layers too');
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    const button = await screen.findByRole('button', {
      name: 'Make backlog item from “Cache the Docker layers too”',
    });

    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const gated: CadenceApi = {
      ...backend.api,
      reviewFeedbackToItem: async (input) => {
        calls += 1;
        await gate;
        return backend.api.reviewFeedbackToItem(input);
      },
    };
    setApi(tracked(gated));

    try {
      await user.dblClick(button);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(calls).toBe(1);
    } finally {
      release();
    }
    await screen.findByText('Made into backlog item “Cache the Docker layers too”');
    await waitFor(() => expect(within(document.body).queryByRole('alert')).toBeNull());
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.items.filter((i) => i.title === 'Cache the Docker layers too')).toHaveLength(1);
  });
});
