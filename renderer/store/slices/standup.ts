import type { Slice } from '../types';

/** State and actions of the standup feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the standup feature
export interface StandupSlice {}

export const createStandupSlice: Slice<StandupSlice> = () => ({});
