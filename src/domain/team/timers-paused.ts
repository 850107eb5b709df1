import { pausedForImport as pausedRetroTimers } from '../retro/timer';
import { pausedForImport as pausedStandupTimer } from '../standup/timer';
import type { TeamDoc } from '../workspace';

/**
 * A team as it comes in from a file written at `writtenAt` (an export, a backup): every retro and standup
 * timer that ran then comes in paused with the time it had left then, for the facilitator to resume or reset.
 * Left running from its old start it would show hours over, and chime, the moment the team is opened. A time
 * that does not read as one counts only the time each ran before its last start (see the two pausedForImport).
 * Sync is another matter: there another computer's running timer is live state, and it is not paused.
 */
export function teamWithTimersPaused(team: TeamDoc, writtenAt: string): TeamDoc {
  return {
    ...team,
    retros: team.retros.map((r) => ({ ...r, timers: pausedRetroTimers(r.timers, writtenAt) })),
    standups: team.standups.map((s) => ({ ...s, timer: pausedStandupTimer(s.timer, writtenAt) })),
  };
}
