import type { Slice } from '../types';

/** State and actions of the review feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the review feature
export interface ReviewSlice {}

export const createReviewSlice: Slice<ReviewSlice> = () => ({});
