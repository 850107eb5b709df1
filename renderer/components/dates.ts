import type { DateStyle } from '../../src/domain/shared/dates';

/** The clock screens ask "is it this year?" of: the real one, unless a test pins it. */
let clock: () => Date = () => new Date();

/** Pins the screens' clock (tests whose fixtures have fixed dates read the same in every year). */
export function setScreenClock(next: () => Date): void {
  clock = next;
}

/** Dates on screen: the one format (src/domain/shared/dates), with "is it this year?" asked of the clock. */
export function onScreen(): DateStyle {
  return { now: clock() };
}
