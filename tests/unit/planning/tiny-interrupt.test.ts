import { describe, expect, it } from 'vitest';
import { bufferGauge, bufferUsedPoints } from '../../../src/domain/board/buffer';
import { pointsFigure } from '../../../src/domain/shared/words';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/** A logged interrupt always shows on the buffer, however short: 0.01 h must not read "0 pts used". */
describe('an interrupt of a few seconds', () => {
  it('burns at least 0.01 points of the buffer, on the gauge and in the scope log', async () => {
    const b = await inProcessApi({ now: () => new Date('2026-11-10T10:00:00.000Z') });
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    const planned = (await b.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
    await b.api.planItem({ teamId, sprintId, itemId: planned });
    await b.api.startSprint({ teamId, sprintId });

    const { sprint } = await b.api.logInterrupt({
      teamId,
      interrupt: { title: 'Page acknowledged', severity: 'sev4', hours: 0.01 },
    });
    const team = await b.api.getTeam({ teamId });
    const used = bufferUsedPoints(team.items, sprint, team.settings);
    const gauge = bufferGauge(sprint.commitment!.bufferPoints, used);
    expect(pointsFigure(gauge.used)).toBe('0.01 pts');
    expect(sprint.scopeChanges.at(-1)?.pointsAfter).toBe(0.01);
  });
});
