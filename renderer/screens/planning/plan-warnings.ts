import { readiness, unmetText } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { countedDates } from '../../../src/domain/planning/capacity';
import { changeWindowWarnings, sprintsSharingWindows } from '../../../src/domain/planning/change-windows';
import { aheadFrom } from '../../../src/domain/planning/sprint-entries';
import type { Sprint } from '../../../src/domain/planning/schema';
import { calendarOfSprint, type TeamCalendar } from '../../../src/domain/planning/team-calendar';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { plural, pluralWord } from '../../../src/domain/shared/words';
import { onScreen } from '../../components/dates';

export interface PlanWarning {
  key: string;
  text: string;
}

/**
 * Definition of Ready, missing estimates and change windows, for the sprint's work not done yet (a done item
 * needs no window any more, as sprintsSharingWindows counts another sprint's). Readiness is asked of planned
 * work only: unplanned work (interrupts) arrives without it. An item has no estimate when it has no points
 * and, for unplanned work, no interrupt hours either (what unplannedItemPoints converts). Windows
 * and freezes come from the team calendar (the ones touching the sprint), so a freeze entered in the sprint
 * before counts here too; a window another sprint also touches takes that sprint's changes too (`team`: the
 * team's sprints and items). In an active sprint a window that has passed (before `today`, the team's date)
 * takes no more changes (`aheadFrom`).
 */
export function planWarnings(
  items: readonly BacklogItem[],
  sprint: Sprint,
  settings: TeamSettings,
  calendar: TeamCalendar,
  team: { sprints: readonly Sprint[]; items: readonly BacklogItem[] },
  today: string,
): PlanWarning[] {
  const out: PlanWarning[] = [];
  const open = items.filter((i) => i.status !== 'done');
  for (const item of open.filter((i) => !i.unplanned)) {
    const r = readiness(item, settings.definitionOfReady);
    if (!r.ready)
      out.push({
        key: `dor-${item.id}`,
        text: `"${item.title}" is not ready: Definition of Ready ${unmetText(r.missing)}.`,
      });
  }
  const { changeWindows } = calendarOfSprint(calendar, sprint, settings.timeZone);
  const { timeZone, changeWindowLimit } = settings;
  const sharing = sprintsSharingWindows(sprint, team.sprints, team.items, calendar, timeZone, today);
  const from = aheadFrom(sprint, today);
  const days = countedDates(sprint, calendar, settings.workingDays);
  out.push(...changeWindowWarnings(open, changeWindows, days, changeWindowLimit, onScreen(), timeZone, from, sharing));
  const unestimated = open.filter((i) => i.points === null && (!i.unplanned || i.interrupt?.hours == null)).length;
  if (unestimated > 0) {
    out.push({
      key: 'unestimated',
      text: `${plural(unestimated, 'item has', 'items have')} no estimate and ${pluralWord(unestimated, 'counts', 'count')} as 0 points.`,
    });
  }
  return out;
}
