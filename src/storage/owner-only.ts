/**
 * Everything Cadence keeps in its data folder is readable by its owner only: team data, backups, the
 * lock, caches, and what later features add there (a room key, a sync clone, a stored token). One
 * place for the modes, so every writer uses the same ones. Windows ignores these bits; its per-user
 * profile folders are private already.
 */
export const OWNER_FILE_MODE = 0o600;
export const OWNER_DIR_MODE = 0o700;
