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

/** "4:05", or "-0:12" in overtime. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${sign}${minutes}:${String(seconds).padStart(2, '0')}`;
}
