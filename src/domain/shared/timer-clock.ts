/**
 * What a timer shows for the time left (negative once it runs over): the one rule of every timer on screen, a
 * retro's phase and topic timers, the standup's and a review slot's. Counting down, the seconds are rounded up,
 * so "0:00" shows from the moment the time is up, never while some is left; over time, the whole seconds over
 * follow a plus: "+0:01" one second after, "+1:05". Never "-0:00" or "+0:00".
 */
export function formatTimerClock(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over && seconds > 0 ? `+${text}` : text;
}
