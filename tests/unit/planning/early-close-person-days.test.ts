import { describe, expect, it } from 'vitest';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { personDaysRan } from '../../../src/domain/planning/close';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { newId } from '../../../src/domain/shared/new-id';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { member, sprint } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * A sprint closed before its last working day records the person-days of the days it ran (up to and including
 * the close day), so its points per person-day, and the next sprint's forecast, are not measured on days it never had.
 */
describe('closing a sprint early', () => {
  it('records the person-days of the working days it ran, with their time off, and velocity learns from them', async () => {
    let now = new Date('2026-11-02T08:00:00.000Z');
    const b = await inProcessApi({ now: () => now });
    const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
    await b.api.updateTeamSettings({ teamId, settings: { timeZone: 'UTC', velocityWindow: 1 } });
    const ana = (
      await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: false } })
    ).id;
    await b.api.addMember({ teamId, member: { name: 'Bo', role: 'DBA', hoursPerDay: 6, takesOnCall: false } });
    const create = async (name: string, startDate: string, endDate: string) =>
      (await b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } })).sprints.find(
        (s) => s.name === name,
      )!.id;
    const first = await create('Sprint 1', '2026-11-02', '2026-11-13');
    const second = await create('Sprint 2', '2026-11-16', '2026-11-27');
    // Ana is off on Tuesday (a day the sprint ran) and on the last Friday (a day it never reached).
    for (const date of ['2026-11-03', '2026-11-13']) {
      await b.api.addTimeOff({ teamId, sprintId: first, range: { memberId: ana, startDate: date, endDate: date } });
    }
    const work = await b.api.createItem({
      teamId,
      item: {
        title: 'Rotate certs',
        type: 'task',
        description: '',
        points: 8,
        labels: [],
        acceptanceCriteria: [],
        links: [],
        needsChangeWindow: false,
        status: 'todo',
        readyChecks: [],
      },
    });
    await b.api.planItem({ teamId, sprintId: first, itemId: work.id });
    const started = await b.api.startSprint({ teamId, sprintId: first });
    expect(started.sprints[0]!.commitment?.personDays).toBe(18);
    await b.api.moveBoardCard({ teamId, itemId: work.id, status: 'done' });

    // Closed on Friday of the first week: 5 working days each, less Ana's Tuesday = 9 person-days.
    now = new Date('2026-11-06T16:00:00.000Z');
    const closed = await b.api.closeSprint({ teamId, sprintId: first, incompleteTo: 'backlog' });
    expect(closed.sprints.find((s) => s.id === first)!.result!.personDays).toBe(9);

    const team = b.store.snapshot().teams.find((t) => t.id === teamId)!;
    const next = sprintCapacity(
      team.sprints.find((s) => s.id === second)!,
      team.members,
      team.settings,
      team.sprints,
      team.calendar,
    );
    // 8 points ÷ 9 person-days, not ÷ the 18 it was committed on.
    expect(next.pointsPerPersonDay).toBe(0.89);
  });
});

describe('the person-days a closed sprint ran', () => {
  const settings = { ...defaultTeamSettings(newId), standardDayHours: 6 };
  const commitment = {
    at: '2026-11-02T08:00:00.000Z',
    items: [],
    committedPoints: 10,
    personDays: 20,
    pointsPerPersonDay: 1,
    forecastPoints: 20,
    bufferPercent: 20,
    bufferPoints: 4,
    plannablePoints: 16,
  };
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active', commitment });
  const ran = (members: ReturnType<typeof member>[], today: string) =>
    personDaysRan(s, members, settings, emptyTeamCalendar(), today);

  it('are those it was committed on when it closes on or after its last date, or before its first', () => {
    const team = [member('Ana'), member('Bo')];
    expect([ran(team, '2026-11-13'), ran(team, '2026-11-20'), ran(team, '2026-11-01')]).toEqual([20, 20, 20]);
  });

  it('keep the basis it was committed on when the team changed since: their share of the days it ran', () => {
    // Three people today, two at the start: 4 of its 10 working days ran, 4/10 of the 20 committed.
    expect(ran([member('Ana'), member('Bo'), member('Cy')], '2026-11-05')).toBe(8);
    // No one left on the team: the share of working days it ran.
    expect(ran([], '2026-11-05')).toBe(8);
  });
});
