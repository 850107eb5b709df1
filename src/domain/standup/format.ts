/** "1:30" for 90 s, "-0:12" in overtime; seconds are rounded up while counting down so 0:00 means time is up. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${negative && totalSeconds > 0 ? '-' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "1 min 5 s", "45 s" — for summaries. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Whole days between two instants, for "age in days" of blockers. */
export function ageInDays(fromIso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(fromIso)) / 86_400_000));
}
