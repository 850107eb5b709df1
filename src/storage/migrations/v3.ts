import { eachTeam, mapRecords } from './each-team';
import type { Migration } from './index';

/**
 * Version 3 records where imported backlog items came from: every item gets `source: null` (nothing before
 * this version was imported) and every team an empty `deletedSources`, the imported items deleted since.
 */
export const migrationToV3: Migration = {
  to: 3,
  name: 'backlog item source',
  up: (doc) =>
    eachTeam(doc, (team) => ({
      ...team,
      items: mapRecords(team.items, (item) => ({ ...item, source: null })),
      deletedSources: [],
    })),
};
