import path from 'node:path';
import { DATA_FILE_NAME } from '../../storage/data-dir';
import { APP_VERSION } from '../../version';
import type { systemContract } from '../contract/system';
import type { HandlersFor } from '../handler-types';

export const systemHandlers: HandlersFor<typeof systemContract> = {
  getStatus: (ctx) => ({
    dataDir: ctx.store.dataDir,
    dataFile: path.join(ctx.store.dataDir, DATA_FILE_NAME),
    backupDir: ctx.store.backupDir,
    readOnly: ctx.store.readOnly,
    notices: [...ctx.store.notices],
    version: APP_VERSION,
    transport: ctx.transport,
  }),
};
