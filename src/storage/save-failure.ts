import { diskFailure } from '../domain/shared/disk-failure';
import type { DomainError } from '../domain/shared/errors';

/**
 * What the person at the screen is told when a change could not be saved. `undone` is false only when
 * part of the change reached the disk and could not be taken back: the app then keeps what the disk
 * holds, and says so.
 */
export function saveFailure(error: unknown, dataDir: string, undone: boolean): DomainError {
  const outcome = undone
    ? 'nothing was saved'
    : 'part of it was written and could not be taken back, so Cadence now shows what the disk holds';
  return diskFailure(error, { kind: 'data', folder: dataDir, doing: 'save this change', outcome });
}
