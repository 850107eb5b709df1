import { describe, expect, it } from 'vitest';
import { sprintFacts } from '../../../src/domain/retro/facts';
import type { ChecklistEntry } from '../../../src/domain/team/schema';
import { inProcessApi } from '../../helpers/in-process-api';
import { itemFields } from '../../helpers/fixtures';

const READY: ChecklistEntry[] = [{ id: 'dor-ac', text: 'Has acceptance criteria', rule: 'has_acceptance_criteria' }];

/**
 * "Items that missed the Definition of Ready" in the retro's sprint facts, on data made by the real api: the
 * retro is usually held once the sprint is closed, after the close has carried its unfinished items on.
 */
describe('items that missed the Definition of Ready in the sprint facts', () => {
  it('still lists, once the sprint is closed, the planned items that missed it and were carried on', async () => {
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
    const plan = async (title: string, criteria: string[]) => {
      const acceptanceCriteria = criteria.map((text, i) => ({ id: `ac-${title.length}-${i}`, text, done: false }));
      const item = await b.api.createItem({ teamId, item: itemFields(title, { points: 3, acceptanceCriteria }) });
      await b.api.planItem({ teamId, sprintId: s1.id, itemId: item.id });
      return item;
    };
    const ready = await plan('Rotate TLS certs', ['All certs renewed']);
    const vague = await plan('Make alerts better', []);
    const vagueDone = await plan('Tidy dashboards', []);
    await b.api.startSprint({ teamId, sprintId: s1.id });
    clock = new Date('2026-11-10T10:00:00.000Z');
    await b.api.moveBoardCard({ teamId, itemId: ready.id, status: 'done' });
    await b.api.moveBoardCard({ teamId, itemId: vagueDone.id, status: 'done' });

    const missed = (sprintId: string) => {
      const team = b.store.snapshot().teams[0]!;
      return sprintFacts({
        sprint: team.sprints.find((s) => s.id === sprintId)!,
        sprints: team.sprints,
        items: team.items,
        definitionOfReady: READY,
        settings: team.settings,
        blockersRaised: null,
        standupOvertimeMs: null,
      }).missedReady.map((m) => m.title);
    };
    expect(missed(s1.id)).toEqual([vague.title, vagueDone.title]);

    clock = new Date('2026-11-13T16:00:00.000Z');
    await b.api.closeSprint({ teamId, sprintId: s1.id, incompleteTo: 'next_sprint', unplannedTo: {} });
    expect(b.store.snapshot().teams[0]!.items.find((i) => i.id === vague.id)?.sprintId).toBe(s2.id);

    // The closed sprint's retro asks about the sprint that was: the vague item carried on still missed it there.
    expect(missed(s1.id)).toEqual([vague.title, vagueDone.title]);
    await b.store.close();
  });
});
