import type { TimerState } from './schema';

/** Pure timer rules: remaining time comes from timestamps, so a throttled window never drifts. */
export function newTimer(durationMs: number): TimerState {
  return { durationMs, startedAt: null, elapsedMs: 0 };
}

export function elapsedMs(timer: TimerState, now: Date): number {
  const running = timer.startedAt ? Math.max(0, now.getTime() - Date.parse(timer.startedAt)) : 0;
  return timer.elapsedMs + running;
}

/** Negative once the time is up (overtime). */
export function remainingMs(timer: TimerState, now: Date): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

export function startTimer(timer: TimerState, now: Date): TimerState {
  return timer.startedAt ? timer : { ...timer, startedAt: now.toISOString() };
}

export function pauseTimer(timer: TimerState, now: Date): TimerState {
  if (!timer.startedAt) return timer;
  return { ...timer, startedAt: null, elapsedMs: Math.round(elapsedMs(timer, now)) };
}

/**
 * A retro's timers as they come in from an export written at `exportedAt`: a timer that was running comes in
 * paused with the time it had left when the file was written. Left running from its old start it would show
 * hours over (and chime) the moment it is imported; the facilitator resumes or resets it. An export time that
 * does not read as a time, or before the timer's start, counts only the time run before that start.
 */
export function pausedForImport(
  timers: Readonly<Record<string, TimerState>>,
  exportedAt: string,
): Record<string, TimerState> {
  const written = Date.parse(exportedAt);
  return Object.fromEntries(
    Object.entries(timers).map(([key, timer]) => {
      if (!timer.startedAt) return [key, timer];
      const at = Number.isNaN(written) ? Date.parse(timer.startedAt) : written;
      return [key, pauseTimer(timer, new Date(at))];
    }),
  );
}
