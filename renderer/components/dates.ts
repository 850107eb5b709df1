import type { DateStyle } from '../../src/domain/shared/dates';

/** Dates on screen: the one format (src/domain/shared/dates), with "is it this year?" asked of the clock. */
export function onScreen(): DateStyle {
  return { now: new Date() };
}
