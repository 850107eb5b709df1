import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/domain/planning/schema';
import type { RetroAction } from '../../../src/domain/retro/schema';
import { entityName } from '../../../src/domain/sync/conflict-labels';
import { describeChange } from '../../../src/domain/sync/describe-change';
import type { TeamDoc } from '../../../src/domain/workspace';
import { createTimer } from '../../../src/domain/standup/timer';
import { item, sprint, team } from '../../helpers/fixtures';
import { card, retro } from '../retro/build';

const T = '2026-11-02T09:00:00.000Z';

const BEFORE = team('Platform', {
  items: ['A', 'B', 'C'].map((t) => item(t, { id: `i-${t}` })),
  sprints: [
    sprint({ id: 's-11', name: 'Sprint 11', startDate: '2026-10-19', endDate: '2026-10-30', state: 'active' }),
    sprint({ id: 's-12', name: 'Sprint 12', startDate: '2026-11-02', endDate: '2026-11-13' }),
  ],
});

const before = (): TeamDoc => structuredClone(BEFORE);

function after(edit: (t: TeamDoc) => void): TeamDoc {
  const t = structuredClone(before());
  edit(t);
  return t;
}

function commitment(items: number, points: number): Commitment {
  return {
    at: T,
    items: Array.from({ length: items }, (_, n) => ({ itemId: `c-${n}`, title: `Item ${n}`, points: 1 })),
    committedPoints: points,
    personDays: 40,
    pointsPerPersonDay: 1,
    forecastPoints: 40,
    bufferPercent: 20,
    bufferPoints: 8,
    plannablePoints: 32,
  };
}

const action = (text: string): RetroAction => ({
  id: `a-${text}`,
  text,
  ownerId: null,
  dueDate: null,
  type: 'process',
  ticketKey: '',
  sourceId: null,
  status: 'open',
  reviews: [],
  createdAt: T,
});

describe('describeChange', () => {
  it('says the team was shared when there is nothing before', () => {
    expect(describeChange(null, before())).toBe('Shared the team');
  });

  it('names a sprint planned and started with its items and points, and a sprint closed', () => {
    const b = before();
    const planned = after((t) => {
      t.sprints[0]!.state = 'closed';
      t.sprints[1]!.state = 'active';
      t.sprints[1]!.commitment = commitment(8, 31);
    });
    expect(describeChange(b, planned)).toBe('Closed Sprint 11; Planned Sprint 12: 8 items, 31 points');
  });

  it('counts a retro’s cards and actions', () => {
    const b = before();
    const r = retro({
      sprintId: 's-11',
      phase: 'actions',
      cards: Array.from({ length: 14 }, (_, n) => card('went-well', `Card ${n}`)),
      actions: [action('one'), action('two'), action('three')],
    });
    expect(
      describeChange(
        b,
        after((t) => void t.retros.push(r)),
      ),
    ).toBe('Retro for Sprint 11: 14 cards, 3 actions');
  });

  it('dates a standup by the team’s day, in its time zone', () => {
    // Tue 3 Nov 22:30 UTC is Wed 4 Nov 09:30 in Sydney.
    const timer = createTimer({
      speakers: [{ memberId: 'm-ada', name: 'Ada', absent: false }],
      speakerMs: 60_000,
      totalMs: 900_000,
      now: Date.parse('2026-11-03T22:30:00Z'),
    });
    const standup = { id: 'st-1', sprintId: 's-11', state: 'ended' as const, timer, notes: [], summary: null };
    const line = describeChange(
      before(),
      after((t) => {
        t.settings.timeZone = 'Australia/Sydney';
        t.standups.push(standup);
      }),
    );
    expect(line).toContain('Standup of 2026-11-04');
    // A sync conflict names it the same way.
    const sydney = after((t) => {
      t.settings.timeZone = 'Australia/Sydney';
    });
    expect(entityName('standups', standup, sydney)).toBe('Standup of 2026-11-04');
  });

  it('counts items added, edited and deleted, or says the backlog was reordered', () => {
    const b = before();
    const edited = after((t) => {
      t.items[0]!.title = 'A2';
      t.items[1]!.points = 3;
      t.items.push(item('D'), item('E'), item('F'));
    });
    expect(describeChange(b, edited)).toBe('Added 3 items, edited 2');
    expect(
      describeChange(
        b,
        after((t) => void t.items.pop()),
      ),
    ).toBe('Deleted 1');
    expect(
      describeChange(
        b,
        after((t) => void t.items.reverse()),
      ),
    ).toBe('Reordered the backlog');
  });

  it('keeps to one line of at most 72 characters, saying there is more', () => {
    const b = before();
    const busy = after((t) => {
      t.sprints[0]!.state = 'closed';
      t.sprints[1]!.state = 'active';
      t.sprints[1]!.commitment = commitment(8, 31);
      t.retros.push(retro({ sprintId: 's-11', title: 'Retro' }));
      t.items.push(item('D'));
    });
    const line = describeChange(b, busy);
    expect(line.length).toBeLessThanOrEqual(72);
    expect(line).not.toContain('\n');
    expect(line).toBe('Closed Sprint 11; Planned Sprint 12: 8 items, 31 points; and more');
  });

  it('says when nothing changed, and falls back to a general line for other changes', () => {
    const b = before();
    expect(
      describeChange(
        b,
        after(() => undefined),
      ),
    ).toBe('No changes');
    expect(
      describeChange(
        b,
        after((t) => void (t.settings.bufferPercent = 25)),
      ),
    ).toBe('Updated the team');
  });
});
