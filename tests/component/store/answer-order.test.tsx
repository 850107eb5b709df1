import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../../renderer/store';
import { item, sprint, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

/**
 * Two quick changes to one thing (a card moved twice, a slot moved up twice) are both shown at once
 * and saved in order; the first answer, when it arrives after the second change is shown, must not
 * put the screen back to the state between them, not even for a moment.
 */

/** Calls that reach the api at once but whose answers come back only when the test lets them. */
function heldAnswers() {
  const gates: (() => void)[] = [];
  return {
    hold:
      <I, O>(call: (input: I) => Promise<O>) =>
      async (input: I): Promise<O> => {
        const answer = await call(input);
        await new Promise<void>((resolve) => gates.push(resolve));
        return answer;
      },
    asked: () => gates.length,
    release: (n: number) => gates[n]?.(),
  };
}

const open = (doc: TeamDoc, patch: (api: CadenceApi) => Partial<CadenceApi>) => storeOverApi([doc], patch);

const shown = () => useAppStore.getState().team;

/**
 * Makes two changes, the second once the first is on its way; lets the answers come back in order;
 * `check` runs with both shown, after the first answer, and after the second.
 */
async function twoQuickChanges(
  answers: ReturnType<typeof heldAnswers>,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
  check: () => void,
) {
  const firstDone = first();
  await vi.waitFor(() => expect(answers.asked()).toBe(1));
  const secondDone = second();
  await vi.waitFor(() => expect(answers.asked()).toBe(2));
  check();
  answers.release(0);
  await firstDone;
  check();
  answers.release(1);
  await secondDone;
  check();
}

afterEach(resetStore);

describe('answers to two quick changes of one thing', () => {
  it('board: a card moved twice does not go back to the middle column when the first answer comes', async () => {
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-23', endDate: '2026-12-04', state: 'active' });
    const card = item('Patch hosts', { sprintId: s.id });
    const answers = heldAnswers();
    await open(team('Ops', { sprints: [s], items: [card] }), (api) => ({
      moveBoardCard: answers.hold(api.moveBoardCard),
    }));
    const status = () => shown()?.items.find((i) => i.id === card.id)?.status;
    const seen: (string | undefined)[] = [];
    const unsubscribe = useAppStore.subscribe(() => seen.push(status()));

    await twoQuickChanges(
      answers,
      () => useAppStore.getState().moveCard(card.id, 'in_progress'),
      () => useAppStore.getState().moveCard(card.id, 'done'),
      () => expect(status()).toBe('done'),
    );
    unsubscribe();
    // Never back to "in progress" once "done" was shown.
    expect(seen.slice(seen.indexOf('done'))).not.toContain('in_progress');
  });

  it('review: a slot moved up twice stays on top when the answer to the first move comes', async () => {
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-23', endDate: '2026-12-04', state: 'active' });
    const answers = heldAnswers();
    const backend = await open(team('Ops', { sprints: [s] }), (api) => ({
      moveDemoSlot: answers.hold(api.moveDemoSlot),
    }));
    const teamId = shown()?.id ?? '';
    let review = await backend.api.createReview({ teamId, sprintId: s.id });
    for (const title of ['Redis cache', 'Ingress alerts', 'Handbook'])
      review = await backend.api.addDemoSlot({
        teamId,
        reviewId: review.id,
        title,
        presenterId: null,
        timeboxMinutes: 5,
      });
    await useAppStore.getState().loadTeams();
    const order = () =>
      shown()
        ?.reviews.find((r) => r.id === review.id)
        ?.slots.map((x) => x.title)
        .join(' | ');
    const handbook = review.slots[2]?.id ?? '';

    await twoQuickChanges(
      answers,
      () => useAppStore.getState().moveDemoSlot(review.id, handbook, 1),
      () => useAppStore.getState().moveDemoSlot(review.id, handbook, 0),
      () => expect(order()).toBe('Handbook | Redis cache | Ingress alerts'),
    );
  });
});
