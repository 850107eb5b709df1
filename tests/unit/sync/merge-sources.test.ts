import { describe, expect, it } from 'vitest';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { item, sprint } from '../../helpers/fixtures';
import { base, edited } from './merge-build';

const source = { product: 'jira' as const, site: 'https://acme.atlassian.net', key: 'OPS-7' };

/** The shared team after each machine imported the same Jira export on its own: same source, its own id. */
function importedOnBoth(): { start: TeamDoc; mine: TeamDoc; theirs: TeamDoc } {
  const start = edited(base(), (t) => {
    t.sprints.push(sprint({ id: 's-3', name: 'Sprint 3', startDate: '2026-11-30', endDate: '2026-12-11' }));
  });
  const mine = edited(start, (t) => {
    t.items.push(item('Rotate the TLS certs', { id: 'i-zz-mine', source, points: 3 }));
    t.items.find((i) => i.id === 'i-zz-mine')!.title = 'Rotate the edge TLS certs';
  });
  const theirs = edited(start, (t) => {
    t.items.push(item('Rotate the TLS certs', { id: 'i-aa-theirs', source, points: 5, sprintId: 's-3' }));
  });
  return { start, mine, theirs };
}

describe('mergeTeams: the same ticket imported on two machines', () => {
  it('is one item with both machines’ edits, under the same id whichever side merges', () => {
    const { start, mine, theirs } = importedOnBoth();
    const here = mergeTeams(start, mine, theirs);
    const there = mergeTeams(start, theirs, mine);
    const imported = (t: TeamDoc) => t.items.filter((i) => i.source?.key === 'OPS-7');
    expect(imported(here.team)).toHaveLength(1);
    expect(imported(there.team).map((i) => i.id)).toEqual(['i-aa-theirs']);
    // Neither machine had it before, so where they differ nobody's value is newer: each is one question,
    // asked on the one item, and deciding them all gives one item with the values picked.
    const keys = here.conflicts.map((c) => c.key).sort();
    expect(keys).toEqual(['items/i-aa-theirs/points', 'items/i-aa-theirs/sprintId', 'items/i-aa-theirs/title']);
    const decided = mergeTeams(start, mine, theirs, [
      { key: 'items/i-aa-theirs/title', keep: 'mine' },
      { key: 'items/i-aa-theirs/points', keep: 'theirs' },
      { key: 'items/i-aa-theirs/sprintId', keep: 'theirs' },
    ]);
    expect(decided.conflicts).toEqual([]);
    expect(imported(decided.team)).toEqual([
      expect.objectContaining({ id: 'i-aa-theirs', title: 'Rotate the edge TLS certs', points: 5, sprintId: 's-3' }),
    ]);
    expect(TeamDocSchema.safeParse(decided.team).success).toBe(true);
  });

  it('leaves two items with the same source alone once one of them was already shared', () => {
    const { mine, theirs } = importedOnBoth();
    const start = edited(base(), (t) => {
      t.sprints.push(sprint({ id: 's-3', name: 'Sprint 3', startDate: '2026-11-30', endDate: '2026-12-11' }));
      t.items.push(item('Rotate the TLS certs', { id: 'i-zz-mine', source }));
    });
    const merged = mergeTeams(start, mine, theirs);
    expect(
      merged.team.items
        .filter((i) => i.source?.key === 'OPS-7')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['i-aa-theirs', 'i-zz-mine']);
  });
});
