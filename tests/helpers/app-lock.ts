import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE_NAME } from '../../src/storage/lock';

/** The data folder's lock as the desktop app leaves it while open (held by a live process: the test's parent). */
export function holdAsDesktopApp(dataDir: string): void {
  const holder = { pid: process.ppid, host: os.hostname(), startedAt: '2026-11-04T09:00:00.000Z', app: 'desktop app' };
  writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(holder));
}
