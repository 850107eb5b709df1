import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The renderer build's chunk graph, as Vite writes it to .vite/manifest.json. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Chunk keys loaded with `key`: itself and its static imports, transitively. */
export function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** Source modules of a chunk, from its source map (vite writes one per chunk). */
export function modulesOf(dist: string, file: string): string[] {
  const map = path.join(dist, `${file}.map`);
  if (!existsSync(map)) return [];
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

/** The app shell (React, the store, the header): imported lazily by the small entry, preloaded by index.html. */
export const APP_SHELL = 'app/start.tsx';

/** Chunk keys the page loads before any screen: the entry, the app shell, and their static imports. */
export function firstLoad(manifest: Manifest): Set<string> {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('no entry in the renderer manifest');
  if (!manifest[APP_SHELL]) throw new Error(`no ${APP_SHELL} chunk in the renderer manifest`);
  return closure(manifest, APP_SHELL, closure(manifest, entry));
}
