import { describe, expect, it } from 'vitest';
import { sprintFacts, type SprintFacts } from '../../../src/domain/retro/facts';
import { inProcessApi } from '../../helpers/in-process-api';
import { itemFields } from '../../helpers/fixtures';

/**
 * "Interrupts logged" in the retro's sprint facts, on data made by the real api: the interrupts logged
 * while a sprint ran, sized as the buffer sizes them, before and after the close carries one of them on.
 */
describe('interrupts logged in the sprint facts', () => {
  it('keeps the interrupts a sprint logged after its close, sized in hours too, and the next sprint does not count them', async () => {
    let clock = new Date('2026-11-02T08:00:00.000Z');
    const b = await inProcessApi({ now: () => clock });
    const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
    await b.api.updateTeamSettings({ teamId, settings: { timeZone: 'UTC' } });
    for (const name of ['Ana', 'Bo']) {
      await b.api.addMember({ teamId, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    }
    const sprintNamed = async (name: string, startDate: string, endDate: string) =>
      (await b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } })).sprints.find(
        (s) => s.name === name,
      )!;
    const s1 = await sprintNamed('Sprint 1', '2026-11-02', '2026-11-13');
    const s2 = await sprintNamed('Sprint 2', '2026-11-16', '2026-11-27');
    const patch = await b.api.createItem({
      teamId,
      item: itemFields('Patch', { description: 'd', points: 3 }),
    });
    await b.api.planItem({ teamId, sprintId: s1.id, itemId: patch.id });
    await b.api.startSprint({ teamId, sprintId: s1.id });

    clock = new Date('2026-11-03T10:00:00.000Z');
    const log = async (title: string, size: { points: number | null; hours: number | null }) =>
      (await b.api.logInterrupt({ teamId, interrupt: { title, severity: 'sev3', ...size } })).item;
    const disk = await log('Disk full db-3', { points: 3, hours: null });
    const cert = await log('Cert expiry alert', { points: null, hours: 6 });
    const vpn = await log('VPN flaps', { points: null, hours: 12 });
    await b.api.moveBoardCard({ teamId, itemId: disk.id, status: 'done' });
    await b.api.moveBoardCard({ teamId, itemId: vpn.id, status: 'done' });

    // As the retro's facts phase reads them: the team's items and sprints.
    const facts = (sprintId: string): SprintFacts => {
      const team = b.store.snapshot().teams[0]!;
      return sprintFacts({
        sprint: team.sprints.find((s) => s.id === sprintId)!,
        sprints: team.sprints,
        items: team.items,
        definitionOfReady: [],
        settings: team.settings,
        blockersRaised: null,
        standupOvertimeMs: null,
      });
    };

    const running = facts(s1.id);
    // 3 points, and 6 h + 12 h at the sprint's rate: the same size the buffer gauge gives them.
    expect(running.interrupts).toEqual({ count: 3, points: running.bufferUsedPoints, hours: 18 });
    expect(running.interrupts.points).toBeGreaterThan(3);

    clock = new Date('2026-11-13T16:00:00.000Z');
    await b.api.closeSprint({
      teamId,
      sprintId: s1.id,
      incompleteTo: 'backlog',
      unplannedTo: { [cert.id]: 'next_sprint' },
    });
    expect(b.store.snapshot().teams[0]!.items.find((i) => i.id === cert.id)?.sprintId).toBe(s2.id);

    expect(facts(s1.id).interrupts).toEqual(running.interrupts);
    expect(facts(s1.id).bufferUsedPoints).toBe(running.interrupts.points);
    expect(facts(s2.id).interrupts).toEqual({ count: 0, points: 0, hours: 0 });
    await b.store.close();
  });
});
