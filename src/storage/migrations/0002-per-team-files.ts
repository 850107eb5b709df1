import type { Migration } from './index';

/**
 * Version 2 moves each team into its own file (teams/<id>.json) behind an index in cadence.json.
 * The document itself keeps its shape; the storage layer writes the new layout once it sees it.
 */
export const perTeamFiles: Migration = {
  to: 2,
  name: 'per-team files',
  up: (doc) => doc,
};
