import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { APP_SHELL, closure, firstLoad, modulesOf, readManifest } from '../../bench/lib/manifest';
import { COMPILE_HINT } from '../../scripts/vite/compile-hints';

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

  it("keeps validation out of the phones' page: it loads on a phone over the room's network", () => {
    const assets = path.resolve(DIST, '..', 'participant', 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(path.join(assets, file), 'utf8'), file).not.toContain('ZodError');
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

  const firstLine = (file: string) => readFileSync(path.join(DIST, file), 'utf8').split('\n', 1)[0];
  const chunkWith = (module: RegExp) => {
    const file = Object.values(manifest).find((c) => modulesOf(DIST, c.file).some((m) => module.test(m)))?.file;
    if (!file) throw new Error(`no chunk holds ${module}`);
    return file;
  };

  it('marks the screens opened after start for compiling as they load; start-up and feature libraries stay lazy', () => {
    for (const key of ['screens/standup/StandupScreen.tsx', 'screens/retro/RetroScreen.tsx']) {
      expect(firstLine(manifest[key]?.file ?? ''), key).toBe(COMPILE_HINT);
    }
    // Compiling all of React and the first screen whole would delay start-up.
    for (const key of closure(manifest, backlog, firstLoad(manifest))) {
      expect(firstLine(manifest[key]?.file ?? ''), key).not.toBe(COMPILE_HINT);
    }
    for (const lazy of [/node_modules\/recharts\//, /node_modules\/mermaid\//, /node_modules\/marked\//]) {
      expect(firstLine(chunkWith(lazy)), String(lazy)).not.toBe(COMPILE_HINT);
    }
  });

  it('keeps a marked chunk’s source map in step with its code', () => {
    const file = manifest['screens/standup/StandupScreen.tsx']?.file ?? '';
    const lines = readFileSync(path.join(DIST, file), 'utf8').split('\n');
    const text = 'No interrupts logged.';
    const line = lines.findIndex((l) => l.includes(text));
    expect(line).toBeGreaterThan(0);
    const map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(DIST, `${file}.map`), 'utf8')) as RawSourceMap);
    // The string literal's opening quote, one column before its text.
    const at = map.originalPositionFor({ line: line + 1, column: (lines[line]?.indexOf(text) ?? 0) - 1 });
    expect(at.source).toMatch(/renderer\/screens\/standup\/BoardView\.tsx$/);
    const original = map.sourceContentFor(at.source ?? '')?.split('\n')[(at.line ?? 0) - 1];
    expect(original).toContain(text);
  });
});
