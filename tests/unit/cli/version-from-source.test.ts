import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** `npm run cadence -- --version`, as a developer or a script runs the command line from source. */
function versionFromSource(): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/bin.ts'), '--version'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_lifecycle_event: '' },
  });
}

describe('cadence --version run from source', { timeout: 60_000 }, () => {
  it('prints the version package.json gives, as the built app does', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(versionFromSource()).toBe(`Cadence ${version}\n`);
  });
});
