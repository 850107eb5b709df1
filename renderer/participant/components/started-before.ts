import type { StandupFocus } from '../../../src/domain/room/protocol';

type Running = NonNullable<StandupFocus['running']>;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** "Sun 29 Nov" for a date (YYYY-MM-DD), with the year when it is not `year`: as the shared screen writes days. */
function dayText(date: string, year: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return `${WEEKDAYS[day.getUTCDay()]} ${d} ${MONTHS[m - 1]}${y === year ? '' : ` ${y}`}`;
}

/**
 * When a standup left running since an earlier day (the team's: `leftRunningAt`, from when the shared screen only
 * ends it) started, on the team's clock: "yesterday at 09:02", "on Sun 29 Nov at 09:02". Null while it is today's.
 */
export function startedBefore(running: Pick<Running, 'started' | 'leftRunningAt'>, now: Date): string | null {
  const left = Date.parse(running.leftRunningAt);
  if (!Number.isFinite(left) || now.getTime() < left) return null;
  const { date, time } = running.started;
  // The team's next day has begun, and not the one after it (a day is 23 or 25 hours at a clock change: near enough).
  if (now.getTime() < left + DAY_MS) return `yesterday at ${time}`;
  return `on ${dayText(date, now.getFullYear())} at ${time}`;
}
