import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CapacityPanel } from '../../../renderer/screens/planning/CapacityPanel';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { member, sprint } from '../../helpers/fixtures';
import { closedSprint as closed } from '../../unit/planning/closed-sprint';

const settings = { ...defaultTeamSettings(newId), velocityWindow: 3, bufferPercent: 20 };
const next = sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });
const buffer = () => screen.getByText('Interrupt buffer').nextElementSibling?.textContent ?? '';

/** The buffer can be at most 90%: a suggestion capped there must not claim unplanned work took only 90%. */
describe('the buffer suggestion after an incident sprint', () => {
  it('says unplanned work took all the completed points, and that 90% is as high as the buffer goes', () => {
    // Sprint 7 did nothing it planned: the whole sprint went to the incident.
    const c = sprintCapacity(
      next,
      [member('Ana')],
      settings,
      [closed('Sprint 7', '2026-10-19', 0, 12, 10)],
      emptyTeamCalendar(),
    );
    expect(c.suggestedBufferPercent).toBe(90);
    render(<CapacityPanel capacity={c} settings={settings} sprint={next} />);
    expect(buffer()).toMatch(
      /History suggests 90%, the most the buffer can be: unplanned work took 100% of the completed points in Sprint 7\.$/,
    );
    expect(buffer()).not.toMatch(/suggests 90%: the share/);
  });

  it('keeps the plain words when the share is under the limit', () => {
    const c = sprintCapacity(
      next,
      [member('Ana')],
      settings,
      [closed('Sprint 7', '2026-10-19', 1, 9, 10)],
      emptyTeamCalendar(),
    );
    render(<CapacityPanel capacity={c} settings={settings} sprint={next} />);
    expect(buffer()).toMatch(/History suggests 90%: the share of completed points unplanned work took in Sprint 7\.$/);
  });
});
