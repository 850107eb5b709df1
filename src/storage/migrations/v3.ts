import type { Migration } from './index';

type Doc = Record<string, unknown>;

/** Maps a list, leaving anything that is not one as it was, so validation still reports a damaged file. */
const mapList = (value: unknown, each: (entry: Doc) => Doc): unknown =>
  Array.isArray(value)
    ? (value as Doc[]).map((entry) => (entry && typeof entry === 'object' ? each(entry) : entry))
    : value;

/**
 * Version 3 records where imported backlog items came from: every item gets `source: null` (nothing before
 * this version was imported) and every team an empty `deletedSources`, the imported items deleted since.
 */
export const migrationToV3: Migration = {
  to: 3,
  name: 'backlog item source',
  up: (doc) => ({
    ...doc,
    teams: mapList(doc.teams, (team) => ({
      ...team,
      items: mapList(team.items, (item) => ({ ...item, source: null })),
      deletedSources: [],
    })),
  }),
};
