import type { Migration } from './index';

/**
 * Version 2 moves each team into its own file (teams/<id>.json) behind an index in cadence.json.
 * The document keeps its shape (backups stay whole documents); the storage layer writes the new
 * layout when it loads a version-1 file (src/storage/load-workspace.ts).
 */
export const migrationToV2: Migration = {
  to: 2,
  name: 'per-team files',
  up: (doc) => doc,
};
