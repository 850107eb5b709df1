import { useEffect, useState } from 'react';
import { isoDateOf } from '../../src/domain/planning/calendar';

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

/** Today's date (ISO, UTC as every sprint date is), checked once a minute: a page left open overnight moves on. */
export function useToday(): string {
  return isoDateOf(new Date(useNow(60_000)));
}
