import { DomainError } from './errors';

/** The system's codes for a disk with no room left, or a user's quota on it spent. */
const FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT']);
/** The system's codes for a folder this user may not write in, or one on a read-only disk. */
const REFUSED_CODES: ReadonlySet<string> = new Set(['EROFS', 'EACCES', 'EPERM']);

/** The system error code behind a failed file operation (ENOSPC, EACCES), through the wrappers storage adds. */
export function systemCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the system refused the operation: the file's or folder's permissions, or a read-only disk. */
export function isRefused(error: unknown): boolean {
  return REFUSED_CODES.has(systemCodeOf(error) ?? '');
}

/** True for a disk that is full: the one failure said in the same words wherever the file was. */
export function isDiskFull(error: unknown): boolean {
  return FULL_CODES.has(systemCodeOf(error) ?? '');
}

/** Where a failure happened and what became of the change, in the words the person is told. */
export interface FailureWhere {
  /** Which of Cadence's folders the file was in: its data folder, or the backups folder inside it. */
  kind: 'data' | 'backups';
  /** The folder's path, shown as it is. */
  folder: string;
  /** What could not be done, after "could not" and "no room to": "save this change", "write the backup". */
  doing: string;
  /** What became of the change: "nothing was saved", "nothing was changed". */
  outcome: string;
  /** The system refused to let Cadence read (list a folder, look a file up), not write: said so when refused. */
  reading?: boolean;
}

/**
 * What the person at the screen is told when the disk refused a file operation: what failed, what became of the
 * change, and what to do. A full disk and a folder Cadence may not write in are said as such; any other failure
 * with the system's own words.
 */
export function diskFailure(error: unknown, { kind, folder, doing, outcome, reading }: FailureWhere): DomainError {
  const code = systemCodeOf(error) ?? '';
  if (FULL_CODES.has(code)) {
    return new DomainError(
      'internal',
      `The disk is full: there was no room to ${doing} in ${folder}, so ${outcome}. Free some space on that disk, then try again.`,
    );
  }
  if (REFUSED_CODES.has(code) && reading === true) {
    return new DomainError(
      'forbidden',
      `Cadence may not read the ${kind} folder ${folder} (its permissions do not allow it): ${outcome}. Let the user Cadence runs as read the folder, or start Cadence with another --data-dir.`,
    );
  }
  if (REFUSED_CODES.has(code)) {
    return new DomainError(
      'read_only',
      `The ${kind} folder ${folder} is read-only (or Cadence may not write there): ${outcome}. Make the folder writable, or start Cadence with another --data-dir.`,
    );
  }
  const detail = (error as Error | undefined)?.message ?? String(error);
  return new DomainError(
    'internal',
    `Cadence could not ${doing} (${detail}): ${outcome}. Try again; if it keeps failing, check the disk that holds ${folder}.`,
  );
}

/** Which file Cadence went to read, and what became of the change, in the words the person is told. */
export interface ReadWhere {
  /** The file, named as the person would look for it: "The backup /data/backups/cadence-….json". */
  file: string;
  /** The folder it is in, for a failure of the disk. */
  folder: string;
  /** What became of the change: "nothing was changed". */
  outcome: string;
}

/**
 * What the person is told when a file Cadence went to read (a backup to restore) could not be read. Node says "open"
 * for a refused open whether it was to read or to write, so only the caller knows it was a read: said as that, never
 * as a read-only folder.
 */
export function unreadableFile(error: unknown, { file, folder, outcome }: ReadWhere): DomainError {
  if (isRefused(error)) {
    return new DomainError(
      'forbidden',
      `${file} could not be read: its permissions do not allow Cadence to open it, so ${outcome}. Let the user Cadence runs as read the file, then try again.`,
    );
  }
  const detail = (error as Error | undefined)?.message ?? String(error);
  return new DomainError(
    'internal',
    `${file} could not be read (${detail}): ${outcome}. Try again; if it keeps failing, check the disk that holds ${folder}.`,
  );
}

/**
 * What the person is told when a file they picked a place for (an export, a PDF, in the desktop app's save dialog)
 * could not be written there: a full disk or a folder Cadence may not write in (a write-protected USB stick), with
 * another folder to pick; null for any other failure. `folder`: where it was to go, when the system named it.
 */
export function savedFileFailure(error: unknown, folder: string | null): DomainError | null {
  const code = systemCodeOf(error) ?? '';
  const there = folder ? `in ${folder}` : 'there';
  if (FULL_CODES.has(code)) {
    return new DomainError(
      'internal',
      `The disk is full: there was no room for the file ${there}, so it was not saved. Free some space on that disk, or pick another folder, and save again.`,
    );
  }
  if (REFUSED_CODES.has(code)) {
    return new DomainError(
      'read_only',
      `Cadence may not write ${there} (the disk is read-only, or its permissions do not allow it), so the file was not saved. Pick another folder and save again.`,
    );
  }
  return null;
}
