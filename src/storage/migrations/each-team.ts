import { isPlainObject } from '../../domain/shared/plain-object';

export type Doc = Record<string, unknown>;

/**
 * Maps the records of a list, leaving entries that are not records, and anything that is not a list, as
 * they were: a migration never repairs damage, so validation afterwards still names it.
 */
export function mapRecords(value: unknown, each: (record: Doc) => unknown): unknown {
  return Array.isArray(value) ? value.map((entry) => (isPlainObject(entry) ? each(entry) : entry)) : value;
}

/** A migration step's usual shape: the same change to every team of the document. */
export function eachTeam(doc: Doc, change: (team: Doc) => unknown): Doc {
  return { ...doc, teams: mapRecords(doc.teams, change) };
}
