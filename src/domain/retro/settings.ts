import { z } from 'zod';

/**
 * Team settings owned by the retro feature, spread into TeamSettingsSchema.
 * Every field needs a .default() so data files written before it still load.
 */
export const retroSettingsShape = {
  /** Dots each person may place in the vote phase; 0 lets a team skip voting. */
  retroVotesPerPerson: z
    .number({ error: 'Votes per person must be a number.' })
    .int({ error: 'Votes per person is a whole number.' })
    .min(0, { error: 'Votes per person cannot be negative (0 skips voting).' })
    .max(20, { error: 'Votes per person cannot exceed 20.' })
    .default(5),
  /** The most dots one person may place on a single card or group. */
  retroMaxVotesPerCard: z
    .number({ error: 'Max votes per card must be a number.' })
    .int({ error: 'Max votes per card is a whole number.' })
    .min(1, { error: 'Allow at least 1 vote per card.' })
    .max(20, { error: 'Max votes per card cannot exceed 20.' })
    .default(3),
};
