import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from '../shared/ids';
import { LIMITS, optionalText, requiredText, withinLimit } from '../shared/text';
import { ITEM_STATUSES, ITEM_TYPES, LINK_KINDS, SEVERITIES } from './vocabulary';
import { ItemSourceSchema } from '../imports/source';

export * from './vocabulary';

/** A link is an http(s) URL, or for tickets a key such as OPS-123. */
export const ItemLinkSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(LINK_KINDS),
    value: requiredText('Link', LIMITS.url),
  })
  .refine((link) => link.kind === 'ticket' || isHttpUrl(link.value), {
    error: 'Links must start with http:// or https:// (ticket keys such as OPS-123 go in a Ticket link).',
    path: ['value'],
  });
export type ItemLink = z.infer<typeof ItemLinkSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const CriterionSchema = z.object({
  id: IdSchema,
  text: requiredText('Acceptance criterion', LIMITS.shortText),
  done: z.boolean().default(false),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const LabelSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'Labels cannot be empty.' })
  .superRefine(withinLimit('Label', LIMITS.label, `Labels are at most ${LIMITS.label} characters.`));

export const PointsSchema = z
  .number({ error: 'Story points must be a number.' })
  .min(0, { error: 'Story points cannot be negative.' })
  .max(1000, { error: 'Story points cannot exceed 1000.' });

/** The fields a person edits; shared by the stored item and the create/update inputs. */
export const itemFieldsShape = {
  title: requiredText('Title', LIMITS.title),
  type: z.enum(ITEM_TYPES, { error: 'Pick a type: story, task, spike, tech debt, incident, chore or bug.' }),
  description: optionalText('Description', LIMITS.markdown),
  points: PointsSchema.nullable(),
  labels: z.array(LabelSchema).max(LIMITS.labels, { error: `An item can carry at most ${LIMITS.labels} labels.` }),
  acceptanceCriteria: z
    .array(CriterionSchema)
    .max(LIMITS.checklist, { error: `An item can have at most ${LIMITS.checklist} acceptance criteria.` }),
  links: z
    .array(ItemLinkSchema)
    .max(LIMITS.checklist, { error: `An item can have at most ${LIMITS.checklist} links.` }),
  needsChangeWindow: z.boolean(),
  status: z.enum(ITEM_STATUSES),
  /** Ids of the team's manual Definition of Ready entries confirmed for this item. */
  readyChecks: z.array(IdSchema).max(LIMITS.checklist),
};

/** The fields a person edits in the item form; the same schema validates the form and the api. */
export const ItemFieldsSchema = z
  .object({
    ...itemFieldsShape,
    /** Who carries the item; optional so that inputs without it stay valid. */
    ownerId: IdSchema.nullable().optional(),
  })
  .strict();
export type ItemFields = z.infer<typeof ItemFieldsSchema>;

/** Details of unplanned work logged as an interrupt; its size is in points or in hours. */
export const InterruptSchema = z.object({
  key: optionalText('Ticket or incident key', LIMITS.label).default(''),
  severity: z.enum(SEVERITIES),
  hours: z.number().min(0).max(1000).nullable().default(null),
  takenBy: IdSchema.nullable().default(null),
  loggedAt: IsoTimeSchema,
});
export type Interrupt = z.infer<typeof InterruptSchema>;

export const BacklogItemSchema = z.object({
  id: IdSchema,
  ...itemFieldsShape,
  description: itemFieldsShape.description.default(''),
  points: itemFieldsShape.points.default(null),
  labels: itemFieldsShape.labels.default([]),
  acceptanceCriteria: itemFieldsShape.acceptanceCriteria.default([]),
  links: itemFieldsShape.links.default([]),
  needsChangeWindow: itemFieldsShape.needsChangeWindow.default(false),
  status: itemFieldsShape.status.default('todo'),
  readyChecks: itemFieldsShape.readyChecks.default([]),
  templateId: z.string().max(64).nullable().default(null),
  /** The sprint the item is planned into; null while it sits in the backlog. */
  sprintId: IdSchema.nullable().default(null),
  /** Work that arrived after the sprint started (interrupts, scope added unplanned); it burns the buffer. */
  unplanned: z.boolean().default(false),
  /** Set for interrupts logged from the board. */
  interrupt: InterruptSchema.nullable().default(null),
  ownerId: IdSchema.nullable().default(null),
  blocked: z.boolean().default(false),
  /** When the item last changed status, for "age in column" on the board. */
  statusChangedAt: IsoTimeSchema.nullable().default(null),
  completedAt: IsoTimeSchema.nullable().default(null),
  /** Set on items a backlog import brought in: a later import of the same export updates them. */
  source: ItemSourceSchema.nullable().default(null),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
});
export type BacklogItem = z.infer<typeof BacklogItemSchema>;
