import { z } from 'zod';
import type { BackupList, BackupTaken, ImportPreview, ReplaceResult, WorkspaceExport } from '../../services/data-types';
import { fitsWorkspaceFile, MAX_WORKSPACE_FILE_SIZE } from '../../domain/shared/workspace-file-bound';
import { method } from '../define';

/** The renderer takes these result types from the contract, never from services. */
export type { BackupList, BackupSummary, BackupTaken, ImportPreview, ReplaceResult } from '../../services/data-types';

/** The bound of a workspace file, shared with the export (src/domain/shared/workspace-file-bound.ts). */
export {
  fitsWorkspaceFile,
  MAX_WORKSPACE_FILE_BYTES,
  MAX_WORKSPACE_FILE_SIZE,
} from '../../domain/shared/workspace-file-bound';

const ImportContent = z
  .string({ error: 'Pick a Cadence workspace file (.json).' })
  .min(1, { error: 'The file is empty.' })
  .refine((text) => fitsWorkspaceFile(text), {
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
