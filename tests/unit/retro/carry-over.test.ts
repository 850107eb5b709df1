import { describe, expect, it } from 'vitest';
import { openActionsFor, reviewAction } from '../../../src/domain/retro/carry-over';
import type { RetroAction } from '../../../src/domain/retro/schema';
import { retro } from './build';

function action(id: string, status: RetroAction['status'] = 'open'): RetroAction {
  return {
    id,
    text: `Action ${id}`,
    ownerId: null,
    dueDate: null,
    type: 'prevent',
    ticketKey: '',
    sourceId: null,
    status,
    reviews: [],
    createdAt: '2026-11-01T10:00:00.000Z',
  };
}

describe('carry-over of open actions', () => {
  const older = retro({
    title: 'Retro — Sprint 6',
    createdAt: '2026-11-01T10:00:00.000Z',
    actions: [action('a1'), action('a2', 'done')],
  });
  const current = retro({ title: 'Retro — Sprint 7', createdAt: '2026-11-15T10:00:00.000Z', actions: [action('c1')] });
  const later = retro({ title: 'Retro — Sprint 8', createdAt: '2026-11-29T10:00:00.000Z', actions: [action('l1')] });
  const retros = [older, current, later];

  it('lists open actions of earlier retros only, not done ones nor its own nor later ones', () => {
    const entries = openActionsFor([older, current, later], current);
    expect(entries.map((e) => e.action.id)).toEqual(['a1']);
    expect(entries[0]?.outcome).toBeNull();
  });

  it('carried over keeps the action open and it comes back at the next retro', () => {
    const carried = reviewAction(older.actions[0]!, current.id, 'carried', '2026-11-15T11:00:00.000Z', retros);
    expect(carried.status).toBe('open');
    const updated = { ...older, actions: [carried, older.actions[1]!] };
    expect(openActionsFor([updated, current], current)[0]).toMatchObject({ outcome: 'carried', timesCarried: 0 });
    // At the next retro it comes in carried over once, by the retro before.
    expect(openActionsFor([updated, current, later], later)[0]).toMatchObject({ outcome: null, timesCarried: 1 });
    expect(openActionsFor([updated, current, later], later).map((e) => e.action.id)).toEqual(['a1', 'c1']);
  });

  it('done and dropped close the action but it stays listed (with its outcome) in the retro that closed it', () => {
    for (const outcome of ['done', 'dropped'] as const) {
      const closed = reviewAction(older.actions[0]!, current.id, outcome, '2026-11-15T11:00:00.000Z', retros);
      expect(closed.status).toBe(outcome);
      const updated = { ...older, actions: [closed] };
      expect(openActionsFor([updated, current], current)[0]?.outcome).toBe(outcome);
      expect(openActionsFor([updated, current, later], later).map((e) => e.action.id)).toEqual(['c1']);
    }
  });

  it('changing the decision replaces it rather than adding a second one', () => {
    let a = reviewAction(older.actions[0]!, current.id, 'done', '2026-11-15T11:00:00.000Z', retros);
    a = reviewAction(a, current.id, 'carried', '2026-11-15T11:01:00.000Z', retros);
    expect(a.reviews).toHaveLength(1);
    expect(a.status).toBe('open');
  });

  it('the latest retro’s decision sets the status, whatever the order of the clicks', () => {
    let a = reviewAction(older.actions[0]!, later.id, 'done', '2026-11-29T11:00:00.000Z', retros);
    // The older retro is opened again and its "Carry over" clicked: recorded, but the later Done stands.
    a = reviewAction(a, current.id, 'carried', '2026-11-30T09:00:00.000Z', retros);
    expect(a.reviews.map((r) => [r.retroId, r.outcome])).toEqual([
      [later.id, 'done'],
      [current.id, 'carried'],
    ]);
    expect(a.status).toBe('done');
    expect(reviewAction(a, later.id, 'carried', '2026-11-30T09:01:00.000Z', retros).status).toBe('open');
  });

  it('an older retro’s entry tells which later retro decided, and what', () => {
    let a = reviewAction(older.actions[0]!, current.id, 'carried', '2026-11-15T11:00:00.000Z', retros);
    a = reviewAction(a, later.id, 'done', '2026-11-29T11:00:00.000Z', retros);
    const updated = { ...older, actions: [a] };
    expect(openActionsFor([updated, current, later], current)[0]).toMatchObject({
      outcome: 'carried',
      laterDecision: { retroTitle: 'Retro — Sprint 8', outcome: 'done' },
    });
    expect(openActionsFor([updated, current, later], later)[0]?.laterDecision).toBeNull();
  });
});
