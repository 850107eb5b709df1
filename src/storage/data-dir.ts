import { statSync } from 'node:fs';
import path from 'node:path';

export const DATA_FILE_NAME = 'cadence.json';
export const BACKUP_DIR_NAME = 'backups';
/** Where sharing keeps its clones and tokens (`syncFolder` in src/sync/clone.ts, which may not import storage). */
export const SYNC_DIR_NAME = 'sync';

/**
 * Whether Cadence keeps data in the folder: its index (or a whole-workspace file) is there. A folder the system
 * will not look into (no permission) throws the system's error: that is not a folder without data.
 */
export function holdsCadenceData(dataDir: string): boolean {
  try {
    statSync(path.join(dataDir, DATA_FILE_NAME));
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * The directory Electron's app.getPath('userData') gives for an app named "Cadence",
 * so browser mode and the desktop app share one data file by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Cadence');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Cadence');
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), 'Cadence');
}

/** --data-dir wins over CADENCE_DATA_DIR, which wins over the platform default. */
export function resolveDataDir(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  fallback: () => string,
): string {
  const chosen = flag ?? env.CADENCE_DATA_DIR;
  return chosen ? path.resolve(chosen) : fallback();
}
