import { perTeamFiles } from './0002-per-team-files';

/**
 * Append-only list of migrations. Each step upgrades a document from version `to - 1` to `to`
 * and lives in its own file named after the version it produces. Never edit a shipped step.
 */
export interface Migration {
  to: number;
  name: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [perTeamFiles];
