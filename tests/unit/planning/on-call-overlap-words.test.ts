import { describe, expect, it } from 'vitest';
import { errorOf, inProcessApi } from '../../helpers/in-process-api';

/**
 * A shift over days the member is already on call was refused with "change that shift instead", but a shift cannot
 * be changed: the Calendar tab lists each with Remove only, and the command line has no such command. The refusal
 * says what can be done.
 */
describe('an on-call shift over a shift the member already has', () => {
  it('is refused, saying the shift is to be removed and added again, and nothing is added', async () => {
    const b = await inProcessApi({ now: () => new Date('2026-11-01T10:00:00.000Z') });
    const team = await b.api.createTeam({ name: 'Platform' });
    const ana = (
      await b.api.addMember({
        teamId: team.id,
        member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
      })
    ).id;
    const created = await b.api.createSprint({
      teamId: team.id,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    });
    const sprintId = created.sprints[0]!.id;
    await b.api.addOnCall({
      teamId: team.id,
      sprintId,
      range: { memberId: ana, startDate: '2026-11-02', endDate: '2026-11-06' },
    });

    const refused = await errorOf(
      b.api.addOnCall({
        teamId: team.id,
        sprintId,
        range: { memberId: ana, startDate: '2026-11-05', endDate: '2026-11-09' },
      }),
    );
    expect(refused).toMatch(/^Ana is already on call Mon 2 Nov – Fri 6 Nov/);
    expect(refused).not.toMatch(/change that shift/);
    expect(refused).toMatch(/remove it/);
    const stored = b.store.snapshot().teams.find((t) => t.id === team.id)?.sprints[0]?.onCall;
    expect(stored?.map((s) => [s.startDate, s.endDate])).toEqual([['2026-11-02', '2026-11-06']]);
  });
});
