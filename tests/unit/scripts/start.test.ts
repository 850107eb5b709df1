import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/in-process-api';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const MODULE = pathToFileURL(path.join(ROOT, 'scripts', 'electron-binary.mjs')).href;

/** A stand-in for the electron package: its `install-electron` bin is `installer` (no network). */
function electronPackage(installer: string): string {
  const dir = tempDir('cadence-electron-pkg-');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'electron',
      version: '45.5.0',
      bin: { electron: 'cli.js', 'install-electron': 'install.js' },
      engines: { node: '>= 22.12.0' },
    }),
  );
  writeFileSync(path.join(dir, 'install.js'), installer);
  return dir;
}

/** Downloads nothing: shows a progress line, then puts a stand-in binary where Electron's installer would. */
const FETCHING = `
const fs = require('node:fs');
const path = require('node:path');
process.stderr.write('Downloading electron-v45.5.0-linux-x64.zip: [====================] 100% ETA: 0.0 seconds\\n');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
const bin = path.join(__dirname, 'dist', 'electron');
fs.writeFileSync(bin, '#!/bin/sh\\necho "stand-in Electron opened $*"\\n');
fs.chmodSync(bin, 0o755);
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

/** Fails the way the download does without access to Electron's release host. */
const REFUSING = `
console.error('RequestError: getaddrinfo ENOTFOUND github.com');
process.exit(1);
`;

/** Runs npm start's flow in its own process (the installer's output goes to the terminal, as it would). */
function start(electronDir: string) {
  const driver = `
    import { startDesktop } from ${JSON.stringify(MODULE)};
    process.exitCode = await startDesktop({
      electronDir: ${JSON.stringify(electronDir)}, appDir: '/app', args: ['--data-dir', '/data'], build: () => 0,
    });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm start without the Electron binary', () => {
  it('fetches it with Electron’s installer, showing its progress, then opens the app', () => {
    const dir = electronPackage(FETCHING);
    const first = start(dir);
    expect(first.output).toContain('fetching it once');
    expect(first.output).toContain('[====================] 100%');
    expect(first.output).toContain('stand-in Electron opened /app --data-dir /data');
    expect(first.output).not.toContain('npm run web');
    expect(first.status).toBe(0);
    // The next start finds the binary and does not fetch again.
    const second = start(dir);
    expect(second.output).not.toContain('fetching');
    expect(second.output).toContain('stand-in Electron opened');
  });

  it('points to browser mode only when the download fails, and opens nothing', () => {
    const dir = electronPackage(REFUSING);
    const run = start(dir);
    expect(run.output).toContain('ENOTFOUND');
    expect(run.output).toContain('npm run web');
    expect(run.output).not.toContain('stand-in Electron opened');
    expect(run.status).toBe(1);
    expect(existsSync(path.join(dir, 'path.txt'))).toBe(false);
  });

  it('treats an installer that exits 0 without a binary as a failed download', () => {
    const dir = electronPackage('process.exit(0);');
    mkdirSync(path.join(dir, 'dist'));
    const run = start(dir);
    expect(run.output).toContain('npm run web');
    expect(run.status).toBe(1);
  });
});
