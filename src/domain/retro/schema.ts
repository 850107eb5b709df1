import { z } from 'zod';
import { SEVERITIES } from '../backlog/schema';
import { GuestSchema } from '../shared/guests';
import { enteredYearsMessage, IdSchema, IsoDateSchema, IsoTimeSchema, inEnteredYears } from '../shared/ids';
import { date } from '../planning/inputs';
import { compareInstants } from '../planning/calendar';
import { LIMITS, optionalText, requiredText } from '../shared/text';

export const CARD_TEXT_MAX = LIMITS.shortText;
export const MAX_COLUMNS = 6;
export const MAX_COLUMNS_MESSAGE = `A template has at most ${MAX_COLUMNS} columns.`;

export const RETRO_KINDS = ['retro', 'postmortem'] as const;
export type RetroKind = (typeof RETRO_KINDS)[number];

export const ColumnSchema = z.object({
  id: z.string().min(1).max(64),
  title: requiredText('Column title', LIMITS.name),
  prompt: optionalText('Column prompt', LIMITS.shortText).default(''),
});
export type RetroColumn = z.infer<typeof ColumnSchema>;

export const ColumnsSchema = z
  .array(ColumnSchema)
  .min(1, { error: 'A template needs at least 1 column.' })
  .max(MAX_COLUMNS, { error: MAX_COLUMNS_MESSAGE })
  .refine((cols) => new Set(cols.map((c) => c.id)).size === cols.length, { error: 'Column ids must be unique.' });

export const CardTextSchema = requiredText('Card text', CARD_TEXT_MAX);

/** Anonymous cards have no authorId key at all: nothing links them to a person. */
export const CardSchema = z.object({
  id: IdSchema,
  columnId: z.string().min(1).max(64),
  text: CardTextSchema,
  authorId: IdSchema.optional(),
  groupId: IdSchema.nullable().default(null),
  createdAt: IsoTimeSchema,
});
export type RetroCard = z.infer<typeof CardSchema>;

export const GroupSchema = z.object({
  id: IdSchema,
  title: optionalText('Group title', LIMITS.title).default(''),
});
export type RetroGroup = z.infer<typeof GroupSchema>;

/** One person's dots on one card or group (a card that is not grouped, or a group). */
export const VoteSchema = z.object({
  voterId: IdSchema,
  targetId: IdSchema,
  count: z.number().int().min(1).max(20),
});
export type RetroVote = z.infer<typeof VoteSchema>;

export const ACTION_TYPES = ['mitigate', 'prevent', 'process'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const ACTION_TYPE_NAMES: Record<ActionType, string> = {
  mitigate: 'Mitigate',
  prevent: 'Prevent',
  process: 'Process',
};

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/**
 * What the exports and the Actions list write after an action's details once a later retro closed it
 * ("… · Prevent · OPS-12 · done"); nothing while it is open.
 */
export const ACTION_STATUS_WORDS: Record<ActionStatus, string | null> = {
  open: null,
  done: 'done',
  dropped: 'dropped',
};

/** What an earlier retro's open action was marked in a later retro's "open actions" phase. */
export const ACTION_OUTCOMES = ['done', 'carried', 'dropped'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

export const ActionFieldsSchema = z
  .object({
    text: requiredText('Action', LIMITS.shortText),
    ownerId: IdSchema.nullable(),
    /** Typed on a date field: a year of two digits (0026) is refused, as on every form. */
    dueDate: date('Due date').nullable(),
    type: z.enum(ACTION_TYPES, { error: 'Pick a type: mitigate, prevent or process.' }),
    ticketKey: optionalText('Ticket key', LIMITS.label),
    /** The card or group (topic) it came from. */
    sourceId: IdSchema.nullable(),
  })
  .strict();
export type ActionFields = z.infer<typeof ActionFieldsSchema>;

export const ActionSchema = z.object({
  id: IdSchema,
  ...ActionFieldsSchema.shape,
  // Stored: any date loads, as it did before the forms checked the year.
  dueDate: IsoDateSchema.nullable(),
  ticketKey: ActionFieldsSchema.shape.ticketKey.default(''),
  status: z.enum(ACTION_STATUSES).default('open'),
  /** Each later retro that reviewed it, with what was decided there. */
  reviews: z.array(z.object({ retroId: IdSchema, outcome: z.enum(ACTION_OUTCOMES), at: IsoTimeSchema })).default([]),
  createdAt: IsoTimeSchema,
});
export type RetroAction = z.infer<typeof ActionSchema>;

/** Remaining time is derived from timestamps: start time plus time already run before pauses. */
export const TimerSchema = z.object({
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000),
  startedAt: IsoTimeSchema.nullable().default(null),
  elapsedMs: z.number().int().min(0).default(0),
});
export type TimerState = z.infer<typeof TimerSchema>;

export const TopicNoteSchema = z.object({
  targetId: IdSchema,
  notes: optionalText('Notes', LIMITS.markdown).default(''),
});
export type TopicNote = z.infer<typeof TopicNoteSchema>;

export const TimelineEntrySchema = z.object({
  id: IdSchema,
  at: IsoTimeSchema,
  event: requiredText('Event', LIMITS.shortText),
  link: optionalText('Link', LIMITS.url).default(''),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const IncidentFieldsSchema = z
  .object({
    severity: z.enum(SEVERITIES, { error: 'Pick a severity: sev1 to sev4.' }),
    startedAt: IsoTimeSchema,
    endedAt: IsoTimeSchema.nullable(),
    services: z
      .array(requiredText('Service', LIMITS.label))
      .max(LIMITS.labels, { error: `List at most ${LIMITS.labels} services affected.` }),
    commanderId: IdSchema.nullable(),
    scribeId: IdSchema.nullable(),
    impact: optionalText('Impact', LIMITS.markdown),
  })
  .strict()
  // As moments, not as text: "02:10:00Z" (a script) and "02:10:00.000Z" (the form) are the same one.
  .refine((i) => i.endedAt === null || compareInstants(i.endedAt, i.startedAt) >= 0, {
    error: 'The incident cannot end before it started.',
    path: ['endedAt'],
  });
export type IncidentFields = z.infer<typeof IncidentFieldsSchema>;

/**
 * The incident as the forms and the api take it: its start and end in the years a person may enter (a year of
 * two digits, 0026, is refused). The stored schema above stays unbounded, so a file written before still loads.
 */
export const IncidentInputSchema = IncidentFieldsSchema.refine((i) => inEnteredYears(i.startedAt), {
  error: enteredYearsMessage('Start'),
  path: ['startedAt'],
}).refine((i) => i.endedAt === null || inEnteredYears(i.endedAt), {
  error: enteredYearsMessage('End'),
  path: ['endedAt'],
});

export const CHECK_IN_MODES = ['none', 'icebreaker', 'health'] as const;

export const RetroSchema = z.object({
  id: IdSchema,
  kind: z.enum(RETRO_KINDS).default('retro'),
  title: requiredText('Title', LIMITS.title),
  sprintId: IdSchema.nullable().default(null),
  templateName: requiredText('Template name', LIMITS.name),
  columns: ColumnsSchema,
  phase: z.string().min(1).max(32),
  /** People in the room and on the call, for the export header. */
  participants: z.number().int().min(0).max(500).default(0),
  checkIn: z
    .object({ mode: z.enum(CHECK_IN_MODES).default('none'), question: optionalText('Question', LIMITS.shortText) })
    .default({ mode: 'none', question: '' }),
  revealed: z.boolean().default(false),
  votingClosed: z.boolean().default(false),
  cards: z.array(CardSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  votes: z.array(VoteSchema).default([]),
  /** Guests who dotted from their own devices: their dots are under these ids, never a member's. */
  guests: z.array(GuestSchema).default([]),
  /**
   * Members who dotted from their own devices (the room). Kept on the retro, not in the room, so their dots
   * stay hidden until voting ends after a Remove, Close room or a restart (src/domain/room/redact.ts).
   * Optional, absent until someone dots from a phone: older files need no migration and keep their bytes.
   */
  deviceVoters: z.array(IdSchema).optional(),
  notes: z.array(TopicNoteSchema).default([]),
  actions: z.array(ActionSchema).default([]),
  /** Phase timers keyed by phase id, topic timers by "topic:<targetId>". */
  timers: z.record(z.string().max(80), TimerSchema).default({}),
  incident: IncidentFieldsSchema.nullable().default(null),
  timeline: z.array(TimelineEntrySchema).default([]),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
});
export type Retro = z.infer<typeof RetroSchema>;

export const HEALTH_DIMENSIONS = ['onCallLoad', 'alertNoise', 'toil', 'deployConfidence'] as const;
export type HealthDimension = (typeof HEALTH_DIMENSIONS)[number];
export const HEALTH_DIMENSION_NAMES: Record<HealthDimension, string> = {
  onCallLoad: 'On-call load',
  alertNoise: 'Alert noise',
  toil: 'Toil',
  deployConfidence: 'Deploy confidence',
};

const Score = z
  .number({ error: 'Scores are numbers from 1 to 5.' })
  .int({ error: 'Scores are whole numbers from 1 to 5.' })
  .min(1, { error: 'Scores go from 1 to 5.' })
  .max(5, { error: 'Scores go from 1 to 5.' })
  .nullable();

export const HealthScoresSchema = z
  .object({ onCallLoad: Score, alertNoise: Score, toil: Score, deployConfidence: Score })
  .strict();
export type HealthScores = z.infer<typeof HealthScoresSchema>;

/** The team's health check for one sprint, taken at its retro. */
export const HealthCheckSchema = z.object({
  id: IdSchema,
  sprintId: IdSchema.nullable(),
  retroId: IdSchema,
  recordedAt: IsoTimeSchema,
  scores: HealthScoresSchema,
  /** How many people answered from their own devices; the scores are then their medians. */
  answers: z.number().int().min(0).max(500).optional(),
});
export type HealthCheck = z.infer<typeof HealthCheckSchema>;

export const RetroTemplateSchema = z.object({
  id: IdSchema,
  name: requiredText('Template name', LIMITS.name),
  columns: ColumnsSchema,
  createdAt: IsoTimeSchema,
});
export type RetroTemplate = z.infer<typeof RetroTemplateSchema>;
