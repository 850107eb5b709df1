import { z } from 'zod';
import { HealthCheckSchema, RetroSchema, RetroTemplateSchema } from './schema';

/**
 * Per-team collections owned by the retro feature, spread into TeamSchema.
 * Each is z.array(...).default([]) so data files written before it still load.
 * Postmortems are retros with kind "postmortem".
 */
export const retroCollectionsShape = {
  retros: z.array(RetroSchema).default([]),
  retroTemplates: z.array(RetroTemplateSchema).default([]),
  healthChecks: z.array(HealthCheckSchema).default([]),
};
