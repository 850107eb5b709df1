import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/domain/review/report-model';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

const NOW = new Date('2026-11-10T10:00:00.000Z');

/** Sprint 1 runs with a planned item and two interrupts; Sprint 2 is planned after it. */
async function running() {
  const b = await inProcessApi({ now: () => NOW });
  const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  const sprint = (name: string, startDate: string, endDate: string) =>
    b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } });
  const sprintId = (await sprint('Sprint 1', '2026-11-02', '2026-11-13')).sprints[0]!.id;
  const nextId = (await sprint('Sprint 2', '2026-11-16', '2026-11-27')).sprints[0]!.id;
  const planned = (await b.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
  await b.api.planItem({ teamId, sprintId, itemId: planned });
  await b.api.startSprint({ teamId, sprintId });
  const logged = async (title: string) =>
    (await b.api.logInterrupt({ teamId, interrupt: { title, severity: 'sev2', hours: 3 } })).item.id;
  await logged('VPN cert expired');
  const flaky = await logged('Flaky backup job');
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  return { b, teamId, sprintId, nextId, flaky, team };
}

describe('what a closed sprint carried over, once an item dropped at its close is planned again', () => {
  it('still leaves the dropped item out: the review’s list and its report name only what the close moved on', async () => {
    const { b, teamId, sprintId, nextId, flaky, team } = await running();
    await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'next_sprint', unplannedTo: { [flaky]: 'drop' } });
    // The team wants the dropped interrupt after all: it takes it into the next sprint.
    await b.api.planItem({ teamId, sprintId: nextId, itemId: flaky });

    const closed = team().sprints.find((s) => s.id === sprintId)!;
    const review = await b.api.createReview({ teamId, sprintId });
    const model = buildReportModel({
      teamName: 'Platform',
      sprint: closed,
      items: team().items,
      members: team().members,
      review,
      settings: team().settings,
    });
    expect(model.figures.carriedOver?.map((c) => c.title)).toEqual(['Upgrade Postgres', 'VPN cert expired']);
    expect(reportToMarkdown(model)).not.toContain('Flaky backup job');
  });
});
