import * as board from '../../services/retro-board-service';
import * as actions from '../../services/retro-action-service';
import * as retro from '../../services/retro-service';
import * as templates from '../../services/retro-template-service';
import * as postmortem from '../../services/postmortem-service';
import type { retroContract } from '../contract/retro';
import type { HandlersFor } from '../handler-types';

export const retroHandlers: HandlersFor<typeof retroContract> = {
  createRetro: (ctx, input) => retro.createRetro(ctx, input),
  deleteRetro: (ctx, input) => retro.deleteRetro(ctx, input),
  updateRetroDetails: (ctx, input) => retro.updateRetroDetails(ctx, input),
  setRetroPhase: (ctx, input) => retro.setRetroPhase(ctx, input),
  setRetroTimer: (ctx, input) => retro.setRetroTimer(ctx, input),
  addRetroCard: (ctx, input) => board.addRetroCard(ctx, input),
  updateRetroCard: (ctx, input) => board.updateRetroCard(ctx, input),
  deleteRetroCard: (ctx, input) => board.deleteRetroCard(ctx, input),
  revealRetroCards: (ctx, input) => board.revealRetroCards(ctx, input),
  groupRetroCard: (ctx, input) => board.groupRetroCard(ctx, input),
  ungroupRetroCard: (ctx, input) => board.ungroupRetroCard(ctx, input),
  mergeRetroGroups: (ctx, input) => board.mergeRetroGroups(ctx, input),
  titleRetroGroup: (ctx, input) => board.titleRetroGroup(ctx, input),
  castRetroVotes: (ctx, input) => board.castRetroVotes(ctx, input),
  closeRetroVoting: (ctx, input) => board.closeRetroVoting(ctx, input),
  setRetroTopicNotes: (ctx, input) => board.setRetroTopicNotes(ctx, input),
  addRetroAction: (ctx, input) => actions.addRetroAction(ctx, input),
  updateRetroAction: (ctx, input) => actions.updateRetroAction(ctx, input),
  deleteRetroAction: (ctx, input) => actions.deleteRetroAction(ctx, input),
  reviewRetroAction: (ctx, input) => actions.reviewRetroAction(ctx, input),
  recordHealthCheck: (ctx, input) => retro.recordHealthCheck(ctx, input),
  updateIncident: (ctx, input) => postmortem.updateIncident(ctx, input),
  addTimelineEntry: (ctx, input) => postmortem.addTimelineEntry(ctx, input),
  deleteTimelineEntry: (ctx, input) => postmortem.deleteTimelineEntry(ctx, input),
  saveRetroTemplate: (ctx, input) => templates.saveRetroTemplate(ctx, input),
  deleteRetroTemplate: (ctx, input) => templates.deleteRetroTemplate(ctx, input),
  importRetro: (ctx, input) => retro.importRetro(ctx, input),
};
