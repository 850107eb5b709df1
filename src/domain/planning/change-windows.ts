import type { BacklogItem } from '../backlog/schema';
import { formatDay, formatDayRange, type DateStyle } from '../shared/dates';
import { plural, pluralWord, quote, quotedList, wordList } from '../shared/words';
import { dateInZone } from '../shared/zoned-time';
import { addDays, compareInstants } from './calendar';
import type { ChangeWindow, Sprint } from './schema';
import { aheadFrom } from './sprint-entries';
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

/**
 * The days of `sprintDays` (the sprint's working days as capacity counts them, `countedDates`) that a freeze
 * covers, in the team's time zone, written as runs of days in a row: "Fri 11 Dec", "Thu 10 Dec – Fri 11 Dec and
 * Mon 14 Dec – Thu 17 Dec".
 */
export function freezeDaysText(
  freeze: Pick<ChangeWindow, 'start' | 'end'>,
  sprintDays: readonly string[],
  timeZone: string,
  dates: DateStyle,
): { count: number; text: string } {
  const { first, last } = windowDays(freeze, timeZone);
  const days = sprintDays.filter((d) => d >= first && d <= last);
  const runs: { from: string; to: string }[] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && addDays(run.to, 1) === day) run.to = day;
    else runs.push({ from: day, to: day });
  }
  const written = runs.map((r) => (r.from === r.to ? formatDay(r.from, dates) : formatDayRange(r.from, r.to, dates)));
  return { count: days.length, text: wordList(written) };
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

/**
 * A window or freeze whose last day (in the team's time zone) is before `from` (`aheadFrom`) has passed: a
 * change can no longer go into it. One on that day still counts (the day is not over).
 */
export function windowPassed(window: Pick<ChangeWindow, 'start' | 'end'>, from: string, timeZone: string): boolean {
  return windowDays(window, timeZone).last < from;
}

/** The usable windows of a sprint's calendar that have not passed: the ones that can still take a change. */
function windowsAhead(sprintWindows: readonly ChangeWindow[], from: string, timeZone: string): ChangeWindow[] {
  return usableWindows(sprintWindows).filter((w) => !windowPassed(w, from, timeZone));
}

/**
 * The sentence's end that names each freeze over the sprint's working days, in date order, with its days:
 * a sprint with a short freeze early and the year end at its close is told of both, not of the first alone.
 */
function frozenText(freezes: readonly { freeze: ChangeWindow; days: { count: number; text: string } }[]): string {
  const each = freezes.map(
    ({ freeze, days }) =>
      `${plural(days.count, 'working day')} of this sprint (${days.text}) ${pluralWord(days.count, 'falls', 'fall')} in the freeze ${quote(freeze.name)}`,
  );
  return freezes.length === 1
    ? `${each[0]} and the sprint has no change window outside it. Plan it after the freeze, or add a window on the Calendar tab.`
    : `${wordList(each)}, and the sprint has no change window outside them. Plan it after the freezes, or add a window on the Calendar tab.`;
}

/**
 * A warning about one item, in shorter words for a list that says the warnings alike in one line (the Start
 * dialog): `one` and `other` follow a count, "1 item is not ready", "2 items are not ready", and the titles follow.
 */
export interface WarnedItem {
  title: string;
  one: string;
  other: string;
}

export interface ChangeWindowWarning {
  key: string;
  text: string;
  /** Set when the warning is about one item (see WarnedItem). */
  item?: WarnedItem;
  /** Shorter words for a warning about several items at once, when `text` is long. */
  brief?: string;
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
 * The open sprints (not closed) that share a usable change window with `sprint`, not passed (`aheadFrom`), and
 * have items not done yet that need one: their changes go into the same window, so its limit is for all of
 * them together.
 */
export function sprintsSharingWindows(
  sprint: Pick<Sprint, 'id' | 'state' | 'startDate' | 'endDate'>,
  sprints: readonly Pick<Sprint, 'id' | 'name' | 'state' | 'startDate' | 'endDate'>[],
  items: readonly Pick<BacklogItem, 'sprintId' | 'needsChangeWindow' | 'status'>[],
  calendar: TeamCalendar,
  timeZone: string,
  today: string,
): SharingSprint[] {
  const ahead = (s: Pick<Sprint, 'state' | 'startDate' | 'endDate'>) =>
    windowsAhead(calendarOfSprint(calendar, s, timeZone).changeWindows, aheadFrom(s, today), timeZone);
  const own = new Set(ahead(sprint).map((w) => w.id));
  if (own.size === 0) return [];
  return sprints.flatMap((other) => {
    if (other.id === sprint.id || other.state === 'closed') return [];
    const windows = ahead(other);
    if (!windows.some((w) => own.has(w.id))) return [];
    const needing = items.filter((i) => i.sprintId === other.id && i.needsChangeWindow && i.status !== 'done').length;
    return needing > 0 ? [{ name: other.name, needing, windows }] : [];
  });
}

/**
 * What planning says about the items that need a change window, given the change windows and freezes that
 * touch the sprint (`calendarOfSprint`), the sprint's working days as capacity counts them (`sprintDays`,
 * `countedDates`) and the team's per-window limit. A window or freeze that has passed (`windowPassed`, before
 * `from`: `aheadFrom`) takes no change any more and counts for nothing, and so does a freeze over none of the
 * sprint's working days:
 * - no usable window left and a freeze: each such item, naming each freeze and the sprint's working days it covers
 *   ("1 working day of this sprint (Fri 11 Dec) falls in the freeze …");
 * - no window left, no freeze, and windows that have passed: each item needs one, "the windows have passed";
 * - no window and no freeze: each item "needs a change window";
 * - more items than the windows take (windows × limit, less what other sprints sharing a window put into it,
 *   `sharing`): one warning saying how many and how many fit, and which windows are shared with whom.
 */
export function changeWindowWarnings(
  items: readonly Pick<BacklogItem, 'id' | 'title' | 'needsChangeWindow'>[],
  sprintWindows: readonly ChangeWindow[],
  sprintDays: readonly string[],
  perWindowLimit: number,
  dates: DateStyle,
  timeZone: string,
  from: string,
  sharing: readonly SharingSprint[] = [],
): ChangeWindowWarning[] {
  const needing = items.filter((i) => i.needsChangeWindow);
  if (needing.length === 0) return [];
  const freezes = sprintWindows
    .filter((w) => w.kind === 'freeze' && !windowPassed(w, from, timeZone))
    .map((w) => ({ freeze: w, days: freezeDaysText(w, sprintDays, timeZone, dates) }))
    .filter((f) => f.days.count > 0)
    .sort((a, b) => compareInstants(a.freeze.start, b.freeze.start));
  const windows = windowsAhead(sprintWindows, from, timeZone);
  const passed = usableWindows(sprintWindows).length - windows.length;
  if (windows.length === 0) {
    const frozen = freezes.length > 0 ? frozenText(freezes) : null;
    const why =
      frozen !== null
        ? `this sprint has none outside the ${pluralWord(freezes.length, 'freeze', 'freezes')} ${quotedList(freezes.map((f) => f.freeze.name))}`
        : passed > 0
          ? `this sprint's change ${pluralWord(passed, 'window has', 'windows have')} passed`
          : 'this sprint has none';
    const item = (title: string): WarnedItem => ({
      title,
      one: `item needs a change window, but ${why}`,
      other: `items need a change window, but ${why}`,
    });
    const text =
      frozen !== null
        ? (title: string) => `${quote(title)} needs a change, but ${frozen}`
        : passed > 0
          ? (title: string) =>
              `${quote(title)} needs a change window, but this sprint's change ${pluralWord(passed, 'window has', 'windows have')} passed. Add one on the Calendar tab, or move it to another sprint.`
          : (title: string) =>
              `${quote(title)} needs a change window, but this sprint has none. Add one on the Calendar tab.`;
    return needing.map((i) => ({ key: `cw-${i.id}`, text: text(i.title), item: item(i.title) }));
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
      brief: `${plural(needing.length, 'item needs', 'items need')} a change window, and the sprint's windows have room for ${left === 0 ? 'none' : left}.`,
      text: `${plural(needing.length, 'item needs', 'items need')} a change window; the sprint's ${windows.length} ${pluralWord(windows.length, 'window', 'windows')}${passed > 0 ? ' still to come' : ''} ${pluralWord(windows.length, 'takes', 'take')} ${takes} (${perWindowLimit} per window)${why}. Add a window on the Calendar tab or move ${plural(needing.length - left, 'item')} to another sprint.`,
    },
  ];
}
