import { describe, expect, it } from 'vitest';
import { planWarnings } from '../../../renderer/screens/planning/plan-warnings';
import type { ChangeWindow } from '../../../src/domain/planning/schema';
import type { TeamCalendar } from '../../../src/domain/planning/team-calendar';
import { newId } from '../../../src/domain/shared/new-id';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { item, sprint } from '../../helpers/fixtures';

/**
 * "Falls in a freeze" says which working days of the sprint (as capacity counts them: the team's working weekdays
 * less holidays) the freeze covers, so a freeze over the sprint's last day does not read as one over the sprint.
 */

const settings = { ...defaultTeamSettings(newId), timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5] };
const yearEnd: ChangeWindow = {
  id: 'fz',
  name: 'Year end',
  kind: 'freeze',
  start: '2026-12-11T00:00:00.000Z',
  end: '2027-01-04T00:00:00.000Z',
};
const BEFORE = '2026-11-20';

function freezeWarning(startDate: string, endDate: string, calendar: TeamCalendar): string | undefined {
  const s = sprint({ name: 'Sprint 24', startDate, endDate });
  const patch = item('Patch kernels', { sprintId: s.id, needsChangeWindow: true, points: 3 });
  return planWarnings([patch], s, settings, calendar, { sprints: [s], items: [patch] }, BEFORE).find(
    (w) => w.key === `cw-${patch.id}`,
  )?.text;
}

describe('the "falls in a freeze" warning', () => {
  it('names the one working day of the sprint the freeze covers', () => {
    // Sprint 24: Mon 30 Nov – Fri 11 Dec; the freeze starts on its last day.
    const text = freezeWarning('2026-11-30', '2026-12-11', { holidays: [], changeWindows: [yearEnd] });
    expect(text).toMatch(
      /^“Patch kernels” needs a change, but 1 working day of this sprint \(Fri 11 Dec( 2026)?\) falls in the freeze “Year end” and the sprint has no change window outside it\. Plan it after the freeze, or add a window on the Calendar tab\.$/,
    );
  });

  it('counts working days as capacity does: no weekend, no holiday', () => {
    // Sprint 25: Mon 7 – Fri 18 Dec, Fri 18 Dec a holiday; the freeze from Thu 10 Dec.
    const from10: ChangeWindow = { ...yearEnd, start: '2026-12-10T00:00:00.000Z' };
    const staffDay = { id: 'h', date: '2026-12-18', name: 'Staff day' };
    const text = freezeWarning('2026-12-07', '2026-12-18', { holidays: [staffDay], changeWindows: [from10] });
    expect(text).toMatch(
      /6 working days of this sprint \(Thu 10 Dec – Fri 11 Dec( 2026)? and Mon 14 Dec – Thu 17 Dec( 2026)?\) fall in the freeze “Year end”/,
    );
  });

  it('names each freeze the sprint touches, with its days, when there are two', () => {
    // Sprint 24: Mon 30 Nov – Fri 11 Dec; a one-day audit freeze on Wed 2 Dec, and the year end from Fri 11 Dec.
    const audit: ChangeWindow = {
      id: 'fz-audit',
      name: 'Audit',
      kind: 'freeze',
      start: '2026-12-02T00:00:00.000Z',
      end: '2026-12-03T00:00:00.000Z',
    };
    // Entered later than the year end: the warning still names them in date order.
    const text = freezeWarning('2026-11-30', '2026-12-11', { holidays: [], changeWindows: [yearEnd, audit] });
    expect(text).toMatch(
      /^“Patch kernels” needs a change, but 1 working day of this sprint \(Wed 2 Dec( 2026)?\) falls in the freeze “Audit” and 1 working day of this sprint \(Fri 11 Dec( 2026)?\) falls in the freeze “Year end”, and the sprint has no change window outside them\. Plan it after the freezes, or add a window on the Calendar tab\.$/,
    );
  });

  it("leaves out a freeze over none of the sprint's working days when naming the others", () => {
    // A freeze over Sat 5 – Sun 6 Dec covers no working day of the sprint: only the year end is named.
    const weekend: ChangeWindow = {
      id: 'fz-weekend',
      name: 'Weekend DC move',
      kind: 'freeze',
      start: '2026-12-05T00:00:00.000Z',
      end: '2026-12-07T00:00:00.000Z',
    };
    const text = freezeWarning('2026-11-30', '2026-12-11', { holidays: [], changeWindows: [weekend, yearEnd] });
    expect(text).not.toContain('Weekend DC move');
    expect(text).toContain('falls in the freeze “Year end” and the sprint has no change window outside it.');
  });
});
