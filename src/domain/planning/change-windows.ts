import type { BacklogItem } from '../backlog/schema';
import { formatDayRange, type DateStyle } from '../shared/dates';
import { plural, pluralWord, quotedList } from '../shared/words';
import { dateInZone } from '../shared/zoned-time';
import { compareInstants } from './calendar';
import type { ChangeWindow, Sprint } from './schema';
import { calendarOfSprint, type TeamCalendar } from './team-calendar';

/** The team's first and last day a window or freeze covers (an end at midnight does not cover that day). */
export function windowDays(
  window: Pick<ChangeWindow, 'start' | 'end'>,
  timeZone: string,
): { first: string; last: string } {
  const start = Date.parse(window.start);
  return {
    first: dateInZone(start, timeZone),
    last: dateInZone(Math.max(start, Date.parse(window.end) - 1), timeZone),
  };
}

/** A window that lies wholly inside a freeze cannot be used: the freeze wins. */
function usable(window: ChangeWindow, freezes: readonly ChangeWindow[]): boolean {
  return !freezes.some((f) => compareInstants(f.start, window.start) <= 0 && compareInstants(f.end, window.end) >= 0);
}

/** The windows of a sprint's calendar that can be used: not freezes, and not wholly inside one. */
function usableWindows(sprintWindows: readonly ChangeWindow[]): ChangeWindow[] {
  const freezes = sprintWindows.filter((w) => w.kind === 'freeze');
  return sprintWindows.filter((w) => w.kind === 'window' && usable(w, freezes));
}

export interface ChangeWindowWarning {
  key: string;
  text: string;
}

/** Another sprint that sees some of this sprint's change windows (a window over the night between two sprints). */
export interface SharingSprint {
  name: string;
  /** Its items not done yet that need a change window. */
  needing: number;
  /** The usable windows it sees. */
  windows: readonly Pick<ChangeWindow, 'id' | 'name'>[];
}

/**
 * The open sprints (not closed) that share a usable change window with `sprint` and have items not done yet
 * that need one: their changes go into the same window, so its limit is for all of them together.
 */
export function sprintsSharingWindows(
  sprint: Pick<Sprint, 'id' | 'startDate' | 'endDate'>,
  sprints: readonly Pick<Sprint, 'id' | 'name' | 'state' | 'startDate' | 'endDate'>[],
  items: readonly Pick<BacklogItem, 'sprintId' | 'needsChangeWindow' | 'status'>[],
  calendar: TeamCalendar,
  timeZone: string,
): SharingSprint[] {
  const own = new Set(usableWindows(calendarOfSprint(calendar, sprint, timeZone).changeWindows).map((w) => w.id));
  if (own.size === 0) return [];
  return sprints.flatMap((other) => {
    if (other.id === sprint.id || other.state === 'closed') return [];
    const windows = usableWindows(calendarOfSprint(calendar, other, timeZone).changeWindows);
    if (!windows.some((w) => own.has(w.id))) return [];
    const needing = items.filter((i) => i.sprintId === other.id && i.needsChangeWindow && i.status !== 'done').length;
    return needing > 0 ? [{ name: other.name, needing, windows }] : [];
  });
}

/**
 * What planning says about the items that need a change window, given the change windows and freezes that
 * touch the sprint (`calendarOfSprint`) and the team's per-window limit:
 * - no usable window and a freeze over the sprint: each such item "falls in a freeze";
 * - no window and no freeze: each item "needs a change window";
 * - more items than the windows take (windows × limit, less what other sprints sharing a window put into it,
 *   `sharing`): one warning saying how many and how many fit, and which windows are shared with whom.
 */
export function changeWindowWarnings(
  items: readonly Pick<BacklogItem, 'id' | 'title' | 'needsChangeWindow'>[],
  sprintWindows: readonly ChangeWindow[],
  perWindowLimit: number,
  dates: DateStyle,
  timeZone: string,
  sharing: readonly SharingSprint[] = [],
): ChangeWindowWarning[] {
  const needing = items.filter((i) => i.needsChangeWindow);
  if (needing.length === 0) return [];
  const freezes = sprintWindows.filter((w) => w.kind === 'freeze');
  const windows = usableWindows(sprintWindows);
  if (windows.length === 0) {
    const freeze = freezes[0];
    const text = freeze
      ? (title: string) => {
          const { first, last } = windowDays(freeze, timeZone);
          return `"${title}" needs a change, but this sprint falls in a freeze ("${freeze.name}", ${formatDayRange(first, last, dates)}) and has no change window outside it. Plan it after the freeze, or add a window on the Calendar tab.`;
        }
      : (title: string) => `"${title}" needs a change window, but this sprint has none. Add one on the Calendar tab.`;
    return needing.map((i) => ({ key: `cw-${i.id}`, text: text(i.title) }));
  }
  const takes = windows.length * perWindowLimit;
  // Another sprint puts its changes into its own windows first; only what they cannot take comes into the
  // windows it shares with this one (up to what those take).
  const ids = new Set(windows.map((w) => w.id));
  const shared = sharing.flatMap((other) => {
    const common = other.windows.filter((w) => ids.has(w.id));
    const ownTakes = (other.windows.length - common.length) * perWindowLimit;
    const uses = Math.min(common.length * perWindowLimit, Math.max(0, other.needing - ownTakes));
    return uses > 0 ? [{ other, common, uses }] : [];
  });
  const left = Math.max(0, takes - shared.reduce((sum, s) => sum + s.uses, 0));
  if (needing.length <= left) return [];
  const sharedText = shared
    .map(
      ({ other, common, uses }) =>
        `${quotedList(common.map((w) => w.name))} ${pluralWord(common.length, 'is', 'are')} shared with ${other.name}, which needs ${plural(uses, 'change')} in ${pluralWord(common.length, 'it', 'them')}`,
    )
    .join('; ');
  const why = sharedText
    ? `; ${sharedText}, so ${left === 0 ? 'none is' : `${left} ${pluralWord(left, 'is', 'are')}`} left for this sprint`
    : '';
  return [
    {
      key: 'cw-limit',
      text: `${plural(needing.length, 'item needs', 'items need')} a change window; the sprint's ${windows.length} ${pluralWord(windows.length, 'window takes', 'windows take')} ${takes} (${perWindowLimit} per window)${why}. Add a window on the Calendar tab or move ${plural(needing.length - left, 'item')} to another sprint.`,
    },
  ];
}
