import { z } from 'zod';
import { SprintSchema } from './schema';

/**
 * Per-team collections owned by sprint planning, spread into TeamSchema.
 * Each is z.array(...).default([]) so data files written before it still load.
 */
export const planningCollectionsShape = {
  sprints: z.array(SprintSchema).default([]),
};
