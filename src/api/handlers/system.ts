import path from 'node:path';
import { savedFileFailure } from '../../domain/shared/disk-failure';
import { DomainError } from '../../domain/shared/errors';
import { APP_VERSION } from '../../version';
import type { systemContract } from '../contract/system';
import type { HandlersFor } from '../handler-types';

/**
 * A file saved where the person picked (the save dialog), or its failure in words when the disk would not take it:
 * a full or write-protected USB stick is not "something went wrong on our side", nor the data folder's disk.
 */
async function savedWhere(save: Promise<string | null>): Promise<{ path: string | null }> {
  try {
    return { path: await save };
  } catch (error) {
    const file = (error as { path?: unknown }).path;
    throw savedFileFailure(error, typeof file === 'string' ? path.dirname(file) : null) ?? error;
  }
}

export const systemHandlers: HandlersFor<typeof systemContract> = {
  getStatus: (ctx) => ({
    dataDir: ctx.store.dataDir,
    dataFile: ctx.store.dataFile,
    backupDir: ctx.store.backups.folder,
    readOnly: ctx.store.readOnly,
    notices: [...ctx.store.notices],
    version: APP_VERSION,
    transport: ctx.transport,
  }),
  saveFile: async (ctx, input) => {
    if (!ctx.shell.saveFile) {
      throw new DomainError(
        'unsupported',
        'Saving through a dialog is only available in the desktop app; the browser downloads the file instead.',
      );
    }
    return savedWhere(ctx.shell.saveFile(input));
  },
  savePdf: async (ctx, input) => {
    if (!ctx.shell.savePdf) {
      throw new DomainError(
        'unsupported',
        'Saving a PDF directly is only available in the desktop app; print instead.',
      );
    }
    return savedWhere(ctx.shell.savePdf(input));
  },
  setFullScreen: async (ctx, input) => {
    if (!ctx.shell.setFullScreen) {
      throw new DomainError('unsupported', 'The window is put in full screen by the desktop app only.');
    }
    return { fullScreen: await ctx.shell.setFullScreen(input.on) };
  },
};
