import * as board from '../../services/board-service';
import * as session from '../../services/standup-session-service';
import * as topics from '../../services/standup-topics-service';
import type { standupContract } from '../contract/standup';
import type { HandlersFor } from '../handler-types';

export const standupHandlers: HandlersFor<typeof standupContract> = {
  moveBoardCard: (ctx, input) => board.moveBoardCard(ctx, input),
  setCardBlocked: (ctx, input) => board.setCardBlocked(ctx, input),
  logInterrupt: (ctx, input) => board.logInterrupt(ctx, input),
  startStandup: (ctx, input) => session.startStandup(ctx, input),
  controlStandup: (ctx, input) => session.controlStandup(ctx, input),
  addStandupNote: (ctx, input) => session.addStandupNote(ctx, input),
  editStandupNote: (ctx, input) => session.editStandupNote(ctx, input),
  deleteStandupNote: (ctx, input) => session.deleteStandupNote(ctx, input),
  raiseBlocker: (ctx, input) => topics.raiseBlocker(ctx, input),
  resolveBlocker: (ctx, input) => topics.resolveBlocker(ctx, input),
  reopenBlocker: (ctx, input) => topics.reopenBlocker(ctx, input),
  setBlockerOwner: (ctx, input) => topics.setBlockerOwner(ctx, input),
  editBlocker: (ctx, input) => topics.editBlocker(ctx, input),
  addParkingTopic: (ctx, input) => topics.addParkingTopic(ctx, input),
  editParkingTopic: (ctx, input) => topics.editParkingTopic(ctx, input),
  closeParkingTopic: (ctx, input) => topics.closeParkingTopic(ctx, input),
  reopenParkingTopic: (ctx, input) => topics.reopenParkingTopic(ctx, input),
};
