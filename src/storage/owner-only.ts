import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Everything Cadence keeps in its data folder is readable by its owner only: team data, backups, the
 * lock, caches, and what later features add there (a room key, a sync clone, a stored token). One
 * place for the modes, so every writer uses the same ones. Windows ignores these bits; its per-user
 * profile folders are private already.
 */
export const OWNER_FILE_MODE = 0o600;
export const OWNER_DIR_MODE = 0o700;

/** What Cadence keeps at the top of the data folder. */
export interface OwnEntries {
  folders: readonly string[];
  /** Its files there; their damaged copies (`<name>.damaged-<time>`) and temp files (dot-named `.tmp`) count too. */
  files: readonly string[];
}

function isOwnFile(name: string, own: OwnEntries): boolean {
  return /^\..+\.tmp$/.test(name) || own.files.some((f) => name === f || name.startsWith(`${f}.damaged-`));
}

/**
 * Brings what an older Cadence (or a person, or another tool) left in the data folder to owner-only: the
 * folders Cadence keeps there and everything in them at every depth (a sync clone's .git included), and
 * Cadence's own files at the top. Folders become 0700; a file open to others becomes 0600, or 0700 if its
 * owner may run it (the askpass script, git's hooks); a file that already is owner-only is not touched.
 * Links are not followed. Anything else in the folder, and the data folder itself when it already existed
 * (it may be one the user chose), is left as it is.
 */
export async function restrictToOwner(
  dataDir: string,
  own: OwnEntries,
  chmod: (file: string, mode: number) => Promise<void>,
): Promise<void> {
  const setMode = (file: string, mode: number) => chmod(file, mode).catch(() => undefined);
  const restrictFile = async (file: string) => {
    const stat = await fs.lstat(file).catch(() => null);
    if (stat?.isFile() && stat.mode & 0o077) await setMode(file, OWNER_FILE_MODE | (stat.mode & 0o100));
  };
  // One walk: a folder's entries in parallel, so a clone's thousands of objects cost one pass.
  const restrictFolder = async (dir: string): Promise<void> => {
    await setMode(dir, OWNER_DIR_MODE);
    const inside = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    await Promise.all(
      inside.map((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return restrictFolder(full);
        return entry.isFile() ? restrictFile(full) : undefined;
      }),
    );
  };
  const top = await fs.readdir(dataDir, { withFileTypes: true }).catch(() => []);
  for (const entry of top) {
    const full = path.join(dataDir, entry.name);
    if (entry.isDirectory() && own.folders.includes(entry.name)) {
      await restrictFolder(full);
    } else if (entry.isFile() && isOwnFile(entry.name, own)) {
      await setMode(full, OWNER_FILE_MODE);
    }
  }
}
