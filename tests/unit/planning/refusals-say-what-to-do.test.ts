import { afterEach, describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { errorOf, inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * A refusal says what happened and what to do instead. None says "reload": the screens catch up by themselves, and
 * the command line and the phones have nothing to reload.
 */
let b: InProcessApi | null = null;
afterEach(async () => {
  await b?.store.close();
  b = null;
});

/** Platform with Ada, and Sprint 1 (2–13 Nov 2026) with one item planned; today is its first day. */
async function platform() {
  b = await inProcessApi({ now: () => new Date('2026-11-02T09:00:00.000Z') });
  const api = b.api;
  const teamId = (await api.createTeam({ name: 'Platform' })).id;
  const ada = await api.addMember({
    teamId,
    member: { name: 'Ada', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
  });
  const sprintId = (
    await api.createSprint({
      teamId,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    })
  ).sprints[0]!.id;
  const planned = (await api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
  await api.planItem({ teamId, sprintId, itemId: planned });
  const team = async () => api.getTeam({ teamId });
  return { api, teamId, sprintId, adaId: ada.id, team };
}

describe('a calendar entry removed on another screen', () => {
  it('refuses an edit of it: it was removed, add it again if needed; nothing else is touched', async () => {
    const { api, teamId, sprintId, team } = await platform();
    const added = await api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Veterans Day' } });
    const entryId = added.calendar!.holidays[0]!.id;
    await api.removeCalendarEntry({ teamId, sprintId, kind: 'holidays', entryId });

    const message = await errorOf(
      api.updateHoliday({ teamId, sprintId, entryId, holiday: { date: '2026-11-11', name: 'Veterans Day (US)' } }),
    );
    expect(message).not.toMatch(/reload/i);
    expect(message).toMatch(/removed/);
    expect(message).toMatch(/add it again/i);
    expect((await team()).calendar.holidays).toEqual([]);
  });

  it('refuses to remove it twice, saying it is already gone, for team and sprint entries alike', async () => {
    const { api, teamId, sprintId, adaId } = await platform();
    const holiday = (await api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Veterans Day' } }))
      .calendar!.holidays[0]!.id;
    const timeOff = (
      await api.addTimeOff({
        teamId,
        sprintId,
        range: { memberId: adaId, startDate: '2026-11-05', endDate: '2026-11-06' },
      })
    ).sprints[0]!.timeOff[0]!.id;
    for (const [kind, entryId] of [
      ['holidays', holiday],
      ['timeOff', timeOff],
    ] as const) {
      await api.removeCalendarEntry({ teamId, sprintId, kind, entryId });
      const message = await errorOf(api.removeCalendarEntry({ teamId, sprintId, kind, entryId }));
      expect(message).not.toMatch(/reload/i);
      expect(message).toMatch(/already removed/);
    }
  });
});

describe('a person no longer on the team', () => {
  it('given time off: refused, pick someone else', async () => {
    const { api, teamId, sprintId, adaId } = await platform();
    await api.removeMember({ teamId, memberId: adaId });
    const message = await errorOf(
      api.addTimeOff({ teamId, sprintId, range: { memberId: adaId, startDate: '2026-11-05', endDate: '2026-11-06' } }),
    );
    expect(message).not.toMatch(/reload/i);
    expect(message).toMatch(/pick someone else/i);
  });

  it('named as who took an interrupt: refused, pick someone else, and nothing is logged', async () => {
    const { api, teamId, sprintId, adaId, team } = await platform();
    await api.startSprint({ teamId, sprintId });
    await api.removeMember({ teamId, memberId: adaId });
    const message = await errorOf(
      api.logInterrupt({
        teamId,
        interrupt: { title: 'Paged for INC-2041', severity: 'sev2', hours: 2, takenBy: adaId },
      }),
    );
    expect(message).not.toMatch(/reload/i);
    expect(message).toMatch(/pick someone else/i);
    expect((await team()).items.map((i) => i.title)).toEqual(['Upgrade Postgres']);
  });
});

describe('a ticked Definition of Ready entry the team no longer has', () => {
  it('is refused without "reload", saying it was removed and what to do, and the item keeps its ticks', async () => {
    const { api, teamId, team } = await platform();
    const itemId = (await team()).items[0]!.id;
    const message = await errorOf(api.updateItem({ teamId, itemId, changes: { readyChecks: ['removed-entry'] } }));
    expect(message).not.toMatch(/reload/i);
    expect(message).toMatch(/removed from the team’s Definition of Ready/);
    expect((await team()).items[0]!.readyChecks).toEqual([]);
  });
});

describe('closing a sprint with a choice for work that is no longer unfinished unplanned work', () => {
  it('is refused without "reload": nothing was changed, and the sprint stays open', async () => {
    const { api, teamId, sprintId, team } = await platform();
    await api.startSprint({ teamId, sprintId });
    const { item } = await api.logInterrupt({
      teamId,
      interrupt: { title: 'Paged for INC-2041', severity: 'sev2', hours: 2 },
    });
    // Finished on another screen while the close dialog was open.
    await api.moveBoardCard({ teamId, itemId: item.id, status: 'done' });
    const message = await errorOf(
      api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog', unplannedTo: { [item.id]: 'backlog' } }),
    );
    expect(message).not.toMatch(/reload/i);
    expect(message).toMatch(/Nothing was changed/);
    expect((await team()).sprints[0]!.state).toBe('active');
  });
});

describe('a closed sprint', () => {
  async function closed() {
    const p = await platform();
    await p.api.startSprint({ teamId: p.teamId, sprintId: p.sprintId });
    await p.api.closeSprint({ teamId: p.teamId, sprintId: p.sprintId, incompleteTo: 'backlog' });
    return p;
  }

  it('refuses a change of its calendar, saying nothing was changed', async () => {
    const { api, teamId, sprintId, team } = await closed();
    const message = await errorOf(
      api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Veterans Day' } }),
    );
    expect(message).toMatch(/is closed/);
    expect(message).toMatch(/Nothing was changed\.$/);
    expect((await team()).calendar.holidays).toEqual([]);
  });

  it('refuses to delete it, saying it is closed (not that it "has started"), and that nothing was changed', async () => {
    const { api, teamId, sprintId, team } = await closed();
    const message = await errorOf(api.deleteSprint({ teamId, sprintId }));
    expect(message).toMatch(/“Sprint 1” is closed/);
    expect(message).not.toMatch(/has started/);
    expect(message).toMatch(/Nothing was changed\.$/);
    expect((await team()).sprints.map((s) => s.name)).toEqual(['Sprint 1']);
  });

  it('refuses an edit of its name or goal, saying nothing was changed', async () => {
    const { api, teamId, sprintId, team } = await closed();
    const message = await errorOf(
      api.updateSprint({
        teamId,
        sprintId,
        sprint: { name: 'Sprint 1', goal: 'Rewritten afterwards', startDate: '2026-11-02', endDate: '2026-11-13' },
      }),
    );
    expect(message).toMatch(/is closed/);
    expect(message).toMatch(/Nothing was changed\.$/);
    expect((await team()).sprints[0]!.goal).toBe('');
  });
});
