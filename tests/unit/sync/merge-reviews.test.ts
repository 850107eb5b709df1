import { describe, expect, it } from 'vitest';
import { ReviewSchema, type Review } from '../../../src/domain/review/schema';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { sprint } from '../../helpers/fixtures';
import { base, edited, linus } from './merge-build';

/** A review of Sprint 12 as one machine started it: a slot for item A (as createReview makes it). */
function review(id: string, createdAt: string, extra: Partial<Review> = {}): Review {
  return ReviewSchema.parse({
    id,
    sprintId: 's-1',
    createdAt,
    updatedAt: createdAt,
    slots: [{ id: `${id}-slot-a`, title: 'A', itemId: 'i-A', presenterId: null }],
    ...extra,
  });
}

const feedback = (id: string, text: string, at: string) => ({ id, text, from: '', at, itemId: null });
const planned = (): TeamDoc => ({
  ...base(),
  sprints: [sprint({ id: 's-1', name: 'Sprint 12', startDate: '2026-11-02', endDate: '2026-11-13' })],
});

/** A started the review at 09:00 (Alice's feedback, goal met); B at 09:05 (Bob's feedback, not met). */
function bothStarted() {
  const b = planned();
  const onA = review('rv-a', '2026-11-13T09:00:00.000Z', {
    feedback: [feedback('fb-a', 'From Alice', '2026-11-13T09:10:00.000Z')],
    goalOutcome: { status: 'met', sentence: 'A: goal met' },
  });
  const onB = review('rv-b', '2026-11-13T09:05:00.000Z', {
    feedback: [feedback('fb-b', 'From Bob', '2026-11-13T09:11:00.000Z')],
    goalOutcome: { status: 'not_met', sentence: 'B: goal not met' },
  });
  onB.slots[0]!.presenterId = linus.id;
  onB.slots.push({ ...onB.slots[0]!, id: 'rv-b-free', title: 'Free slot', itemId: null, presenterId: null });
  return { b, mine: edited(b, (t) => void t.reviews.push(onA)), theirs: edited(b, (t) => void t.reviews.push(onB)) };
}

describe('mergeTeams: one review per sprint', () => {
  it('merges two reviews of one sprint into one: every slot and feedback kept, the outcome a conflict', () => {
    const { b, mine, theirs } = bothStarted();
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts).toEqual([
      {
        key: 'reviews/sprint/s-1/goalOutcome',
        entity: 'Review of Sprint 12',
        field: 'Goal outcome',
        mine: 'Met: A: goal met',
        theirs: 'Not met: B: goal not met',
      },
    ]);
    const reviews = open.team.reviews.filter((r) => r.sprintId === 's-1');
    expect(reviews).toHaveLength(1);
    const one = reviews[0]!;
    // The first started keeps its id, so both machines end on the same review.
    expect(one.id).toBe('rv-a');
    expect(one.feedback.map((f) => f.text)).toEqual(['From Alice', 'From Bob']);
    // One slot per item: B's presenter fills A's empty one; B's free slot is added.
    expect(one.slots.map((s) => [s.title, s.presenterId])).toEqual([
      ['A', linus.id],
      ['Free slot', null],
    ]);
    expect(one.goalOutcome.status).toBe('met');
    expect(() => TeamDocSchema.parse(open.team)).not.toThrow();

    const kept = mergeTeams(b, mine, theirs, [{ key: 'reviews/sprint/s-1/goalOutcome', keep: 'theirs' }]);
    expect(kept.conflicts).toEqual([]);
    expect(kept.team.reviews).toHaveLength(1);
    expect(kept.team.reviews[0]!.goalOutcome).toEqual({ status: 'not_met', sentence: 'B: goal not met' });
  });

  it('gives the same review whichever machine merges', () => {
    const { b, mine, theirs } = bothStarted();
    const decided = [{ key: 'reviews/sprint/s-1/goalOutcome', keep: 'mine' as const }];
    const onA = mergeTeams(b, mine, theirs, decided).team.reviews;
    const onB = mergeTeams(b, theirs, mine, [{ ...decided[0]!, keep: 'theirs' }]).team.reviews;
    expect(onB).toEqual(onA);
  });

  it('merges silently when only one side recorded an outcome, and leaves reviews of other sprints alone', () => {
    const b = planned();
    const mine = edited(b, (t) => void t.reviews.push(review('rv-a', '2026-11-13T09:00:00.000Z')));
    const theirs = edited(b, (t) => {
      t.reviews.push(review('rv-b', '2026-11-13T09:05:00.000Z', { goalOutcome: { status: 'met', sentence: '' } }));
      t.reviews.push(review('rv-c', '2026-11-13T09:05:00.000Z', { sprintId: 's-other' }));
    });
    const merged = mergeTeams(b, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.team.reviews.map((r) => [r.id, r.goalOutcome.status])).toEqual([
      ['rv-a', 'met'],
      ['rv-c', null],
    ]);
    expect(merged.team.reviews[0]!.slots).toHaveLength(1);
  });
});
