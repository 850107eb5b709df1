import { DomainError } from '../../domain/shared/errors';
import type { syncContract } from '../contract/sync';
import type { HandlerContext, HandlersFor } from '../handler-types';
import type { SyncPort } from '../sync-port';

function syncOf(ctx: HandlerContext): SyncPort {
  if (!ctx.sync) throw new DomainError('unsupported', 'Sharing through Git is not available here.');
  return ctx.sync;
}

export const syncHandlers: HandlersFor<typeof syncContract> = {
  listSyncStatus: (ctx) => ctx.sync?.list() ?? [],
  shareTeam: (ctx, input) => syncOf(ctx).share(input),
  joinSharedTeam: (ctx, input) => syncOf(ctx).join(input),
  syncTeam: (ctx, input) => syncOf(ctx).sync(input.teamId),
  resolveSyncConflicts: (ctx, input) => syncOf(ctx).resolve(input.teamId, input.decisions),
  replaceSyncToken: (ctx, input) => syncOf(ctx).replaceToken(input.teamId, input.token),
  setSyncAuthor: (ctx, input) => syncOf(ctx).setAuthor(input.teamId, input.author),
  stopSharing: async (ctx, input) => {
    await syncOf(ctx).stop(input.teamId);
    return { stopped: true as const };
  },
};
