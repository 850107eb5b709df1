import { describe, expect, it } from 'vitest';
import { planWarnings } from '../../../renderer/screens/planning/plan-warnings';
import type { ChangeWindow } from '../../../src/domain/planning/schema';
import type { TeamCalendar } from '../../../src/domain/planning/team-calendar';
import { newId } from '../../../src/domain/shared/new-id';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { item, sprint } from '../../helpers/fixtures';

// An active sprint, Mon 7 – Fri 18 Dec 2026, with a window on Tuesday night and one on Thursday night a week on.
const active = sprint({ name: 'Sprint 13', startDate: '2026-12-07', endDate: '2026-12-18', state: 'active' });
const night = (id: string, name: string, day: string): ChangeWindow => ({
  id,
  name,
  kind: 'window',
  start: `2026-12-${day}T22:00:00.000Z`,
  end: `2026-12-${day}T23:30:00.000Z`,
});
const calendar: TeamCalendar = {
  holidays: [],
  changeWindows: [night('tue', 'Tue night', '08'), night('thu', 'Thu night', '17')],
};
const settings = { ...defaultTeamSettings(newId), changeWindowLimit: 2 };
const changes = (n: number) =>
  Array.from({ length: n }, (_, i) => item(`Change ${i + 1}`, { sprintId: active.id, needsChangeWindow: true }));

const windowWarnings = (n: number, today: string, s = active) => {
  const items = changes(n);
  return planWarnings(items, s, settings, calendar, { sprints: [s], items }, today)
    .filter((w) => w.key.startsWith('cw-'))
    .map((w) => w.text);
};

describe('a change window that has passed takes no more changes', () => {
  it('counts only the windows from today on against the limit', () => {
    // Before either window: 2 windows take the 4 changes.
    expect(windowWarnings(4, '2026-12-07')).toEqual([]);
    // Tuesday's window is gone: 4 changes left for one window that takes 2.
    expect(windowWarnings(4, '2026-12-10')).toEqual([
      "4 items need a change window; the sprint's 1 window still to come takes 2 (2 per window). Add a window on the Calendar tab or move 2 items to another sprint.",
    ]);
    // On the day of Thursday's window it still counts.
    expect(windowWarnings(2, '2026-12-17')).toEqual([]);
  });

  it('says the windows have passed when none is left, not that the sprint has none', () => {
    expect(windowWarnings(1, '2026-12-18')).toEqual([
      "“Change 1” needs a change window, but this sprint's change windows have passed. Add one on the Calendar tab, or move it to another sprint.",
    ]);
  });

  it('counts every window of a sprint not started yet: it is planned for its dates as a whole', () => {
    expect(windowWarnings(4, '2026-12-18', { ...active, state: 'planned' })).toEqual([]);
  });
});
