import { describe, expect, it } from 'vitest';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { member, sprint } from '../../helpers/fixtures';
import { closedSprint as closed } from './closed-sprint';

describe('"the last N closed sprints" means the same sprints for velocity and the buffer suggestion', () => {
  it('skips a sprint closed with 0 person-days in both', () => {
    const settings = { ...defaultTeamSettings(newId), velocityWindow: 2, bufferPercent: 20 };
    const history = [
      closed('S1', '2026-09-21', 10, 10, 10),
      closed('S2', '2026-10-05', 20, 0, 10),
      // Everyone was away: no person-days, so no velocity to learn; its 20 unplanned points are not averaged either.
      closed('S3', '2026-10-19', 0, 20, 0),
    ];
    const c = sprintCapacity(
      sprint({ startDate: '2026-11-02', endDate: '2026-11-13' }),
      [member('Ana')],
      settings,
      history,
      emptyTeamCalendar(),
    );
    expect(c.velocity.sprints.map((s) => s.name)).toEqual(['S1', 'S2']);
    // S1 and S2: 10 unplanned of 40 completed points.
    expect(c.suggestedBufferPercent).toBe(25);
  });
});
