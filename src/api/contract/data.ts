import { z } from 'zod';
import type { BackupList, BackupTaken, ImportPreview, ReplaceResult, WorkspaceExport } from '../../services/data-types';
import { method } from '../define';

/** The renderer takes these result types from the contract, never from services. */
export type { BackupList, BackupSummary, BackupTaken, ImportPreview, ReplaceResult } from '../../services/data-types';

/**
 * How large a workspace file may be, in bytes: one bound for the screen (the file's size), this contract (the
 * content's UTF-8 length) and browser mode's body limit (derived from it), so a file one accepts the others take.
 * The export is compact; the large bench workspace (20 teams, 10,000 items, 500 retros) is 19 MB of it, and
 * 33 MB as older versions pretty-printed it.
 */
export const MAX_WORKSPACE_FILE_BYTES = 100 * 1024 * 1024;
/** The bound as people read it. */
export const MAX_WORKSPACE_FILE_SIZE = `${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MB`;

/** Whether text fits the bound once saved as UTF-8, counted without encoding it (a UTF-16 unit is 1 to 3 bytes). */
export function fitsWorkspaceFile(text: string): boolean {
  if (text.length > MAX_WORKSPACE_FILE_BYTES) return false;
  if (text.length * 3 <= MAX_WORKSPACE_FILE_BYTES) return true;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= MAX_WORKSPACE_FILE_BYTES; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes <= MAX_WORKSPACE_FILE_BYTES;
}

const ImportContent = z
  .string({ error: 'Pick a Cadence workspace file (.json).' })
  .min(1, { error: 'The file is empty.' })
  .refine(fitsWorkspaceFile, {
    error: `The file is larger than ${MAX_WORKSPACE_FILE_SIZE}; that is not a Cadence export.`,
  });

/** Api methods of the data feature: backups, restore, whole-workspace export and import. */
export const dataContract = {
  listBackups: method<BackupList>()(z.object({}).strict()),
  /** Backs up the data as it is now, on top of the automatic backups. */
  backupNow: method<BackupTaken>()(z.object({}).strict()),
  /** Restores one backup by file name; the current data is backed up first. */
  restoreBackup: method<ReplaceResult>()(z.object({ name: z.string().min(1).max(200) }).strict()),
  /** Desktop only; browser mode answers `unsupported` and the screen shows the path instead. */
  openBackupsFolder: method<{ folder: string }>()(z.object({}).strict()),
  exportWorkspace: method<WorkspaceExport>()(z.object({}).strict()),
  /** Validates an import without applying it, so the person sees what it holds before confirming. */
  previewImport: method<ImportPreview>()(z.object({ content: ImportContent }).strict()),
  importWorkspace: method<ReplaceResult>()(z.object({ content: ImportContent }).strict()),
};
