import path from 'node:path';

/** The system's codes for a file this user may not open: not theirs to read or write, or on a read-only disk. */
const ACCESS_CODES: ReadonlySet<string> = new Set(['EACCES', 'EPERM', 'EROFS']);

/** What a command was doing in the data folder when the system refused it, and whether it has a --dry-run. */
export interface Access {
  dataDir: string;
  doing: 'read' | 'write';
  hasDryRun: boolean;
}

/**
 * The words for a refusal of the system to let a command at a file in its data folder, or null for any other
 * failure: a command run as another user than the app's (a cron job), or on a folder on a read-only share, is told
 * so and what to do, not the system's words about a lock's temporary file or a backup's.
 */
export function accessRefusal(error: unknown, { dataDir, doing, hasDryRun }: Access): string | null {
  const { code, path: file } = (error ?? {}) as NodeJS.ErrnoException;
  const inFolder = typeof file === 'string' && !path.relative(dataDir, file).startsWith('..');
  if (!code || !ACCESS_CODES.has(code) || !inFolder) return null;
  const asUser = 'Run the command as the user Cadence runs as';
  const message =
    doing === 'read'
      ? `Cadence may not read the data folder ${dataDir}: its permissions do not allow it. ${asUser}.`
      : `Cadence may not write in the data folder ${dataDir}: its permissions do not allow it, or its disk is ` +
        `read-only. ${asUser}, or make the folder writable${hasDryRun ? ' (a --dry-run only reads it)' : ''}.`;
  return `${message} Nothing was changed.`;
}
