import type { BacklogItem } from '../backlog/schema';
import { formatDayRange, type DateStyle } from '../shared/dates';
import { plural, pluralWord } from '../shared/words';
import { dateInZone } from '../shared/zoned-time';
import type { ChangeWindow } from './schema';

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
  return !freezes.some((f) => f.start <= window.start && f.end >= window.end);
}

export interface ChangeWindowWarning {
  key: string;
  text: string;
}

/**
 * What planning says about the items that need a change window, given the change windows and freezes that
 * touch the sprint (`calendarOfSprint`) and the team's per-window limit:
 * - no usable window and a freeze over the sprint: each such item "falls in a freeze";
 * - no window and no freeze: each item "needs a change window";
 * - more items than the windows take (windows × limit): one warning saying how many and how many fit.
 */
export function changeWindowWarnings(
  items: readonly Pick<BacklogItem, 'id' | 'title' | 'needsChangeWindow'>[],
  sprintWindows: readonly ChangeWindow[],
  perWindowLimit: number,
  dates: DateStyle,
  timeZone: string,
): ChangeWindowWarning[] {
  const needing = items.filter((i) => i.needsChangeWindow);
  if (needing.length === 0) return [];
  const freezes = sprintWindows.filter((w) => w.kind === 'freeze');
  const windows = sprintWindows.filter((w) => w.kind === 'window' && usable(w, freezes));
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
  if (needing.length <= takes) return [];
  return [
    {
      key: 'cw-limit',
      text: `${plural(needing.length, 'item needs', 'items need')} a change window; the sprint's ${windows.length} ${pluralWord(windows.length, 'window takes', 'windows take')} ${takes} (${perWindowLimit} per window). Add a window on the Calendar tab or move ${plural(needing.length - takes, 'item')} to another sprint.`,
    },
  ];
}
