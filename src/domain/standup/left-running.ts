import { dateInZone, timeInZone } from '../shared/zoned-time';
import type { StandupSession } from './schema';
import { atUnownedStop, currentTurn, turnAllowedMs } from './timer';

/**
 * A standup still running on a later day than it started (the team's day): someone closed the laptop without
 * ending it. Its day and time of start, or null for one started today (or ended).
 */
export function leftRunningFrom(
  session: Pick<StandupSession, 'state' | 'timer'>,
  today: string,
  timeZone: string,
): { date: string; time: string } | null {
  if (session.state !== 'running' || session.timer.endedAt) return null;
  const date = dateInZone(session.timer.startedAt, timeZone);
  return date < today ? { date, time: timeInZone(session.timer.startedAt, timeZone) } : null;
}

/**
 * What the service answers to a timer action or a note on a standup left running, and what its screen says to the
 * same keys without asking: it only ends, as it was left.
 */
export const LEFT_RUNNING_ENDS_ONLY =
  'This standup was left running since an earlier day. End it as it was left (End standup), then start today’s.';

/** True for a standup still running at `now` on a later day (the team's) than it started: someone left it running. */
export function isLeftRunningAt(
  session: Pick<StandupSession, 'state' | 'timer'>,
  now: number,
  timeZone: string,
): boolean {
  return leftRunningFrom(session, dateInZone(now, timeZone), timeZone) !== null;
}

/**
 * When a standup left running is taken to have ended ("as it was left"): the last thing recorded in it (its
 * start, the speaker's turn starting, a pause, a note), or, when a speaker had the floor, the end of their
 * timebox if that is later; never after `now`. Ended at `now` instead, the speaker on the floor would be
 * counted as speaking the whole night, and the summary would say so.
 */
export function leftEndMs(session: Pick<StandupSession, 'timer' | 'notes'>, now: number): number {
  const { timer } = session;
  const recorded = [timer.startedAt, timer.pausedAt, ...timer.turns.map((t) => t.runningSince)]
    .concat(session.notes.map((n) => n.at))
    .filter((at): at is string => at !== null)
    .map((at) => Date.parse(at))
    .filter(Number.isFinite);
  const turn = currentTurn(timer);
  if (turn?.runningSince) {
    recorded.push(Date.parse(turn.runningSince) + Math.max(0, turnAllowedMs(timer, turn) - turn.spentMs));
  }
  // Left at the walk's last stop: the turns ran one after the other from the start, so the stop began when the
  // last of them closed (the pauses closed by then included), which no timestamp records.
  if (atUnownedStop(timer)) {
    const spoken = timer.turns.reduce((sum, t) => sum + t.spentMs, 0);
    recorded.push(Date.parse(timer.startedAt) + timer.pausedMs + spoken);
  }
  return Math.min(now, Math.max(...recorded));
}
