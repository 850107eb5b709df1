import * as imports from '../../services/backlog-import-service';
import type { importsContract } from '../contract/imports';
import type { HandlersFor } from '../handler-types';

export const importsHandlers: HandlersFor<typeof importsContract> = {
  importBacklog: (ctx, input) => imports.importBacklog(ctx, input),
  undoBacklogImport: (ctx, input) => imports.undoBacklogImport(ctx, input),
};
