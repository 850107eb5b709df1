import { migrationToV2 } from './v2';
import { migrationToV3 } from './v3';
import { migrationToV4 } from './v4';
import { migrationToV5 } from './v5';

/**
 * Append-only list of schema migrations.
 *
 * How to add one when the data format changes from version N-1 to N:
 * 1. Bump CURRENT_SCHEMA_VERSION in src/domain/workspace.ts to N and change the zod schemas.
 * 2. Add `src/storage/migrations/v<N>.ts` exporting `const migrationToV<N>: Migration = { to: N, name, up }`.
 *    `up` receives the plain JSON document of version N-1 and returns the version-N shape
 *    (schemaVersion is stamped by the runner). It must not mutate its input and must not throw on any
 *    document that was valid at version N-1.
 * 3. Append it to MIGRATIONS below. Never edit or reorder a step that has shipped.
 * 4. Copy a realistic file of version N-1 to tests/unit/storage/migration-fixtures/v<N-1>.json.
 *    tests/unit/storage/migrations.test.ts then checks that the list is contiguous, that every step has
 *    a fixture of its older version, and that every fixture ever kept still opens with today's code.
 */
export interface Migration {
  /** The version this step produces; it upgrades documents of version `to - 1`. */
  to: number;
  name: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [migrationToV2, migrationToV3, migrationToV4, migrationToV5];
