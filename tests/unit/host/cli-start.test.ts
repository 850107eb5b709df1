import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/in-process-api';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'src', 'host', 'cli.ts');

// One run of the real command (through tsx: a few seconds). The address is printed as soon as the host listens,
// while the data is still being read (the page loads meanwhile), so a start that fails says why and stops.
describe.skipIf(process.platform === 'win32')('the browser-mode host at start', { timeout: 60_000 }, () => {
  it('stops when its data does not open, and says which entry is wrong', () => {
    const dataDir = tempDir();
    mkdirSync(path.join(dataDir, 'cadence.json'));
    const run = spawnSync(TSX, [CLI, '--data-dir', dataDir, '--port', '0'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 45_000,
    });
    expect(run.stderr.trim()).toBe(
      `Cadence could not open its data: ${path.join(dataDir, 'cadence.json')} is a folder, not a file; move it away and start again.`,
    );
    expect(run.status).toBe(2);
  });
});
