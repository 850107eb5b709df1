import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
