import { z } from 'zod';
import { EstimationRoundSchema } from './estimation';
import { SprintSchema } from './schema';
import { TeamCalendarSchema, emptyTeamCalendar } from './team-calendar';

/**
 * Per-team collections owned by sprint planning, spread into TeamSchema.
 * Each is z.array(...).default([]) so data files written before it still load.
 */
export const planningCollectionsShape = {
  sprints: z.array(SprintSchema).default([]),
  /** Planning poker rounds, every round kept as the item's estimation history. */
  estimationRounds: z.array(EstimationRoundSchema).default([]),
  /** Holidays, change windows and freezes: the team's, shown in every sprint they touch (schema v5). */
  calendar: TeamCalendarSchema.default(emptyTeamCalendar),
};
