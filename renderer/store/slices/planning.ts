import type { Slice } from '../types';

/** State and actions of the planning feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the planning feature
export interface PlanningSlice {}

export const createPlanningSlice: Slice<PlanningSlice> = () => ({});
