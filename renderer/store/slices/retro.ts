import type { Slice } from '../types';

/** State and actions of the retro feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the retro feature
export interface RetroSlice {}

export const createRetroSlice: Slice<RetroSlice> = () => ({});
