import { DomainError } from '../../domain/shared/errors';
import type { roomContract } from '../contract/room';
import type { HandlerContext, HandlersFor } from '../handler-types';
import type { RoomPort } from '../room-port';

function roomOf(ctx: HandlerContext): RoomPort {
  if (!ctx.room) throw new DomainError('unsupported', 'The room is not available here.');
  return ctx.room;
}

export const roomHandlers: HandlersFor<typeof roomContract> = {
  listRoomAddresses: (ctx) => roomOf(ctx).addresses(),
  openRoom: (ctx, input) => roomOf(ctx).open(input),
  getRoom: (ctx) => ctx.room?.status() ?? null,
  focusRoom: (ctx, input) => roomOf(ctx).focus(input.focus),
  lockRoom: (ctx, input) => roomOf(ctx).lock(input.locked),
  allowRoomGuests: (ctx, input) => roomOf(ctx).allowGuests(input.allowed),
  newRoomCode: (ctx) => roomOf(ctx).newCode(),
  removeFromRoom: (ctx, input) => roomOf(ctx).remove(input.personId),
  closeRoom: async (ctx) => {
    await roomOf(ctx).close();
    return { closed: true as const };
  },
};
