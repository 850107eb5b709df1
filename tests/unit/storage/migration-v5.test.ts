import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import type { Holiday } from '../../../src/domain/planning/schema';
import { decodeWorkspace } from '../../../src/storage/decode';
import { migrationToV5 } from '../../../src/storage/migrations/v5';

/** v5 moves holidays, change windows and freezes from the sprints into the team's calendar. */
const v4 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'migration-fixtures/v4.json'), 'utf8')) as {
  teams: { id: string; sprints?: Record<string, unknown>[] }[];
};

type Entry = { id: string };
const entriesOf = (doc: typeof v4, field: 'holidays' | 'changeWindows') =>
  doc.teams.flatMap((t) => (t.sprints ?? []).flatMap((s) => (s[field] as Entry[] | undefined) ?? []));

describe('migration to v5: the team calendar', () => {
  it('keeps every holiday, window and freeze of every sprint, with its id, in its team calendar', () => {
    const up = migrationToV5.up(structuredClone(v4)) as {
      teams: { calendar: { holidays: Entry[]; changeWindows: Entry[] }; sprints: Record<string, unknown>[] }[];
    };
    const team = up.teams[0]!;
    expect(team.calendar.holidays).toEqual(entriesOf(v4, 'holidays'));
    expect(team.calendar.changeWindows).toEqual(entriesOf(v4, 'changeWindows'));
    expect(team.calendar.holidays.map((h) => h.id)).toEqual(['hol-1', 'hol-2']);
    for (const sprint of team.sprints) {
      expect(sprint).not.toHaveProperty('holidays');
      expect(sprint).not.toHaveProperty('changeWindows');
    }
    // A team without sprints gets an empty calendar.
    expect(up.teams[1]!.calendar).toEqual({ holidays: [], changeWindows: [] });
  });

  it('merges the same freeze typed into two sprints into one entry, and keeps different entries', () => {
    const doc = structuredClone(v4);
    const [first, second] = doc.teams[0]!.sprints!;
    const freeze = (first!.changeWindows as Record<string, unknown>[])[1]!;
    second!.changeWindows = [
      { ...freeze, id: 'fz-copy' },
      { ...freeze, id: 'fz-other', name: 'Another freeze' },
    ];
    second!.holidays = [
      ...(second!.holidays as object[]),
      { id: 'hol-copy', date: '2026-10-12', name: 'Regional holiday' },
    ];
    const up = migrationToV5.up(doc) as { teams: { calendar: { holidays: Entry[]; changeWindows: Entry[] } }[] };
    const calendar = up.teams[0]!.calendar;
    expect(calendar.changeWindows.map((w) => w.id)).toEqual(['cw-1', 'fz-1', 'fz-other']);
    expect(calendar.holidays.map((h) => h.id)).toEqual(['hol-1', 'hol-2']);
  });

  it('opens a v4 file with nothing lost, and does not change its input', () => {
    const before = structuredClone(v4);
    migrationToV5.up(v4);
    expect(v4).toEqual(before);
    const decoded = decodeWorkspace(JSON.stringify(v4));
    if (decoded.kind !== 'ok') throw new Error(decoded.kind === 'damaged' ? decoded.reason : decoded.kind);
    const team = decoded.workspace.teams[0]!;
    expect(team.calendar.holidays.map((h) => h.id).sort()).toEqual(
      entriesOf(v4, 'holidays')
        .map((e) => e.id)
        .sort(),
    );
    expect(team.calendar.changeWindows.map((w) => w.id).sort()).toEqual(
      entriesOf(v4, 'changeWindows')
        .map((e) => e.id)
        .sort(),
    );
  });

  it("gives every sprint the capacity it had when the holidays were the sprint's own", () => {
    const decoded = decodeWorkspace(JSON.stringify(v4));
    if (decoded.kind !== 'ok') throw new Error(decoded.kind);
    const team = decoded.workspace.teams[0]!;
    expect(team.members.length).toBeGreaterThan(0);
    for (const raw of v4.teams[0]!.sprints!) {
      const sprint = team.sprints.find((s) => s.id === raw.id)!;
      const own = { holidays: (raw.holidays as Holiday[] | undefined) ?? [] };
      const before = sprintCapacity(sprint, team.members, team.settings, team.sprints, own);
      const after = sprintCapacity(sprint, team.members, team.settings, team.sprints, team.calendar);
      expect(after).toEqual(before);
      expect(after.members[0]?.holidays).toBe(1);
    }
  });
});
