import * as board from '../../services/retro-board-service';
import * as actions from '../../services/retro-action-service';
import * as retro from '../../services/retro-service';
import * as templates from '../../services/retro-template-service';
import * as postmortem from '../../services/postmortem-service';
import type { retroContract } from '../contract/retro';
import type { HandlersFor } from '../handler-types';
import { screenRetro } from '../../domain/room/redact';
import { inRoom, refuseJoined, retroForScreen } from './screen-view';

export const retroHandlers: HandlersFor<typeof retroContract> = {
  createRetro: retroForScreen(retro.createRetro),
  deleteRetro: (ctx, input) => retro.deleteRetro(ctx, input),
  updateRetroDetails: retroForScreen(retro.updateRetroDetails),
  setRetroPhase: retroForScreen(retro.setRetroPhase),
  setRetroTimer: retroForScreen(retro.setRetroTimer),
  addRetroCard: retroForScreen((ctx, input) => {
    refuseJoined(ctx, input.teamId, input.authorId);
    return board.addRetroCard(ctx, input);
  }),
  updateRetroCard: retroForScreen(board.updateRetroCard),
  deleteRetroCard: retroForScreen(board.deleteRetroCard),
  revealRetroCards: retroForScreen(board.revealRetroCards),
  groupRetroCard: retroForScreen(board.groupRetroCard),
  ungroupRetroCard: retroForScreen(board.ungroupRetroCard),
  mergeRetroGroups: retroForScreen(board.mergeRetroGroups),
  titleRetroGroup: retroForScreen(board.titleRetroGroup),
  castRetroVotes: retroForScreen((ctx, input) => {
    refuseJoined(ctx, input.teamId, input.voterId);
    return board.enterRetroVotes(ctx, input);
  }),
  closeRetroVoting: retroForScreen(board.closeRetroVoting),
  setRetroTopicNotes: retroForScreen(board.setRetroTopicNotes),
  addRetroAction: retroForScreen(actions.addRetroAction),
  updateRetroAction: retroForScreen(actions.updateRetroAction),
  deleteRetroAction: retroForScreen(actions.deleteRetroAction),
  reviewRetroAction: retroForScreen(actions.reviewRetroAction),
  recordHealthCheck: (ctx, input) => retro.recordHealthCheck(ctx, input),
  updateIncident: retroForScreen(postmortem.updateIncident),
  addTimelineEntry: retroForScreen(postmortem.addTimelineEntry),
  editTimelineEntry: retroForScreen(postmortem.editTimelineEntry),
  deleteTimelineEntry: retroForScreen(postmortem.deleteTimelineEntry),
  saveRetroTemplate: (ctx, input) => templates.saveRetroTemplate(ctx, input),
  deleteRetroTemplate: (ctx, input) => templates.deleteRetroTemplate(ctx, input),
  importRetro: async (ctx, input) => {
    const imported = await retro.importRetro(ctx, input);
    return { ...imported, retro: screenRetro(imported.retro, inRoom(ctx, input.teamId)) };
  },
};
