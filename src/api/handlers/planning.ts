import * as estimation from '../../services/estimation-service';
import * as calendar from '../../services/sprint-calendar-service';
import * as scope from '../../services/sprint-scope-service';
import * as sprints from '../../services/sprint-service';
import type { planningContract } from '../contract/planning';
import type { HandlersFor } from '../handler-types';

export const planningHandlers: HandlersFor<typeof planningContract> = {
  createSprint: (ctx, input) => sprints.createSprint(ctx, input),
  updateSprint: (ctx, input) => sprints.updateSprint(ctx, input),
  deleteSprint: (ctx, input) => sprints.deleteSprint(ctx, input),
  startSprint: (ctx, input) => sprints.startSprint(ctx, input),
  closeSprint: (ctx, input) => sprints.closeSprint(ctx, input),
  addTimeOff: (ctx, input) => calendar.addTimeOff(ctx, input),
  addOnCall: (ctx, input) => calendar.addOnCall(ctx, input),
  importCalendarEntries: (ctx, input) => calendar.importCalendarEntries(ctx, input),
  addHoliday: (ctx, input) => calendar.addHoliday(ctx, input),
  addChangeWindow: (ctx, input) => calendar.addChangeWindow(ctx, input),
  removeCalendarEntry: (ctx, input) => calendar.removeCalendarEntry(ctx, input),
  planItem: (ctx, input) => scope.planItem(ctx, input),
  unplanItem: (ctx, input) => scope.unplanItem(ctx, input),
  startEstimation: (ctx, input) => estimation.startEstimation(ctx, input),
  castVote: (ctx, input) => estimation.castVote(ctx, input),
  revealVotes: (ctx, input) => estimation.revealVotes(ctx, input),
  revote: (ctx, input) => estimation.revote(ctx, input),
  acceptEstimate: (ctx, input) => estimation.acceptEstimate(ctx, input),
};
