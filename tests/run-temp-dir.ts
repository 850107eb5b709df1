import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Set once the run has its folder: vitest calls a root global setup once for each project. */
const RUN_DIR = 'CADENCE_TEST_RUN_DIR';

/**
 * Vitest's global setup: the whole test run gets one temporary folder, made its TMPDIR (the workers, the hosts
 * and command lines they start, and Chromium inherit it), and removed when the run ends. The data folders,
 * sockets, clones and remotes the tests make in `os.tmpdir()` (some 1,300 a run) no longer pile up in the
 * system's temporary folder.
 */
export default function setup(): (() => void) | undefined {
  if (process.env[RUN_DIR]) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-test-run-'));
  process.env[RUN_DIR] = dir;
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
