import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SHELL, closure, firstLoad, modulesOf, readManifest } from '../../bench/lib/manifest';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

/**
 * What the first screen costs to load, kept true as features land: the start-up figures in
 * bench/RESULTS.md depend on the first load carrying React, the store and the Backlog only.
 */
describe('renderer first load (built by npm test)', () => {
  const manifest = readManifest(DIST);
  const backlog = 'screens/backlog/BacklogScreen.tsx';
  const modulesLoadedWith = (keys: Iterable<string>) =>
    [...keys].flatMap((key) => modulesOf(DIST, manifest[key]?.file ?? ''));

  it('keeps validation, Markdown, charts and diagrams out of the first load and the Backlog screen', () => {
    const loaded = modulesLoadedWith(closure(manifest, backlog, firstLoad(manifest)));
    expect(loaded.length).toBeGreaterThan(20);
    for (const heavy of [
      /node_modules\/zod\//,
      /node_modules\/(marked|dompurify)\//,
      /node_modules\/recharts\//,
      /node_modules\/mermaid\//,
    ]) {
      expect(loaded.filter((m) => heavy.test(m))).toEqual([]);
    }
    // The api contract (every method's schema) is for the main process and the host, not the page.
    expect(loaded.filter((m) => m.includes('src/api/contract'))).toEqual([]);
  });

  it('preloads the app shell and the Backlog screen from index.html, so they load alongside the entry', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    for (const key of [APP_SHELL, backlog]) {
      expect(html).toContain(`<link rel="modulepreload" crossorigin href="./${manifest[key]?.file}">`);
    }
  });

  it('keeps the entry small: it asks for the start-up data before React and the store have loaded', () => {
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? '';
    const withEntry = modulesLoadedWith(closure(manifest, entry));
    expect(withEntry.some((m) => m.endsWith('renderer/api/early-calls.ts'))).toBe(true);
    expect(withEntry.filter((m) => /node_modules\/(react|react-dom|zustand)\//.test(m))).toEqual([]);
  });
});
