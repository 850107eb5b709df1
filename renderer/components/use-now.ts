import { useEffect, useState } from 'react';
import { dateInZone } from '../../src/domain/shared/zoned-time';

/**
 * The current time, refreshed a few times a second and at once when the window becomes visible again.
 * Figures on screen are derived from it and the timer's timestamps, never counted from ticks.
 */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    window.addEventListener('focus', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      window.removeEventListener('focus', tick);
    };
  }, [intervalMs]);
  return now;
}

/**
 * The current time on every animation frame while the page is shown (a timer whose shown second
 * must change on time: an interval tick could show it up to a whole interval late), with a slow
 * interval as the fallback when frames stop in a background tab.
 */
export function useFrameNow(fallbackMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let frame = 0;
    const tick = () => setNow(Date.now());
    const onFrame = () => {
      tick();
      frame = window.requestAnimationFrame(onFrame);
    };
    frame = window.requestAnimationFrame(onFrame);
    const timer = window.setInterval(tick, fallbackMs);
    document.addEventListener('visibilitychange', tick);
    window.addEventListener('focus', tick);
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      window.removeEventListener('focus', tick);
    };
  }, [fallbackMs]);
  return now;
}

/**
 * The team's date today (YYYY-MM-DD in its time zone, the zone its sprint dates mean), checked once a
 * minute: a page left open overnight moves on at the team's midnight.
 */
export function useToday(timeZone: string): string {
  return dateInZone(useNow(60_000), timeZone);
}
