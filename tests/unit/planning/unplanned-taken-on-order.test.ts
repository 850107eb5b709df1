import { describe, expect, it } from 'vitest';
import { unplannedTakenOn } from '../../../src/domain/planning/buffer';
import type { ScopeChange } from '../../../src/domain/planning/schema';

const change = (id: string, kind: ScopeChange['kind'], at: string): ScopeChange => ({
  id,
  at,
  itemId: 'page',
  title: 'Pager storm on the payments cluster',
  kind,
  pointsBefore: kind === 'added' ? null : 2,
  pointsAfter: kind === 'removed' ? null : 2,
  reason: '',
  planned: false,
});

const item = { id: 'page', sprintId: 'next', unplanned: true, points: 2, interrupt: null };

/** The sprint as a sync's merge stores it: this machine's change first, whatever its time. */
const sprintWith = (...scopeChanges: ScopeChange[]) => ({ id: 's1', scopeChanges });

describe('unplanned work a sprint took on, after a sync stored its scope log out of time order', () => {
  it('does not count an interrupt taken out again later, stored before the change that added it', () => {
    // Added at 09:00 on the other machine, taken out at 10:00 on this one: this one's change is stored first.
    const sprint = sprintWith(
      change('out', 'removed', '2026-11-20T10:00:00.000Z'),
      change('in', 'added', '2026-11-20T09:00:00.000Z'),
    );
    expect(unplannedTakenOn(sprint, [sprint], [item])).toEqual([]);
  });

  it('counts an interrupt taken out and added back later, stored with the later add first', () => {
    const sprint = sprintWith(
      change('back', 'added', '2026-11-20T11:00:00.000Z'),
      change('in', 'added', '2026-11-20T09:00:00.000Z'),
      change('out', 'removed', '2026-11-20T10:00:00.000Z'),
    );
    expect(unplannedTakenOn(sprint, [sprint], [item]).map((i) => i.id)).toEqual(['page']);
  });
});
