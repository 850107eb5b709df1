import { z } from 'zod';
import { isTimeZone } from '../shared/zoned-time';

/**
 * Team settings owned by sprint planning, spread into TeamSettingsSchema.
 * Every field needs a .default() so data files written before it still load.
 */
export const planningSettingsShape = {
  /**
   * The IANA zone the team's days are counted in (imported shifts, leave). A new team and the migration
   * that added it store the machine's zone; the default only serves documents built in code.
   */
  timeZone: z
    .string()
    .refine(isTimeZone, { error: 'Pick a time zone by its name, e.g. Europe/Berlin or America/New_York.' })
    .default('UTC'),
  /** Share of an on-call day lost to pages and tickets: 50 means an on-call day counts as half a day. */
  onCallLoadPercent: z
    .number({ error: 'On-call load must be a number.' })
    .min(0, { error: 'On-call load must be between 0% and 100%.' })
    .max(100, { error: 'On-call load must be between 0% and 100%.' })
    .default(50),
  /** The hours of a full focus day; a member's focus = their hours per day ÷ this. */
  standardDayHours: z
    .number({ error: 'Standard day must be a number of hours.' })
    .min(1, { error: 'Standard day must be at least 1 hour.' })
    .max(24, { error: 'Standard day cannot exceed 24 hours.' })
    .default(6),
  /** How many closed sprints the velocity average looks back over. */
  velocityWindow: z
    .number({ error: 'The velocity window must be a number of sprints.' })
    .int({ error: 'The velocity window is a whole number of sprints.' })
    .min(1, { error: 'Average over at least 1 sprint.' })
    .max(12, { error: 'Average over at most 12 sprints.' })
    .default(3),
  /** How many items that need a change window one window can take; planning warns beyond windows × this. */
  changeWindowLimit: z
    .number({ error: 'Items per change window must be a number.' })
    .int({ error: 'Items per change window is a whole number.' })
    .min(1, { error: 'A change window takes at least 1 item.' })
    .max(50, { error: 'A change window takes at most 50 items.' })
    .default(2),
  /** Points per person-day used until enough sprints are closed. */
  startingPointsPerPersonDay: z
    .number({ error: 'Starting velocity must be a number.' })
    .min(0.05, { error: 'Starting velocity must be above 0.' })
    .max(20, { error: 'Starting velocity cannot exceed 20 points per person-day.' })
    .default(1),
};
