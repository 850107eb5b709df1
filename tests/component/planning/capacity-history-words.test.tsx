import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CapacityPanel } from '../../../renderer/screens/planning/CapacityPanel';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { member, sprint } from '../../helpers/fixtures';
import { closedSprint as closed } from '../../unit/planning/closed-sprint';
import type { Sprint } from '../../../src/domain/planning/schema';

const settings = { ...defaultTeamSettings(newId), velocityWindow: 3, bufferPercent: 20 };
const next = sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });

function showCapacity(history: Sprint[]) {
  const c = sprintCapacity(next, [member('Ana')], settings, history, emptyTeamCalendar());
  render(<CapacityPanel capacity={c} settings={settings} sprint={next} />);
}

const text = (term: string) => screen.getByText(term).nextElementSibling?.textContent ?? '';

describe('the capacity panel says what history it learned from', () => {
  it('says no sprint was closed only when none was', () => {
    showCapacity([]);
    expect(text('Interrupt buffer')).toMatch(/History suggests: nothing yet, no sprint closed before this one\.$/);
  });

  it('says the closed sprints completed no points, not that none was closed', () => {
    showCapacity([closed('Sprint 1', '2026-10-05', 0, 0, 10), closed('Sprint 2', '2026-10-19', 0, 0, 10)]);
    const buffer = text('Interrupt buffer');
    expect(buffer).not.toMatch(/no sprint closed/);
    expect(buffer).toMatch(/History suggests: nothing yet, Sprint 1 and Sprint 2 completed no points\.$/);
  });

  it('names the sprints the suggestion averaged, even when fewer than the window are closed', () => {
    showCapacity([closed('Sprint 1', '2026-10-19', 15, 5, 10)]);
    expect(text('Interrupt buffer')).toMatch(
      /History suggests 25%: the share of completed points unplanned work took in Sprint 1\.$/,
    );
  });

  it('does not ask for more sprints to close when they are closed but had no person-days', () => {
    showCapacity([
      closed('Sprint 1', '2026-09-21', 10, 0, 10),
      closed('Sprint 2', '2026-10-05', 10, 0, 0),
      closed('Sprint 3', '2026-10-19', 10, 0, 0),
    ]);
    expect(text('Points per person-day')).toBe(
      "1: the team's starting value, until 3 sprints are closed with person-days to learn from (1 so far; 2 closed with 0 person-days)",
    );
  });
});
