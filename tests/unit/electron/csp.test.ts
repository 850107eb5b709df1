import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/host/server';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BUILT = path.join(ROOT, 'dist', 'renderer', 'index.html');

/** Directive name -> sources, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function expectStrictScripts(policy: string): void {
  const d = directives(policy);
  const script = d.get('script-src') ?? d.get('default-src');
  expect(script).toEqual(["'self'"]);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  for (const [name, sources] of d) {
    if (name === 'style-src') continue;
    expect(sources, name).not.toContain("'unsafe-inline'");
    expect(sources, name).not.toContain("'unsafe-eval'");
    expect(sources, name).not.toContain('*');
  }
  expect(d.get('connect-src') ?? d.get('default-src')).not.toContain('*');
}

describe("the built renderer's Content-Security-Policy", () => {
  let html = '';
  beforeAll(() => {
    // Fast when the build is fresh; the unit project may run before anything was built.
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--web'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    html = readFileSync(BUILT, 'utf8');
  }, 120_000);

  it('has a CSP meta tag (applied wherever the page is loaded from) with script-src self only', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta?.[1]).toBeTruthy();
    expectStrictScripts(meta![1]!);
  });

  it('has no inline script, only module scripts from our own folder', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body?.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '';
      expect(src).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('ships no eval-style code that the policy would have to allow', () => {
    const assets = path.join(ROOT, 'dist', 'renderer', 'assets');
    const ours = readdirSync(assets).filter((n) => n.endsWith('.js') && n.startsWith('index'));
    for (const name of ours) {
      expect(readFileSync(path.join(assets, name), 'utf8'), name).not.toMatch(/\beval\(/);
    }
  });

  it('is the same strict policy the browser-mode host sends as a header', () => {
    expectStrictScripts(CONTENT_SECURITY_POLICY);
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
