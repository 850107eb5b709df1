import { describe, expect, it } from 'vitest';
import { EstimationRoundSchema, type EstimationRound } from '../../../src/domain/planning/estimation';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { item, member, sprint, team } from '../../helpers/fixtures';
import { card, retro } from '../retro/build';

const ada = member('Ada');
const linus = member('Linus');

function base(): TeamDoc {
  return team('Platform', {
    members: [ada, linus],
    items: ['A', 'B', 'C', 'D'].map((t) => item(t, { id: `i-${t}` })),
  });
}

/** A copy of the team changed by `edit`, like another machine's. */
function edited(t: TeamDoc, edit: (draft: TeamDoc) => void): TeamDoc {
  const copy = structuredClone(t);
  edit(copy);
  return copy;
}

const itemOf = (t: TeamDoc, id: string) => t.items.find((i) => i.id === id);
const titles = (t: TeamDoc) => t.items.map((i) => i.title);

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

describe('mergeTeams: the backlog order', () => {
  const order = (t: TeamDoc) => t.items.map((i) => i.id.slice(2)).join('');
  const arrange = (t: TeamDoc, ids: string) =>
    edited(t, (d) => {
      const all = new Map([...d.items, ...'XYZ'.split('').map((x) => item(x, { id: `i-${x}` }))].map((i) => [i.id, i]));
      d.items = ids.split('').map((x) => all.get(`i-${x}`)!);
    });

  it('keeps inserts from both sides at the place each gave them', () => {
    const b = base();
    expect(order(mergeTeams(b, arrange(b, 'AXBCD'), arrange(b, 'ABCDY')).team)).toBe('AXBCDY');
    expect(order(mergeTeams(b, arrange(b, 'XABCD'), arrange(b, 'ABCYD')).team)).toBe('XABCYD');
  });

  it('moves an item moved on one side only, and gives an item moved on both sides THEIR place', () => {
    const b = base();
    expect(order(mergeTeams(b, arrange(b, 'DABC'), arrange(b, 'ABDC')).team)).toBe('ABDC');
    expect(order(mergeTeams(b, arrange(b, 'DABC'), arrange(b, 'BACD')).team)).toBe('DBAC');
  });

  it('follows one side entirely when the other did not change the order', () => {
    const b = base();
    expect(order(mergeTeams(b, b, arrange(b, 'DCXBA')).team)).toBe('DCXBA');
    expect(order(mergeTeams(b, arrange(b, 'YDCBA'), b).team)).toBe('YDCBA');
  });
});

describe('mergeTeams: rules of the api', () => {
  const twoSprints = () => {
    const s1 = sprint({ id: 's-1', name: 'Sprint 12', startDate: '2026-11-02', endDate: '2026-11-13' });
    const s2 = sprint({ id: 's-2', name: 'Sprint 13', startDate: '2026-11-16', endDate: '2026-11-27' });
    return { ...base(), sprints: [s1, s2] };
  };

  it('makes two sprints started on two machines a conflict, settled by the side kept', () => {
    const b = twoSprints();
    const mine = edited(b, (t) => void (t.sprints[0]!.state = 'active'));
    const theirs = edited(b, (t) => void (t.sprints[1]!.state = 'active'));
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts).toEqual([
      { key: 'sprints/active', entity: 'Sprints', field: 'Active sprint', mine: 'Sprint 12', theirs: 'Sprint 13' },
    ]);
    expect(open.team.sprints.map((s) => s.state)).toEqual(['active', 'planned']);
    const kept = mergeTeams(b, mine, theirs, [{ key: 'sprints/active', keep: 'theirs' }]);
    expect(kept.conflicts).toEqual([]);
    expect(kept.team.sprints.map((s) => s.state)).toEqual(['planned', 'active']);
  });

  it('makes dots that together pass a person’s budget a conflict', () => {
    const cards = [card('went-well', 'One'), card('went-well', 'Two'), card('went-well', 'Three')];
    const b = team('Platform', { members: [ada], retros: [retro({ id: 'r-1', phase: 'vote', cards })] });
    b.settings.retroVotesPerPerson = 4;
    const mine = edited(b, (t) => {
      t.retros[0]!.votes.push({ voterId: ada.id, targetId: cards[0]!.id, count: 3 });
    });
    const theirs = edited(b, (t) => {
      t.retros[0]!.votes.push({ voterId: ada.id, targetId: cards[1]!.id, count: 2 });
      t.retros[0]!.votes.push({ voterId: ada.id, targetId: cards[2]!.id, count: 1 });
    });
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts).toEqual([
      {
        key: `retros/r-1/dots/${ada.id}`,
        entity: 'Retro “Retro — Sprint 7”',
        field: 'Dots of Ada',
        mine: '3 dots: 3 on “One”',
        theirs: '3 dots: 2 on “Two”, 1 on “Three”',
      },
    ]);
    expect(open.team.retros[0]!.votes.map((v) => v.count)).toEqual([3]);
    const kept = mergeTeams(b, mine, theirs, [{ key: `retros/r-1/dots/${ada.id}`, keep: 'theirs' }]);
    expect(kept.team.retros[0]!.votes.map((v) => v.count)).toEqual([2, 1]);
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
