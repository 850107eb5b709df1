import type { Slice } from '../types';

/** State and actions of the data feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the data feature
export interface DataSlice {}

export const createDataSlice: Slice<DataSlice> = () => ({});
