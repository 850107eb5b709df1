import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { TeamSummary } from '../domain/team/summary';
import { CURRENT_SCHEMA_VERSION, TeamDocSchema } from '../domain/workspace';
import { writeFileAtomic } from './atomic-write';
import { isParts, nodeFs, type FileData, type StorageFs } from './file-system';

/**
 * A cache of team file contents already known to be valid, so start-up need not validate a large
 * workspace again: the team document schema is the slowest part of opening one.
 *
 * An entry is the hash of a text that is the JSON of a team Cadence held in memory (so it passed the
 * schema) under the schema with the recorded fingerprint. A team file whose text hashes to its entry
 * is exactly such a text and is used as parsed; any other file (hand-edited, damaged, written by
 * another version, or changed after a crash lost the cache) is validated in full as before. The cache
 * is never needed for correctness: missing, stale or damaged, it only costs the full validation.
 *
 * An entry also keeps the summary of that text's team (name and counts), so the team list can be
 * answered without reading the team (see loaded-teams.ts). Entries written before summaries were
 * kept have none; their teams are read at start, and the cache is rewritten with them.
 */
export const VERIFIED_FILE_NAME = 'verified-teams.json';

export interface VerifiedEntry {
  hash: string;
  summary: TeamSummary | null;
}

export type Verified = Map<string, VerifiedEntry>;

const SummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.number().int().nonnegative(),
  itemCount: z.number().int().nonnegative(),
});

const CacheSchema = z.object({
  fingerprint: z.string(),
  teams: z.record(z.string(), z.string()),
  summaries: z.record(z.string(), z.unknown()).optional(),
});

/** Set by the build (scripts/build-defines.mjs) to `computeSchemaFingerprint()` of the code it bundles. */
declare const __SCHEMA_FINGERPRINT__: string | undefined;

let fingerprint: string | null = null;

/** Changes whenever the team document's shape or defaults change (or the format version does). */
export function computeSchemaFingerprint(): string {
  return contentHash(
    `${CURRENT_SCHEMA_VERSION}:${JSON.stringify(z.toJSONSchema(TeamDocSchema, { unrepresentable: 'any', io: 'output' }))}`,
  );
}

/** The fingerprint of this code's schema: the build's, or worked out on first use when run from source. */
export function schemaFingerprint(): string {
  fingerprint ??= typeof __SCHEMA_FINGERPRINT__ === 'string' ? __SCHEMA_FINGERPRINT__ : computeSchemaFingerprint();
  return fingerprint;
}

/** The hash a cache entry holds for a text: the same for the text, its file's UTF-8 bytes, or those bytes in parts. */
export function contentHash(data: FileData): string {
  const hash = createHash('sha1');
  for (const part of isParts(data) ? data : [data]) hash.update(part);
  return hash.digest('hex');
}

function cachePath(dataDir: string): string {
  return path.join(dataDir, VERIFIED_FILE_NAME);
}

/** The entries recorded under the current schema; empty when there is no usable cache. */
export async function readVerified(dataDir: string): Promise<Verified> {
  let text: string;
  try {
    text = await fs.readFile(cachePath(dataDir), 'utf8');
  } catch {
    return new Map();
  }
  try {
    const cache = CacheSchema.safeParse(JSON.parse(text));
    if (!cache.success || cache.data.fingerprint !== schemaFingerprint()) return new Map();
    const summaries = cache.data.summaries ?? {};
    return new Map(
      Object.entries(cache.data.teams).map(([id, hash]) => {
        // A summary that is not one (hand-edited, or of another team) is only a missing one.
        const summary = SummarySchema.safeParse(summaries[id]);
        return [id, { hash, summary: summary.success && summary.data.id === id ? summary.data : null }];
      }),
    );
  } catch {
    return new Map();
  }
}

/** The entry a team file's text matches: that text is the JSON of a valid document of that team. */
export function knownValid(verified: Verified, teamId: string, text: string | Uint8Array): VerifiedEntry | null {
  const entry = verified.get(teamId);
  return entry !== undefined && entry.hash === contentHash(text) ? entry : null;
}

export async function writeVerified(dataDir: string, verified: Verified, fsys: StorageFs = nodeFs): Promise<void> {
  const entries = [...verified];
  const cache = {
    fingerprint: schemaFingerprint(),
    teams: Object.fromEntries(entries.map(([id, entry]) => [id, entry.hash])),
    summaries: Object.fromEntries(entries.flatMap(([id, entry]) => (entry.summary ? [[id, entry.summary]] : []))),
  };
  await writeFileAtomic(cachePath(dataDir), JSON.stringify(cache), fsys);
}

const sameSummary = (a: TeamSummary | null, b: TeamSummary | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.id === b.id &&
    a.name === b.name &&
    a.memberCount === b.memberCount &&
    a.itemCount === b.itemCount);

export function sameEntries(a: Verified, b: Verified): boolean {
  return (
    a.size === b.size &&
    [...a].every(([id, entry]) => {
      const other = b.get(id);
      return other !== undefined && other.hash === entry.hash && sameSummary(entry.summary, other.summary);
    })
  );
}
