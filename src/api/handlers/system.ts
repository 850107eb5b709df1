import { DomainError } from '../../domain/shared/errors';
import { APP_VERSION } from '../../version';
import type { systemContract } from '../contract/system';
import type { HandlersFor } from '../handler-types';

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
    return { path: await ctx.shell.saveFile(input) };
  },
  savePdf: async (ctx, input) => {
    if (!ctx.shell.savePdf) {
      throw new DomainError(
        'unsupported',
        'Saving a PDF directly is only available in the desktop app; print instead.',
      );
    }
    return { path: await ctx.shell.savePdf(input) };
  },
  setFullScreen: async (ctx, input) => {
    if (!ctx.shell.setFullScreen) {
      throw new DomainError('unsupported', 'The window is put in full screen by the desktop app only.');
    }
    return { fullScreen: await ctx.shell.setFullScreen(input.on) };
  },
};
