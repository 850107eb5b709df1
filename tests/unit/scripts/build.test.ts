import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeSchemaFingerprint } from '../../../src/storage/verified-teams';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const ASSETS = path.join(ROOT, 'dist', 'renderer', 'assets');

/** Marks only React's development builds carry: the JSX dev runtime's calls and react-dom's console hint. */
const DEVELOPMENT = ['jsxDEV', 'Download the React DevTools'];

describe('the build', () => {
  beforeAll(() => {
    // Built as the tests build it (vitest sets NODE_ENV=test); fast when the build is fresh.
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--web'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'test' },
    });
    expect(built.status, built.stderr).toBe(0);
  }, 120_000);

  it("ships React's production build, whatever NODE_ENV it was built under", () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    const development = scripts.filter((f) => {
      const text = readFileSync(path.join(ASSETS, f), 'utf8');
      return DEVELOPMENT.some((mark) => text.includes(mark));
    });
    expect(development).toEqual([]);
  });

  it('gives the Node side the fingerprint its own team schema has, so a start need not work it out', async () => {
    const script = pathToFileURL(path.join(ROOT, 'scripts', 'build-defines.mjs')).href;
    const { nodeDefines } = (await import(script)) as {
      nodeDefines: (root: string) => Promise<Record<string, string>>;
    };
    const defines = await nodeDefines(ROOT);
    expect(JSON.parse(defines.__SCHEMA_FINGERPRINT__ ?? 'null')).toBe(computeSchemaFingerprint());
  });
});
