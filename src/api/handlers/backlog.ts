import * as backlog from '../../services/backlog-service';
import type { backlogContract } from '../contract/backlog';
import type { HandlersFor } from '../handler-types';

export const backlogHandlers: HandlersFor<typeof backlogContract> = {
  createItem: (ctx, input) => backlog.createItem(ctx, input),
  updateItem: (ctx, input) => backlog.updateItem(ctx, input),
  deleteItem: (ctx, input) => backlog.deleteItem(ctx, input),
  restoreItem: (ctx, input) => backlog.restoreItem(ctx, input),
  moveItem: (ctx, input) => backlog.moveItem(ctx, input),
};
