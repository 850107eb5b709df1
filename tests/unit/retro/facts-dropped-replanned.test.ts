import { describe, expect, it } from 'vitest';
import { sprintFacts } from '../../../src/domain/retro/facts';
import { sprintFigures } from '../../../src/domain/review/sprint-figures';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import { inProcessApi } from '../../helpers/in-process-api';
import { itemFields } from '../../helpers/fixtures';

const READY: ChecklistEntry[] = [{ id: 'dor-ac', text: 'Has acceptance criteria', rule: 'has_acceptance_criteria' }];

/**
 * An interrupt the close dropped ("Drop it") and the team planned again since is no planned item of the closed
 * sprint: the retro's "missed the Definition of Ready" list agrees with what the review counts as carried over.
 */
describe('sprint facts of a closed sprint whose dropped interrupt was planned again', () => {
  it('lists the carried-on planned item that missed the Definition of Ready, not the dropped interrupt', async () => {
    let clock = new Date('2026-11-02T08:00:00.000Z');
    const b = await inProcessApi({ now: () => clock });
    const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
    await b.api.updateTeamSettings({ teamId, settings: { timeZone: 'UTC' } });
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const sprintNamed = async (name: string, startDate: string, endDate: string) =>
      (await b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } })).sprints.find(
        (s) => s.name === name,
      )!;
    const s1 = await sprintNamed('Sprint 1', '2026-11-02', '2026-11-13');
    const s2 = await sprintNamed('Sprint 2', '2026-11-16', '2026-11-27');
    const vague = await b.api.createItem({ teamId, item: itemFields('Make alerts better', { points: 3 }) });
    await b.api.planItem({ teamId, sprintId: s1.id, itemId: vague.id });
    await b.api.startSprint({ teamId, sprintId: s1.id });
    clock = new Date('2026-11-04T10:00:00.000Z');
    const flaps = (
      await b.api.logInterrupt({ teamId, interrupt: { title: 'VPN flaps', severity: 'sev3', points: 2, hours: null } })
    ).item;

    clock = new Date('2026-11-13T16:00:00.000Z');
    await b.api.closeSprint({
      teamId,
      sprintId: s1.id,
      incompleteTo: 'next_sprint',
      unplannedTo: { [flaps.id]: 'drop' },
    });
    // The team wants the dropped interrupt after all, and plans it into the next sprint.
    await b.api.planItem({ teamId, sprintId: s2.id, itemId: flaps.id });

    const team = b.store.snapshot().teams[0]!;
    const closed = team.sprints.find((s) => s.id === s1.id)!;
    const facts = sprintFacts({
      sprint: closed,
      sprints: team.sprints,
      items: team.items,
      definitionOfReady: READY,
      settings: team.settings,
      blockersRaised: null,
      standupOvertimeMs: null,
    });
    expect(facts.missedReady.map((m) => m.title)).toEqual([vague.title]);
    // The review of the same sprint carries over the planned item alone.
    const review = sprintFigures(closed, team.items, team.settings);
    expect(review.carriedOver?.map((c) => c.title)).toEqual([vague.title]);
    await b.store.close();
  });
});
