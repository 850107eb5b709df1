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
      .gt(0, { error: 'Hours must be more than 0.' })
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
