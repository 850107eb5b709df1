import { z } from 'zod';

/** Ids are random UUIDs; schemas accept any short non-empty string so imported data with other id styles still loads. */
export const IdSchema = z.string().min(1).max(64);

/** ISO-8601 UTC timestamp, e.g. 2026-11-27T09:30:00.000Z. */
export const IsoTimeSchema = z.iso.datetime({ offset: false });

/** Calendar date, e.g. 2026-11-27. */
export const IsoDateSchema = z.iso.date();

export { newId, nowIso } from './new-id';
