import { readiness, unmetText } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { interruptHoursText } from '../../../src/domain/planning/buffer';
import { countedDates } from '../../../src/domain/planning/capacity';
import {
  changeWindowWarnings,
  sprintsSharingWindows,
  type WarnedItem,
} from '../../../src/domain/planning/change-windows';
import { aheadFrom } from '../../../src/domain/planning/sprint-entries';
import type { Sprint } from '../../../src/domain/planning/schema';
import { calendarOfSprint, type TeamCalendar } from '../../../src/domain/planning/team-calendar';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { numberText, plural, pluralWord, quote, wordList } from '../../../src/domain/shared/words';
import type { TeamDoc } from '../../../src/domain/workspace';
import { onScreen } from '../../components/dates';

export interface PlanWarning {
  key: string;
  text: string;
  /** Set when the warning is about one item: the Start dialog says those alike in one line (startWarningLines). */
  item?: WarnedItem;
  /** Shorter words for the Start dialog, when `text` is long. */
  brief?: string;
}

/** The warnings the Plan tab lists for a sprint: its items, planned and unplanned; none once it is closed. */
export function sprintWarnings(team: TeamDoc, sprint: Sprint, today: string): PlanWarning[] {
  if (sprint.state === 'closed') return [];
  const items = team.items.filter((i) => i.sprintId === sprint.id);
  return planWarnings(items, sprint, team.settings, team.calendar, team, today);
}

/** How many item titles a line of the Start dialog names before it counts the rest ("and 2 more"). */
const NAMED = 3;

/**
 * The warnings in few lines for the Start dialog, which must stay short: the warnings about single items said
 * alike ("2 items are not ready: "A" and "B".", a few named and the rest counted), the others in their brief words,
 * in the order of the Plan tab's list.
 */
export function startWarningLines(warnings: readonly PlanWarning[]): string[] {
  const groups = new Map<string, { item: WarnedItem; titles: string[] } | { line: string }>();
  for (const w of warnings) {
    if (!w.item) {
      groups.set(w.key, { line: w.brief ?? w.text });
      continue;
    }
    const key = `${w.item.one}\n${w.item.other}`;
    const group = groups.get(key);
    if (group && 'titles' in group) group.titles.push(w.item.title);
    else groups.set(key, { item: w.item, titles: [w.item.title] });
  }
  return [...groups.values()].map((g) => {
    if ('line' in g) return g.line;
    const named = g.titles.slice(0, NAMED).map(quote);
    const rest = g.titles.length - named.length;
    const titles = wordList(rest > 0 ? [...named, `${numberText(rest)} more`] : named);
    return `${plural(g.titles.length, g.item.one, g.item.other)}: ${titles}.`;
  });
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
        text: `${quote(item.title)} is not ready: Definition of Ready ${unmetText(r.missing)}.`,
        item: { title: item.title, one: 'item is not ready', other: 'items are not ready' },
      });
  }
  const { changeWindows } = calendarOfSprint(calendar, sprint, settings.timeZone);
  const { timeZone, changeWindowLimit } = settings;
  const sharing = sprintsSharingWindows(sprint, team.sprints, team.items, calendar, timeZone, today);
  const from = aheadFrom(sprint, today);
  const days = countedDates(sprint, calendar, settings.workingDays);
  out.push(...changeWindowWarnings(open, changeWindows, days, changeWindowLimit, onScreen(), timeZone, from, sharing));
  // Planned work sized in hours only (an interrupt put back to the backlog and planned again) shows its hours on its
  // card: it has an estimate, but the commitment counts points, so it is named rather than called unestimated.
  const inHours = open.filter((i) => i.points === null && !i.unplanned && i.interrupt?.hours != null);
  for (const item of inHours) {
    out.push({
      key: `hours-${item.id}`,
      text: `${quote(item.title)} is sized in hours only (${interruptHoursText(item) ?? ''}): planned work is committed in points, so it counts as 0 points. Estimate it in points.`,
      item: {
        title: item.title,
        one: 'item is sized in hours only and counts as 0 points',
        other: 'items are sized in hours only and count as 0 points',
      },
    });
  }
  const unestimated = open.filter((i) => i.points === null && i.interrupt?.hours == null).length;
  if (unestimated > 0) {
    out.push({
      key: 'unestimated',
      text: `${plural(unestimated, 'item has', 'items have')} no estimate and ${pluralWord(unestimated, 'counts', 'count')} as 0 points.`,
    });
  }
  return out;
}
