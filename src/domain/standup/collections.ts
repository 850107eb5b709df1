import { z } from 'zod';
import { BlockerSchema, ParkingTopicSchema, StandupSessionSchema } from './schema';

/**
 * Per-team collections owned by the standup feature, spread into TeamSchema.
 * Each is z.array(...).default([]) so data files written before it still load.
 */
export const standupCollectionsShape = {
  /** Every standup, running or ended; each names the sprint it belongs to. */
  standups: z.array(StandupSessionSchema).default([]),
  blockers: z.array(BlockerSchema).default([]),
  parkingLot: z.array(ParkingTopicSchema).default([]),
};
