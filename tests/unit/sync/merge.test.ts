import { describe, expect, it } from 'vitest';
import { EstimationRoundSchema, type EstimationRound } from '../../../src/domain/planning/estimation';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { TeamDocSchema } from '../../../src/domain/workspace';
import { item, sprint, team } from '../../helpers/fixtures';
import { card, retro } from '../retro/build';
import { ada, base, edited, itemOf, linus, titles } from './merge-build';

describe('mergeTeams: records and fields', () => {
  it('merges edits to different items, and to different fields of one item, without asking', () => {
    const b = base();
    const mine = edited(b, (t) => {
      t.items[0]!.title = 'A (mine)';
      t.items[2]!.points = 5;
    });
    const theirs = edited(b, (t) => {
      t.items[1]!.title = 'B (theirs)';
      t.items[2]!.status = 'in_progress';
    });
    const { team: merged, conflicts, notes } = mergeTeams(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(notes).toEqual([]);
    expect(titles(merged)).toEqual(['A (mine)', 'B (theirs)', 'C', 'D']);
    expect(itemOf(merged, 'i-C')).toMatchObject({ points: 5, status: 'in_progress' });
    expect(TeamDocSchema.safeParse(merged).success).toBe(true);
  });

  it('takes the later "last changed" time when both sides edited one record (different fields)', () => {
    const b = base();
    const mine = edited(b, (t) => {
      t.items[0]!.title = 'A2';
      t.items[0]!.updatedAt = '2026-11-03T10:00:00.000Z';
    });
    const theirs = edited(b, (t) => {
      t.items[0]!.points = 3;
      t.items[0]!.updatedAt = '2026-11-03T09:00:00.000Z';
    });
    const { team: merged, conflicts } = mergeTeams(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(itemOf(merged, 'i-A')).toMatchObject({ title: 'A2', points: 3, updatedAt: '2026-11-03T10:00:00.000Z' });
  });

  it('asks once about a status moved differently, and keeps its times with the status kept', () => {
    const b = base();
    const move = (status: 'done' | 'in_progress', at: string) =>
      edited(b, (t) => {
        Object.assign(t.items[0]!, { status, statusChangedAt: at, completedAt: status === 'done' ? at : null });
      });
    const mine = move('done', '2026-11-03T10:00:00.000Z');
    const theirs = move('in_progress', '2026-11-03T11:00:00.000Z');
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts.map((c) => [c.key, c.field, c.mine, c.theirs])).toEqual([
      ['items/i-A/status', 'Status', 'done', 'in_progress'],
    ]);
    const kept = mergeTeams(b, mine, theirs, [{ key: 'items/i-A/status', keep: 'theirs' }]);
    expect(kept.conflicts).toEqual([]);
    expect(itemOf(kept.team, 'i-A')).toMatchObject({
      status: 'in_progress',
      statusChangedAt: '2026-11-03T11:00:00.000Z',
      completedAt: null,
    });
  });

  it('reports one field changed differently as a conflict, holds MINE meanwhile, and follows each decision', () => {
    const b = base();
    const mine = edited(b, (t) => void (t.items[0]!.title = 'Upgrade Postgres to 17'));
    const theirs = edited(b, (t) => void (t.items[0]!.title = 'Upgrade Postgres to 16'));
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts).toEqual([
      {
        key: 'items/i-A/title',
        entity: 'Item “Upgrade Postgres to 17”',
        field: 'Title',
        mine: 'Upgrade Postgres to 17',
        theirs: 'Upgrade Postgres to 16',
      },
    ]);
    expect(itemOf(open.team, 'i-A')?.title).toBe('Upgrade Postgres to 17');

    const keptTheirs = mergeTeams(b, mine, theirs, [{ key: 'items/i-A/title', keep: 'theirs' }]);
    expect(keptTheirs.conflicts).toEqual([]);
    expect(itemOf(keptTheirs.team, 'i-A')?.title).toBe('Upgrade Postgres to 16');
    const keptMine = mergeTeams(b, mine, theirs, [{ key: 'items/i-A/title', keep: 'mine' }]);
    expect(keptMine.conflicts).toEqual([]);
    expect(itemOf(keptMine.team, 'i-A')?.title).toBe('Upgrade Postgres to 17');
  });

  it('names team fields and settings in conflict keys', () => {
    const b = base();
    const mine = edited(b, (t) => {
      t.name = 'Platform A';
      t.settings.bufferPercent = 30;
    });
    const theirs = edited(b, (t) => {
      t.name = 'Platform B';
      t.settings.bufferPercent = 10;
    });
    const { conflicts } = mergeTeams(b, mine, theirs);
    expect(conflicts.map((c) => [c.key, c.entity, c.field])).toEqual([
      ['team/name', 'Team', 'Name'],
      ['settings/bufferPercent', 'Team settings', 'Buffer percent'],
    ]);
  });

  it('brings back an entity deleted on one side and edited on the other, with the edit and a note', () => {
    const b = base();
    const deletedHere = edited(b, (t) => void (t.items = t.items.filter((i) => i.id !== 'i-B')));
    const editedThere = edited(b, (t) => void (t.items[1]!.points = 8));
    const one = mergeTeams(b, deletedHere, editedThere);
    expect(one.conflicts).toEqual([]);
    expect(itemOf(one.team, 'i-B')?.points).toBe(8);
    expect(titles(one.team)).toEqual(['A', 'B', 'C', 'D']);
    expect(one.notes).toEqual([
      'Item “B” was deleted on this machine and changed on the other: it is back, with that change.',
    ]);

    const other = mergeTeams(b, editedThere, deletedHere);
    expect(itemOf(other.team, 'i-B')?.points).toBe(8);
    expect(other.notes[0]).toContain('deleted on the other machine and changed on this one');
  });

  it('deletes what one side deleted and the other left alone', () => {
    const b = base();
    const mine = edited(b, (t) => void (t.items = t.items.filter((i) => i.id !== 'i-B')));
    const theirs = edited(b, (t) => void (t.items[0]!.title = 'A2'));
    expect(titles(mergeTeams(b, mine, theirs).team)).toEqual(['A2', 'C', 'D']);
  });

  it('merges lists of plain values as sets (labels added on both sides)', () => {
    const b = base();
    const mine = edited(b, (t) => void (t.items[0]!.labels = ['db']));
    const theirs = edited(b, (t) => void (t.items[0]!.labels = ['urgent']));
    const { team: merged, conflicts } = mergeTeams(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(itemOf(merged, 'i-A')?.labels).toEqual(['urgent', 'db']);
  });

  it('merges nested collections: cards added to one retro on both sides', () => {
    const r = retro({ phase: 'group', cards: [card('went-well', 'Calm on-call')] });
    const b = team('Platform', { members: [ada], retros: [r] });
    const mine = edited(b, (t) => void t.retros[0]!.cards.push(card('went-well', 'Mine')));
    const theirs = edited(b, (t) => {
      t.retros[0]!.cards.push(card('went-well', 'Theirs'));
      t.retros[0]!.cards[0]!.text = 'Calm on-call week';
    });
    const { team: merged, conflicts } = mergeTeams(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.retros[0]!.cards.map((c) => c.text)).toEqual(['Calm on-call week', 'Mine', 'Theirs']);
  });
});

describe('mergeTeams: natural keys', () => {
  const round = (votes: EstimationRound['votes']): EstimationRound =>
    EstimationRoundSchema.parse({
      id: 'round-1',
      itemId: 'i-A',
      number: 1,
      state: 'revealed',
      votes,
      startedAt: '2026-11-02T09:00:00.000Z',
    });

  it('matches poker votes by round and member', () => {
    const b = { ...base(), estimationRounds: [round([])] };
    const mine = edited(b, (t) => void t.estimationRounds[0]!.votes.push({ memberId: ada.id, card: '5', value: 5 }));
    const theirs = edited(b, (t) => {
      t.estimationRounds[0]!.votes.push({ memberId: linus.id, card: '8', value: 8 });
    });
    const merged = mergeTeams(b, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.team.estimationRounds[0]!.votes.map((v) => v.card).sort()).toEqual(['5', '8']);

    const clash = edited(b, (t) => void t.estimationRounds[0]!.votes.push({ memberId: ada.id, card: '3', value: 3 }));
    const both = mergeTeams(b, mine, clash);
    expect(both.conflicts.map((c) => [c.key, c.entity, c.field])).toEqual([
      [`estimationRounds/round-1/votes/${ada.id}`, 'Vote of Ada in Poker round 1 on “A”', 'Vote'],
    ]);
    // The card and the value go together: one decision keeps both.
    const kept = mergeTeams(b, mine, clash, [{ key: both.conflicts[0]!.key, keep: 'theirs' }]);
    expect(kept.team.estimationRounds[0]!.votes).toEqual([{ memberId: ada.id, card: '3', value: 3 }]);
  });

  it('matches dot votes by voter and target', () => {
    const c1 = card('went-well', 'One');
    const c2 = card('went-well', 'Two');
    const b = team('Platform', { members: [ada, linus], retros: [retro({ phase: 'vote', cards: [c1, c2] })] });
    const mine = edited(b, (t) => void t.retros[0]!.votes.push({ voterId: ada.id, targetId: c1.id, count: 2 }));
    const theirs = edited(b, (t) => void t.retros[0]!.votes.push({ voterId: ada.id, targetId: c2.id, count: 1 }));
    const merged = mergeTeams(b, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.team.retros[0]!.votes).toHaveLength(2);
  });
});

describe('mergeTeams: no common base (first sync of two copies)', () => {
  it('keeps additions from both and makes every other difference a conflict', () => {
    const b = base();
    const mine = edited(b, (t) => {
      t.items.push(item('Mine only', { id: 'i-M' }));
      t.items[0]!.title = 'A here';
    });
    const theirs = edited(b, (t) => {
      t.items.push(item('Theirs only', { id: 'i-T' }));
      t.items[1]!.title = 'B there';
    });
    const { team: merged, conflicts } = mergeTeams(null, mine, theirs);
    expect(titles(merged)).toEqual(['A here', 'B', 'C', 'D', 'Mine only', 'Theirs only']);
    expect(conflicts.map((c) => c.key)).toEqual(['items/i-A/title', 'items/i-B/title']);
  });
});

describe('mergeTeams: ceremonies on two machines', () => {
  it('merges a sprint closed on one machine with votes cast on the other', () => {
    const s = sprint({ id: 's-1', name: 'Sprint 12', startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
    const c1 = card('went-well', 'Calm week');
    const r = retro({ id: 'r-1', sprintId: 's-1', phase: 'vote', cards: [c1] });
    const open = EstimationRoundSchema.parse({
      id: 'round-1',
      itemId: 'i-A',
      number: 1,
      state: 'revealed',
      startedAt: '2026-11-10T09:00:00.000Z',
    });
    const b = { ...base(), sprints: [s], retros: [r], estimationRounds: [open] };
    b.items = b.items.map((i) => ({ ...i, sprintId: 's-1' }));
    const closed = edited(b, (t) => {
      t.sprints[0]!.state = 'closed';
      for (const i of t.items) i.sprintId = null;
    });
    const voted = edited(b, (t) => {
      t.estimationRounds[0]!.votes.push({ memberId: ada.id, card: '5', value: 5 });
      t.retros[0]!.votes.push({ voterId: linus.id, targetId: c1.id, count: 2 });
    });
    const { team: merged, conflicts } = mergeTeams(b, closed, voted);
    expect(conflicts).toEqual([]);
    expect(merged.sprints[0]!.state).toBe('closed');
    expect(merged.items.every((i) => i.sprintId === null)).toBe(true);
    expect(merged.estimationRounds[0]!.votes).toHaveLength(1);
    expect(merged.retros[0]!.votes).toEqual([{ voterId: linus.id, targetId: c1.id, count: 2 }]);
  });
});
