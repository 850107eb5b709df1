import { z } from 'zod';

/** Ids are random UUIDs; schemas accept any short non-empty string so imported data with other id styles still loads. */
export const IdSchema = z.string().min(1).max(64);

/** ISO-8601 UTC timestamp, e.g. 2026-11-27T09:30:00.000Z. */
export const IsoTimeSchema = z.iso.datetime({ offset: false });

/** Calendar date, e.g. 2026-11-27. */
export const IsoDateSchema = z.iso.date();

/**
 * The years a date someone enters (a sprint, time off, a shift, a holiday, a change window) may fall in: a
 * year typed with two digits (0026) or one digit too many is refused. The stored schemas above are not
 * bounded, so a file written before still loads; the forms' and the api's input schemas apply this once.
 */
export const ENTERED_YEARS = { first: 1970, last: 2999 } as const;

/** Whether an ISO date or date-time (YYYY-MM-DD…) falls in ENTERED_YEARS. */
export function inEnteredYears(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= ENTERED_YEARS.first && year <= ENTERED_YEARS.last;
}

/** What to say when it does not, for a field called `what`. */
export const enteredYearsMessage = (what: string) =>
  `${what} must be in the years ${ENTERED_YEARS.first}–${ENTERED_YEARS.last}. Check the year.`;

export { newId, nowIso } from './new-id';
