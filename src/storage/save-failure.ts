import { DomainError } from '../domain/shared/errors';

/** The system error code behind a failed write, through the wrappers storage adds. */
function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * What the person at the screen is told when a change could not be saved. `undone` is false only when
 * part of the change reached the disk and could not be taken back: the app then keeps what the disk
 * holds, and says so.
 */
export function saveFailure(error: unknown, dataDir: string, undone: boolean): DomainError {
  const outcome = undone
    ? 'nothing was saved'
    : 'part of it was written and could not be taken back, so Cadence now shows what the disk holds';
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DomainError(
      'internal',
      `The disk is full: there was no room to save this change in ${dataDir}, so ${outcome}. Free some space on that disk, then try again.`,
    );
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DomainError(
      'read_only',
      `The data folder ${dataDir} is read-only (or Cadence may not write there): ${outcome}. Make the folder writable, or start Cadence with another --data-dir.`,
    );
  }
  const detail = (error as Error | undefined)?.message ?? String(error);
  return new DomainError(
    'internal',
    `Cadence could not save this change (${detail}): ${outcome}. Try again; if it keeps failing, check the disk that holds ${dataDir}.`,
  );
}
