import { describe, expect, it } from 'vitest';
import { interruptHoursText } from '../../../src/domain/planning/buffer';
import { item, itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/** Hours are shown with two decimals: a size under 0.01 h would read "0 h" on the card. */
describe('an interrupt sized in fewer hours than the board shows', () => {
  it('is refused by the api with a message naming the smallest accepted, and nothing is logged', async () => {
    const b = await inProcessApi({ now: () => new Date('2026-11-10T10:00:00.000Z') });
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    const planned = (await b.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
    await b.api.planItem({ teamId, sprintId, itemId: planned });
    await b.api.startSprint({ teamId, sprintId });
    const log = (hours: number) =>
      b.api.logInterrupt({ teamId, interrupt: { title: 'Page acknowledged', severity: 'sev4', hours } });

    await expect(log(0.004)).rejects.toThrow(/Hours must be at least 0\.01\./);
    expect((await b.api.getTeam({ teamId })).items.map((i) => i.title)).toEqual(['Upgrade Postgres']);
    const { item: logged } = await log(0.01);
    expect(interruptHoursText(logged)).toBe('0.01 h');
  });

  it('reads "under 0.01 h", not "0 h", for one stored before the rule', () => {
    const stored = item('Page acknowledged', {
      unplanned: true,
      interrupt: { key: '', severity: 'sev4', hours: 0.004, takenBy: null, loggedAt: '2026-11-10T10:00:00.000Z' },
    });
    expect(interruptHoursText(stored)).toBe('under 0.01 h');
  });
});
