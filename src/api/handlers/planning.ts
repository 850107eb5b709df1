import * as estimation from '../../services/estimation-service';
import * as calendarImport from '../../services/calendar-import-service';
import * as calendar from '../../services/sprint-calendar-service';
import * as scope from '../../services/sprint-scope-service';
import * as sprints from '../../services/sprint-service';
import type { planningContract } from '../contract/planning';
import type { HandlersFor } from '../handler-types';
import { refuseJoined, updateForScreen } from './screen-view';

export const planningHandlers: HandlersFor<typeof planningContract> = {
  createSprint: updateForScreen(sprints.createSprint),
  updateSprint: updateForScreen(sprints.updateSprint),
  deleteSprint: updateForScreen(sprints.deleteSprint),
  startSprint: updateForScreen(sprints.startSprint),
  closeSprint: updateForScreen(sprints.closeSprint),
  addTimeOff: updateForScreen(calendar.addTimeOff),
  addOnCall: updateForScreen(calendar.addOnCall),
  importCalendarEntries: updateForScreen(calendar.importCalendarEntries),
  importCalendar: calendarImport.importCalendar,
  undoCalendarImport: updateForScreen(calendarImport.undoCalendarImport),
  addHoliday: updateForScreen(calendar.addHoliday),
  updateHoliday: updateForScreen(calendar.updateHoliday),
  addChangeWindow: updateForScreen(calendar.addChangeWindow),
  updateChangeWindow: updateForScreen(calendar.updateChangeWindow),
  removeCalendarEntry: updateForScreen(calendar.removeCalendarEntry),
  planItem: updateForScreen(scope.planItem),
  unplanItem: updateForScreen(scope.unplanItem),
  startEstimation: updateForScreen(estimation.startEstimation),
  castVote: updateForScreen((ctx, input) => {
    refuseJoined(ctx, input.teamId, input.memberId);
    return estimation.castVote(ctx, input);
  }),
  revealVotes: updateForScreen(estimation.revealVotes),
  revote: updateForScreen(estimation.revote),
  acceptEstimate: updateForScreen(estimation.acceptEstimate),
};
