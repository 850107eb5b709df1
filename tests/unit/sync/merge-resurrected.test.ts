import { describe, expect, it } from 'vitest';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { mergeTeams } from '../../../src/domain/sync/merge';
import type { TeamDoc } from '../../../src/domain/workspace';
import { sprint } from '../../helpers/fixtures';
import { retro } from '../retro/build';
import { base, edited, itemOf } from './merge-build';

/** A team with Sprint 1 planned, holding items A and B. */
function planned(): TeamDoc {
  const b = base();
  const s1 = sprint({ id: 's-1', name: 'Sprint 1', startDate: '2026-11-02', endDate: '2026-11-13' });
  return edited({ ...b, sprints: [s1] }, (t) => {
    for (const id of ['i-A', 'i-B']) itemOf(t, id)!.sprintId = 's-1';
  });
}

/**
 * What deleteSprint does: the sprint goes, its items go back to the backlog, its review is deleted and its
 * retros and health checks are linked to no sprint.
 */
const deleteSprint = (t: TeamDoc) =>
  edited(t, (d) => {
    d.sprints = d.sprints.filter((s) => s.id !== 's-1');
    for (const i of d.items) if (i.sprintId === 's-1') i.sprintId = null;
    d.reviews = d.reviews.filter((r) => r.sprintId !== 's-1');
    for (const r of d.retros) if (r.sprintId === 's-1') r.sprintId = null;
    for (const h of d.healthChecks) if (h.sprintId === 's-1') h.sprintId = null;
  });
const start = (t: TeamDoc) => edited(t, (d) => void (d.sprints[0]!.state = 'active'));
const inSprint = (t: TeamDoc) =>
  t.items
    .filter((i) => i.sprintId === 's-1')
    .map((i) => i.title)
    .sort();

describe('mergeTeams: a record deleted on one machine and changed on the other', () => {
  it('brings a planned sprint deleted here and started there back with its items', () => {
    const b = planned();
    for (const [mine, theirs] of [
      [deleteSprint(b), start(b)],
      [start(b), deleteSprint(b)],
    ]) {
      const { team, notes } = mergeTeams(b, mine!, theirs!);
      expect(team.sprints.map((s) => [s.name, s.state])).toEqual([['Sprint 1', 'active']]);
      expect(inSprint(team)).toEqual(['A', 'B']);
      expect(notes.join(' ')).toMatch(/Sprint 1 was deleted on (this|the other) machine/);
    }
  });

  it("brings the sprint's review back, and its retro and health check linked to it again", () => {
    const at = '2026-11-02T09:00:00.000Z';
    const b = edited(planned(), (t) => {
      t.reviews.push(ReviewSchema.parse({ id: 'rv-1', sprintId: 's-1', createdAt: at, updatedAt: at }));
      t.retros.push(retro({ id: 'r-1', sprintId: 's-1' }));
      t.healthChecks.push({
        id: 'h-1',
        sprintId: 's-1',
        retroId: 'r-1',
        recordedAt: at,
        scores: { onCallLoad: 3, alertNoise: 3, toil: 3, deployConfidence: 3 },
      });
    });
    for (const [mine, theirs] of [
      [deleteSprint(b), start(b)],
      [start(b), deleteSprint(b)],
    ]) {
      const { team } = mergeTeams(b, mine!, theirs!);
      expect(team.reviews.map((r) => [r.id, r.sprintId])).toEqual([['rv-1', 's-1']]);
      expect(team.retros.map((r) => r.sprintId)).toEqual(['s-1']);
      expect(team.healthChecks.map((h) => h.sprintId)).toEqual(['s-1']);
    }
  });

  it('keeps an item the other machine took out of the sprint before it was started there in the backlog', () => {
    const b = planned();
    const theirs = start(edited(b, (t) => void (itemOf(t, 'i-B')!.sprintId = null)));
    const { team } = mergeTeams(b, deleteSprint(b), theirs);
    expect(inSprint(team)).toEqual(['A']);
  });

  it("drops the deletion's own scope change when a deleted item comes back", () => {
    const running = start(planned());
    const mine = edited(running, (t) => {
      t.items = t.items.filter((i) => i.id !== 'i-A');
      t.sprints[0]!.scopeChanges.push({
        id: 'sc-del',
        at: '2026-11-04T10:00:00.000Z',
        itemId: 'i-A',
        title: 'A',
        kind: 'removed',
        pointsBefore: null,
        pointsAfter: null,
        reason: 'Deleted from the backlog',
        planned: true,
      });
    });
    const theirs = edited(running, (t) => void (itemOf(t, 'i-A')!.status = 'in_progress'));
    const { team } = mergeTeams(running, mine, theirs);
    expect(itemOf(team, 'i-A')).toMatchObject({ sprintId: 's-1', status: 'in_progress' });
    expect(team.sprints[0]!.scopeChanges).toEqual([]);
  });
});
