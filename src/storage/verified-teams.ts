import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, TeamDocSchema, type TeamDoc } from '../domain/workspace';
import { writeFileAtomic } from './atomic-write';
import { nodeFs, type StorageFs } from './file-system';

/**
 * A cache of team file contents already known to be valid, so start-up need not validate a large
 * workspace again: the team document schema is the slowest part of opening one.
 *
 * An entry is the hash of a text that is the JSON of a team Cadence held in memory (so it passed the
 * schema) under the schema with the recorded fingerprint. A team file whose text hashes to its entry
 * is exactly such a text and is used as parsed; any other file (hand-edited, damaged, written by
 * another version, or changed after a crash lost the cache) is validated in full as before. The cache
 * is never needed for correctness: missing, stale or damaged, it only costs the full validation.
 */
export const VERIFIED_FILE_NAME = 'verified-teams.json';

export type Verified = Map<string, string>;

const CacheSchema = z.object({
  fingerprint: z.string(),
  teams: z.record(z.string(), z.string()),
});

let fingerprint: string | null = null;

/** Changes whenever the team document's shape or defaults change (or the format version does). */
export function schemaFingerprint(): string {
  fingerprint ??= contentHash(
    `${CURRENT_SCHEMA_VERSION}:${JSON.stringify(z.toJSONSchema(TeamDocSchema, { unrepresentable: 'any', io: 'output' }))}`,
  );
  return fingerprint;
}

/** The hash a cache entry holds for a text. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
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
    return new Map(Object.entries(cache.data.teams));
  } catch {
    return new Map();
  }
}

/** The team a file holds, and its hash, without validation, when its text is a known-valid one for that team. */
export function trustedTeam(
  verified: Verified,
  teamId: string,
  text: string,
  raw: unknown,
): { team: TeamDoc; hash: string } | null {
  const hash = verified.get(teamId);
  if (hash === undefined || hash !== contentHash(text)) return null;
  const team = raw as TeamDoc;
  return team.id === teamId ? { team, hash } : null;
}

export async function writeVerified(dataDir: string, verified: Verified, fsys: StorageFs = nodeFs): Promise<void> {
  const cache = { fingerprint: schemaFingerprint(), teams: Object.fromEntries(verified) };
  await writeFileAtomic(cachePath(dataDir), JSON.stringify(cache), fsys);
}

export function sameEntries(a: Verified, b: Verified): boolean {
  return a.size === b.size && [...a].every(([id, hash]) => b.get(id) === hash);
}
