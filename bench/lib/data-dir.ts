import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceStore } from '../../src/services/store';
import { generateWorkspace, validateCore, type GeneratedWorkspace } from '../generate/index';
import type { Profile } from '../generate/profiles';

export const BENCH_TMP = path.resolve(import.meta.dirname, '..', '.tmp');

/** A fresh data dir on the real disk (not tmpfs), so fsync costs what it costs for a user. */
export function freshDir(prefix: string): string {
  mkdirSync(BENCH_TMP, { recursive: true });
  return mkdtempSync(path.join(BENCH_TMP, `${prefix}-`));
}

export function cleanTmp(): void {
  rmSync(BENCH_TMP, { recursive: true, force: true });
}

const cache = new Map<string, GeneratedWorkspace>();

export function generated(profile: Profile, seed = 1): GeneratedWorkspace {
  const key = `${profile.name}:${seed}`;
  let ws = cache.get(key);
  if (!ws) {
    ws = generateWorkspace(profile, seed);
    validateCore(ws);
    cache.set(key, ws);
  }
  return ws;
}

/** Writes the generated workspace as a single-layout cadence.json, as a user upgrading would have it. */
export function seedDataDir(profile: Profile, prefix = profile.name): { dataDir: string; ws: GeneratedWorkspace } {
  const dataDir = freshDir(prefix);
  const ws = generated(profile);
  writeFileSync(path.join(dataDir, 'cadence.json'), JSON.stringify(ws));
  return { dataDir, ws };
}

/**
 * The team schema strips reviews and retros until those features define them, so after
 * opening, the bench puts them back through a workspace mutation. The store does not re-validate
 * drafts, so they are written and kept in memory: the files have the size real use would give them.
 */
export async function adoptCeremonies(store: WorkspaceStore, ws: GeneratedWorkspace): Promise<void> {
  const byId = new Map(ws.teams.map((t) => [t.id, t]));
  await store.mutate('workspace', (draft) => {
    for (const team of draft.teams) {
      const source = byId.get(team.id);
      if (!source) continue;
      const target = team as unknown as Record<string, unknown>;
      for (const key of ['reviews', 'retros'] as const) {
        if (!(key in target)) target[key] = source[key];
      }
    }
  });
}
