import { z } from 'zod';
import { ReviewSchema } from './schema';

/**
 * Per-team collections owned by the review feature, spread into TeamSchema.
 * Each is z.array(...).default([]) so data files written before it still load.
 */
export const reviewCollectionsShape = {
  reviews: z.array(ReviewSchema).default([]),
};
