import * as backups from '../../services/data-backup-service';
import * as transfer from '../../services/data-transfer-service';
import type { HandlersFor } from '../handler-types';
import type { dataContract } from '../contract/data';

export const dataHandlers: HandlersFor<typeof dataContract> = {
  listBackups: (ctx) => backups.listBackups(ctx),
  backupNow: (ctx) => backups.backupNow(ctx),
  restoreBackup: (ctx, input) => backups.restoreBackup(ctx, input),
  openBackupsFolder: (ctx) => backups.openBackupsFolder(ctx, ctx.shell.openFolder?.bind(ctx.shell)),
  exportWorkspace: (ctx) => transfer.exportWorkspace(ctx),
  previewImport: (ctx, input) => transfer.previewImport(ctx, input),
  importWorkspace: (ctx, input) => transfer.importWorkspace(ctx, input),
};
