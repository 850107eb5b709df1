import { create } from 'zustand';
import { createBacklogSlice, type BacklogSlice } from './slices/backlog';
import { createDataSlice, type DataSlice } from './slices/data';
import { createPlanningSlice, type PlanningSlice } from './slices/planning';
import { createRetroSlice, type RetroSlice } from './slices/retro';
import { createReviewSlice, type ReviewSlice } from './slices/review';
import { createRoomSlice, type RoomSlice } from './slices/room';
import { createStandupSlice, type StandupSlice } from './slices/standup';
import { createSyncSlice, type SyncSlice } from './slices/sync';
import { createTeamSlice, type TeamSlice } from './slices/team';
import { createUiSlice, type UiSlice } from './slices/ui';

export interface AppState
  extends
    UiSlice,
    TeamSlice,
    BacklogSlice,
    PlanningSlice,
    StandupSlice,
    ReviewSlice,
    RetroSlice,
    DataSlice,
    RoomSlice,
    SyncSlice {}

/** The one bound store; components select single fields or use useShallow. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createTeamSlice(...a),
  ...createBacklogSlice(...a),
  ...createPlanningSlice(...a),
  ...createStandupSlice(...a),
  ...createReviewSlice(...a),
  ...createRetroSlice(...a),
  ...createDataSlice(...a),
  ...createRoomSlice(...a),
  ...createSyncSlice(...a),
}));
