import { describe, expect, it } from 'vitest';
import { ReviewSchema, type Review } from '../../../src/domain/review/schema';
import { mergeTeams } from '../../../src/domain/sync/merge';
import type { TeamDoc } from '../../../src/domain/workspace';
import { sprint } from '../../helpers/fixtures';
import { base, edited } from './merge-build';

/** A review of Sprint 12 started at `createdAt`, last changed at `updatedAt`, with a slot for item A. */
function review(id: string, createdAt: string, updatedAt: string): Review {
  return ReviewSchema.parse({
    id,
    sprintId: 's-1',
    createdAt,
    updatedAt,
    slots: [{ id: `${id}-slot-a`, title: 'A', itemId: 'i-A', presenterId: null }],
  });
}

const planned = (): TeamDoc => ({
  ...base(),
  sprints: [sprint({ id: 's-1', name: 'Sprint 12', startDate: '2026-11-02', endDate: '2026-11-13' })],
});

describe('mergeTeams: two reviews of one sprint, times written without milliseconds', () => {
  it('keeps the review started first and the later change time, whichever way each time is written', () => {
    const b = planned();
    // Started by a script (no milliseconds) half a second before the other machine started its review in the app.
    const scripted = review('rv-script', '2026-11-13T09:00:00Z', '2026-11-13T10:00:00Z');
    const inApp = review('rv-app', '2026-11-13T09:00:00.500Z', '2026-11-13T10:00:00.300Z');
    const mine = edited(b, (t) => void t.reviews.push(scripted));
    const theirs = edited(b, (t) => void t.reviews.push(inApp));

    for (const [x, y] of [
      [mine, theirs],
      [theirs, mine],
    ] as const) {
      const reviews = mergeTeams(b, x, y).team.reviews;
      expect(reviews.map((r) => r.id)).toEqual(['rv-script']);
      // The one review was last changed when the app's review was: 10:00:00.300 is after 10:00:00.
      expect(Date.parse(reviews[0]!.updatedAt)).toBe(Date.parse('2026-11-13T10:00:00.300Z'));
    }
  });
});
