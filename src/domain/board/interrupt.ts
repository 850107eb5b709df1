import { z } from 'zod';
import { ITEM_TYPES, PointsSchema, SEVERITIES } from '../backlog/schema';
import { IdSchema } from '../shared/ids';
import { LIMITS, optionalText, requiredText } from '../shared/text';

export const SEVERITY_NAMES: Record<(typeof SEVERITIES)[number], string> = {
  sev1: 'SEV1 — critical',
  sev2: 'SEV2 — major',
  sev3: 'SEV3 — minor',
  sev4: 'SEV4 — low',
};

/** The smallest size in hours an interrupt takes: the smallest figure the board shows (two decimals). */
export const MIN_HOURS = 0.01;

/** What "Log interrupt" asks for; the same schema checks the form and the api. Sized in points or in hours. */
export const InterruptFieldsSchema = z
  .object({
    title: requiredText('Title', LIMITS.title),
    type: z.enum(ITEM_TYPES, { error: 'Pick a type.' }).default('incident'),
    key: optionalText('Ticket or incident key', LIMITS.label).default(''),
    severity: z.enum(SEVERITIES, { error: 'Pick a severity from SEV1 to SEV4.' }),
    points: PointsSchema.nullable().default(null),
    hours: z
      .number({ error: 'Hours must be a number.' })
      // Hours show with two decimals (decimalText): fewer than 0.01 would read "0 h" on the card.
      .min(MIN_HOURS, { error: `Hours must be at least ${MIN_HOURS}.` })
      .max(1000, { error: 'Hours cannot exceed 1000.' })
      .nullable()
      .default(null),
    takenBy: IdSchema.nullable().default(null),
  })
  .strict()
  .refine((f) => (f.points === null) !== (f.hours === null), {
    error: 'Give an estimate in points or in hours (one of the two).',
    path: ['estimate'],
  });
export type InterruptFields = z.input<typeof InterruptFieldsSchema>;
