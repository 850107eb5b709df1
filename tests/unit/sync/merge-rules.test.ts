import { describe, expect, it } from 'vitest';
import { EstimationRoundSchema } from '../../../src/domain/planning/estimation';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { item, sprint, team } from '../../helpers/fixtures';
import { card, retro } from '../retro/build';
import { ada, base, edited, linus } from './merge-build';

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

  it('makes poker started on one item on two machines a conflict; the round not kept is superseded, votes and all', () => {
    const b = base();
    const roundOn = (id: string, startedAt: string, memberId: string) =>
      EstimationRoundSchema.parse({
        id,
        itemId: 'i-A',
        number: 1,
        state: 'voting',
        votes: [{ memberId, card: '5', value: 5 }],
        startedAt,
      });
    const mine = edited(b, (t) => void t.estimationRounds.push(roundOn('round-m', '2026-11-03T09:00:00.000Z', ada.id)));
    const theirs = edited(
      b,
      (t) => void t.estimationRounds.push(roundOn('round-t', '2026-11-03T09:30:00.000Z', linus.id)),
    );
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts.map((c) => [c.key, c.entity, c.field])).toEqual([
      ['estimationRounds/open/i-A', 'Item “A”', 'Poker round'],
    ]);
    const states = (t: TeamDoc) => t.estimationRounds.map((r) => [r.id, r.state, r.closedAt, r.votes.length]);
    expect(states(open.team)).toEqual([
      ['round-m', 'voting', null, 1],
      ['round-t', 'superseded', '2026-11-03T09:30:00.000Z', 1],
    ]);
    const kept = mergeTeams(b, mine, theirs, [{ key: 'estimationRounds/open/i-A', keep: 'theirs' }]);
    expect(kept.conflicts).toEqual([]);
    expect(states(kept.team)).toEqual([
      ['round-m', 'superseded', '2026-11-03T09:30:00.000Z', 1],
      ['round-t', 'voting', null, 1],
    ]);
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

describe('mergeTeams: rules count only what the merge made', () => {
  it('does not ask about dots that were over the budget on one side already (the budget was lowered later)', () => {
    const cards = [card('went-well', 'One'), card('went-well', 'Two')];
    const b = team('Platform', { members: [ada], retros: [retro({ id: 'r-2', phase: 'discuss', cards })] });
    b.retros[0]!.votes = [
      { voterId: ada.id, targetId: cards[0]!.id, count: 3 },
      { voterId: ada.id, targetId: cards[1]!.id, count: 2 },
    ];
    b.settings.retroVotesPerPerson = 3;
    const mine = edited(b, (t) => void (t.name = 'Platform team'));
    const theirs = edited(b, (t) => void (t.retros[0]!.phase = 'actions'));
    const { team: merged, conflicts } = mergeTeams(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.retros[0]!.votes).toHaveLength(2);
  });
});

describe('mergeTeams: a merged team always validates', () => {
  it('makes two valid edits that together break a record a conflict, settled by one side’s whole object', () => {
    const incident = {
      severity: 'sev2' as const,
      startedAt: '2026-11-02T10:00:00.000Z',
      endedAt: '2026-11-02T12:00:00.000Z',
      services: [],
      commanderId: null,
      scribeId: null,
      impact: '',
    };
    const pm = retro({ id: 'pm-1', kind: 'postmortem', title: 'DNS outage', phase: 'incident', incident });
    const b = team('Platform', { members: [ada], retros: [pm] });
    const mine = edited(b, (t) => void (t.retros[0]!.incident!.endedAt = '2026-11-02T11:00:00.000Z'));
    const theirs = edited(b, (t) => {
      t.retros[0]!.incident!.startedAt = '2026-11-02T11:30:00.000Z';
      t.retros[0]!.timeline.push({ id: 'tl-1', at: '2026-11-02T10:05:00.000Z', event: 'Paged', link: '' });
    });
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts).toEqual([
      {
        key: 'retros/pm-1/incident/valid',
        entity: 'Postmortem “DNS outage”',
        field: 'Ended at (the two changes together are not valid: The incident cannot end before it started.)',
        mine: '2026-11-02T11:00:00.000Z',
        theirs: '2026-11-02T12:00:00.000Z',
      },
    ]);
    expect(TeamDocSchema.safeParse(open.team).success).toBe(true);
    expect(open.team.retros[0]!.incident).toEqual(mine.retros[0]!.incident);

    const kept = mergeTeams(b, mine, theirs, [{ key: 'retros/pm-1/incident/valid', keep: 'theirs' }]);
    expect(kept.conflicts).toEqual([]);
    expect(kept.team.retros[0]!.incident).toEqual(theirs.retros[0]!.incident);
    // Their other change to the postmortem stays: only the incident was taken whole.
    expect(kept.team.retros[0]!.timeline.map((e) => e.event)).toEqual(['Paged']);
  });

  it('keeps the settings valid when working days removed on both sides would leave none', () => {
    const b = base();
    const mine = edited(b, (t) => void (t.settings.workingDays = [1, 2]));
    const theirs = edited(b, (t) => void (t.settings.workingDays = [4, 5]));
    const open = mergeTeams(b, mine, theirs);
    expect(open.conflicts.map((c) => [c.key, c.entity])).toEqual([['settings/valid', 'Team settings']]);
    expect(open.team.settings.workingDays).toEqual([1, 2]);
    const kept = mergeTeams(b, mine, theirs, [{ key: 'settings/valid', keep: 'theirs' }]);
    expect(kept.team.settings.workingDays).toEqual([4, 5]);
  });
});
