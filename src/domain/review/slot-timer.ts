/** A slot's timer as timestamps: it never counts ticks, so a throttled window cannot drift. */
export interface SlotTimer {
  /** Epoch ms when it was last started; null while paused. */
  startedAt: number | null;
  /** Milliseconds run before the last start. */
  elapsedBefore: number;
}

export const STOPPED: SlotTimer = { startedAt: null, elapsedBefore: 0 };

export function startTimer(timer: SlotTimer, now: number): SlotTimer {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

export function pauseTimer(timer: SlotTimer, now: number): SlotTimer {
  return timer.startedAt === null ? timer : { startedAt: null, elapsedBefore: elapsedMs(timer, now) };
}

export function elapsedMs(timer: SlotTimer, now: number): number {
  return timer.elapsedBefore + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Remaining ms of the timebox; negative once it runs over. */
export function remainingMs(timer: SlotTimer, timeboxMinutes: number, now: number): number {
  return timeboxMinutes * 60_000 - elapsedMs(timer, now);
}
