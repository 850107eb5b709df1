import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi } from '../../helpers/in-process-api';

/** Two sprints back to back: Sprint 1 (2–13 Nov 2026) and Sprint 2 (16–27 Nov). */
async function twoSprints() {
  const b = await inProcessApi();
  const team = await b.api.createTeam({ name: 'Platform' });
  const make = async (name: string, startDate: string, endDate: string) =>
    (await b.api.createSprint({ teamId: team.id, sprint: { name, goal: '', startDate, endDate } })).sprints[0]!.id;
  const s1 = await make('Sprint 1', '2026-11-02', '2026-11-13');
  const s2 = await make('Sprint 2', '2026-11-16', '2026-11-27');
  const stored = () => b.store.snapshot().teams.find((t) => t.id === team.id) as TeamDoc;
  return { b, teamId: team.id, s1, s2, stored };
}

const freeze = {
  name: 'Audit freeze',
  kind: 'freeze' as const,
  start: '2026-11-12T00:00:00.000Z',
  end: '2026-11-19T00:00:00.000Z',
};

describe("the team's calendar through the api", () => {
  it('takes a window into the sprint whose day it falls on in the team’s time zone', async () => {
    const { b, teamId, s1, s2, stored } = await twoSprints();
    await b.store.mutate({ teamId }, (d) => {
      d.teams.find((t) => t.id === teamId)!.settings.timeZone = 'Australia/Sydney';
    });
    // Mon 16 Nov 08:00–10:00 in Sydney, the first morning of Sprint 2; still Sunday in UTC.
    const window = {
      name: 'DB patching',
      kind: 'window' as const,
      start: '2026-11-15T21:00:00.000Z',
      end: '2026-11-15T23:00:00.000Z',
    };
    await b.api.addChangeWindow({ teamId, sprintId: s2, window });
    expect(stored().calendar.changeWindows.map((w) => w.name)).toEqual(['DB patching']);
    const refused = await b.call('addChangeWindow', { teamId, sprintId: s1, window: { ...window, name: 'Other' } });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: /must overlap the sprint: .* in the team's time zone \(Australia\/Sydney\)/ },
    });
    expect(stored().calendar.changeWindows).toHaveLength(1);
  });

  it('a freeze added from one sprint is one team entry, changed and removed from the other sprint', async () => {
    const { b, teamId, s1, s2, stored } = await twoSprints();
    const added = await b.api.addChangeWindow({ teamId, sprintId: s1, window: freeze });
    expect(added.calendar?.changeWindows).toEqual([{ id: expect.any(String), ...freeze }]);
    const id = added.calendar!.changeWindows[0]!.id;

    const renamed = await b.api.updateChangeWindow({
      teamId,
      sprintId: s2,
      entryId: id,
      window: { ...freeze, name: 'SOX audit freeze' },
    });
    expect(renamed.calendar?.changeWindows).toEqual([{ id, ...freeze, name: 'SOX audit freeze' }]);
    expect(stored().calendar.changeWindows.map((w) => w.name)).toEqual(['SOX audit freeze']);

    // Moved so that it no longer touches the sprint it is edited from: refused, nothing changes.
    const away = await b.call('updateChangeWindow', {
      teamId,
      sprintId: s2,
      entryId: id,
      window: { ...freeze, start: '2026-11-03T00:00:00.000Z', end: '2026-11-05T00:00:00.000Z' },
    });
    expect(away).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /must overlap the sprint/ } });

    await b.api.removeCalendarEntry({ teamId, sprintId: s2, kind: 'changeWindows', entryId: id });
    expect(stored().calendar.changeWindows).toEqual([]);
    const again = await b.call('removeCalendarEntry', { teamId, sprintId: s1, kind: 'changeWindows', entryId: id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('reads a window’s times as instants, written with milliseconds or without', async () => {
    const { b, teamId, s1, stored } = await twoSprints();
    // Ends at the moment it starts, written the other way: refused, nothing added.
    const empty = { ...freeze, kind: 'window' as const, end: '2026-11-12T00:00:00Z' };
    const refused = await b.call('addChangeWindow', { teamId, sprintId: s1, window: empty });
    expect(refused).toMatchObject({ ok: false, error: { message: /The window must end after it starts/ } });
    expect(stored().calendar.changeWindows).toEqual([]);
    // Half a second apart in the same second: listed by time, not by how the time was written.
    const at = (name: string, start: string) => ({ name, kind: 'window' as const, start, end: '2026-11-12T04:00:00Z' });
    await b.api.addChangeWindow({ teamId, sprintId: s1, window: at('Second', '2026-11-12T02:00:00.500Z') });
    await b.api.addChangeWindow({ teamId, sprintId: s1, window: at('First', '2026-11-12T02:00:00Z') });
    expect(stored().calendar.changeWindows.map((w) => w.name)).toEqual(['First', 'Second']);
  });

  it('keeps one holiday per date in the team calendar, also when one is edited onto another', async () => {
    const { b, teamId, s1, stored } = await twoSprints();
    await b.api.addHoliday({ teamId, sprintId: s1, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    const second = await b.api.addHoliday({ teamId, sprintId: s1, holiday: { date: '2026-11-12', name: 'Staff day' } });
    const staff = second.calendar!.holidays.find((h) => h.name === 'Staff day')!;
    const clash = await b.call('updateHoliday', {
      teamId,
      sprintId: s1,
      entryId: staff.id,
      holiday: { date: '2026-11-11', name: 'Staff day' },
    });
    expect(clash).toMatchObject({ ok: false, error: { message: /already a team holiday/ } });
    await b.api.updateHoliday({
      teamId,
      sprintId: s1,
      entryId: staff.id,
      holiday: { date: '2026-11-10', name: 'Staff day' },
    });
    expect(stored().calendar.holidays.map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-11-10 Staff day',
      '2026-11-11 Armistice Day',
    ]);
  });
});
