import { describe, expect, it } from 'vitest';
import { sprintFacts } from '../../../src/domain/retro/facts';
import { factRows } from '../../../src/domain/retro/export/facts';
import { inProcessApi } from '../../helpers/in-process-api';
import { itemFields } from '../../helpers/fixtures';

/** The hours of the interrupts a sprint logged, as the "Sprint facts" phase and every export write them. */
describe('interrupt hours in the sprint facts', () => {
  it('adds up hours typed with decimals as the team reads them (0.6 h + 0.3 h is 0.9 h)', async () => {
    let clock = new Date('2026-11-02T08:00:00.000Z');
    const b = await inProcessApi({ now: () => clock });
    const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
    await b.api.updateTeamSettings({ teamId, settings: { timeZone: 'UTC' } });
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const sprint = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!;
    const patch = await b.api.createItem({ teamId, item: itemFields('Patch', { description: 'd', points: 3 }) });
    await b.api.planItem({ teamId, sprintId: sprint.id, itemId: patch.id });
    await b.api.startSprint({ teamId, sprintId: sprint.id });
    clock = new Date('2026-11-03T10:00:00.000Z');
    for (const [title, hours] of [
      ['Cert expiry alert', 0.6],
      ['VPN flaps', 0.3],
    ] as const) {
      await b.api.logInterrupt({ teamId, interrupt: { title, severity: 'sev3', points: null, hours } });
    }
    const team = b.store.snapshot().teams[0]!;
    const facts = sprintFacts({
      sprint: team.sprints[0]!,
      sprints: team.sprints,
      items: team.items,
      definitionOfReady: [],
      settings: team.settings,
      blockersRaised: null,
      standupOvertimeMs: null,
    });
    expect(facts.interrupts.hours).toBe(0.9);
    const logged = factRows(facts).find(([label]) => label === 'Interrupts logged')?.[1];
    expect(logged).toMatch(/^2 · .* · 0\.9 h$/);
    await b.store.close();
  });
});
