import { z } from 'zod';
import { BLOCK_KIND_NAMES as KIND_NAMES } from './block-kinds';
import { isHttpUrl } from '../backlog/schema';
import { fileSize } from '../shared/file-size';
import { IdSchema, IsoTimeSchema } from '../shared/ids';
import { LIMITS, optionalText, requiredText, verbatimText } from '../shared/text';
import { numberText } from '../shared/words';
import { withoutTerminalCodes } from './terminal-colours';
import { IMAGE_DATA_URL_PATTERN, MAX_IMAGE_BYTES, dataUrlBytes, dataUrlMatchesType } from './image';

/** A number typed by a person: refused unless it is finite. */
const metricNumber = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .refine(Number.isFinite, { error: `${what} must be a finite number.` });

export const MetricBlockSchema = z.object({
  id: IdSchema,
  kind: z.literal('metric'),
  name: requiredText('Metric name', LIMITS.title),
  unit: optionalText('Unit', LIMITS.label).default(''),
  before: metricNumber('Before value'),
  after: metricNumber('After value'),
  better: z.enum(['lower', 'higher'], { error: 'Say whether lower or higher is better.' }),
});
export type MetricBlock = z.infer<typeof MetricBlockSchema>;

/** How many times its limit a coloured output may hold with its escape codes: one paste cannot swell the file. */
const CODED_OUTPUT_ROOM = 5;
const CODED_OUTPUT_MAX = LIMITS.markdown * CODED_OUTPUT_ROOM;

export const CliStepSchema = z.object({
  command: requiredText('Command', LIMITS.shortText),
  // Kept as pasted, colour codes and all; its limit counts the text a terminal shows (the codes of a paste made with
  // --color=always are not characters a person sees), up to a bound on the whole.
  output: z
    .string()
    .max(CODED_OUTPUT_MAX, {
      error: `Output holds too many colour codes: with them it may take at most ${numberText(CODED_OUTPUT_MAX)} characters. Paste it without colours (--color=never).`,
    })
    .pipe(verbatimText('Output', LIMITS.markdown, withoutTerminalCodes))
    .default(''),
});
export type CliStep = z.infer<typeof CliStepSchema>;

export const CliBlockSchema = z.object({
  id: IdSchema,
  kind: z.literal('cli'),
  title: optionalText('Title', LIMITS.title).default(''),
  steps: z
    .array(CliStepSchema)
    .min(1, { error: 'Add at least one command.' })
    .max(LIMITS.checklist, { error: `A walkthrough has at most ${LIMITS.checklist} commands.` }),
});
export type CliBlock = z.infer<typeof CliBlockSchema>;

export const DiagramImageSchema = z.object({
  name: requiredText('File name', LIMITS.title),
  dataUrl: z
    .string()
    .regex(IMAGE_DATA_URL_PATTERN, { error: 'Only PNG, JPEG, GIF or WebP images can be attached.' })
    .refine(dataUrlMatchesType, { error: 'The file is not really an image of the type its name says.' })
    .refine((url) => dataUrlBytes(url) <= MAX_IMAGE_BYTES, {
      error: `Images are limited to ${fileSize(MAX_IMAGE_BYTES)}.`,
    }),
});
export type DiagramImage = z.infer<typeof DiagramImageSchema>;

export const DiagramBlockSchema = z
  .object({
    id: IdSchema,
    kind: z.literal('diagram'),
    title: optionalText('Title', LIMITS.title).default(''),
    source: z.enum(['mermaid', 'image']),
    mermaid: optionalText('Mermaid text', LIMITS.markdown).default(''),
    image: DiagramImageSchema.nullable().default(null),
  })
  .refine((b) => (b.source === 'mermaid' ? b.mermaid.length > 0 : b.image !== null), {
    error: 'Write the Mermaid text or attach an image.',
    path: ['mermaid'],
  });
export type DiagramBlock = z.infer<typeof DiagramBlockSchema>;

export const MONITOR_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type MonitorSeverity = (typeof MONITOR_SEVERITIES)[number];

/** An alert rule's expression may run over many lines (a PromQL rule with its `by` clauses and thresholds). */
export const CONDITION_LIMIT = 4_000;

export const MonitorSchema = z.object({
  name: requiredText('Monitor name', LIMITS.title),
  // Kept as written, its lines and indentation (blank lines before it and space after it dropped), as code.
  condition: verbatimText('Condition', CONDITION_LIMIT)
    .transform((text) => text.replace(/^([ \t]*\n)+/, ''))
    .refine((text) => text.trim() !== '', { error: 'Condition cannot be empty.' }),
  severity: z.enum(MONITOR_SEVERITIES, { error: 'Pick a severity: critical, warning or info.' }),
  runbook: optionalText('Runbook link', LIMITS.url)
    .default('')
    .refine((url) => url === '' || isHttpUrl(url), { error: 'Runbook links must start with http:// or https://.' }),
});
export type Monitor = z.infer<typeof MonitorSchema>;

export const MonitorsBlockSchema = z.object({
  id: IdSchema,
  kind: z.literal('monitors'),
  monitors: z
    .array(MonitorSchema)
    .min(1, { error: 'Add at least one monitor or alert.' })
    .max(LIMITS.checklist, { error: `A block lists at most ${LIMITS.checklist} monitors.` }),
});
export type MonitorsBlock = z.infer<typeof MonitorsBlockSchema>;

export const NotesBlockSchema = z.object({
  id: IdSchema,
  kind: z.literal('notes'),
  markdown: requiredText('Notes', LIMITS.markdown),
});
export type NotesBlock = z.infer<typeof NotesBlockSchema>;

export const DemoBlockSchema = z.discriminatedUnion('kind', [
  MetricBlockSchema,
  CliBlockSchema,
  DiagramBlockSchema,
  MonitorsBlockSchema,
  NotesBlockSchema,
]);
export type DemoBlock = z.infer<typeof DemoBlockSchema>;
export type BlockKind = DemoBlock['kind'];

/** Each kind of block by its name on screen (block-kinds.ts): every kind the schema knows has one. */
export const BLOCK_KIND_NAMES: Record<BlockKind, string> = KIND_NAMES;

/** How many records a review holds; the schema and the services' refusals both read these. */
export const REVIEW_LIMITS = {
  slots: 100,
  blocksPerSlot: LIMITS.checklist,
  feedback: 500,
} as const;

export const DEFAULT_TIMEBOX_MINUTES = 5;
export const TimeboxSchema = z
  .number({ error: 'The timebox must be a number of minutes.' })
  .int({ error: 'The timebox is a whole number of minutes.' })
  .min(1, { error: 'The timebox is at least 1 minute.' })
  .max(60, { error: 'The timebox is at most 60 minutes.' });

/** A demo slot's title, as the schema, the api and the slot's form (before a switch saves it) all judge it. */
export const SlotTitleSchema = requiredText('Slot title', LIMITS.title);

export const AcceptanceSchema = z.object({
  accepted: z.boolean().nullable().default(null),
  comment: optionalText('Comment', LIMITS.shortText).default(''),
});
export type Acceptance = z.infer<typeof AcceptanceSchema>;

export const DemoSlotSchema = z.object({
  id: IdSchema,
  title: SlotTitleSchema,
  /** The completed item this slot demos; null for a free slot. */
  itemId: IdSchema.nullable().default(null),
  presenterId: IdSchema.nullable().default(null),
  timeboxMinutes: TimeboxSchema.default(DEFAULT_TIMEBOX_MINUTES),
  blocks: z.array(DemoBlockSchema).max(REVIEW_LIMITS.blocksPerSlot).default([]),
  acceptance: AcceptanceSchema.default({ accepted: null, comment: '' }),
});
export type DemoSlot = z.infer<typeof DemoSlotSchema>;

export const FeedbackSchema = z.object({
  id: IdSchema,
  text: requiredText('Feedback', LIMITS.shortText),
  from: optionalText('From', LIMITS.name).default(''),
  at: IsoTimeSchema,
  /** The backlog item made from this feedback, if any. */
  itemId: IdSchema.nullable().default(null),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const GOAL_OUTCOMES = ['met', 'partially_met', 'not_met'] as const;
export type GoalOutcomeStatus = (typeof GOAL_OUTCOMES)[number];
export const GOAL_OUTCOME_NAMES: Record<GoalOutcomeStatus, string> = {
  met: 'Met',
  partially_met: 'Partially met',
  not_met: 'Not met',
};

export const GoalOutcomeSchema = z.object({
  status: z.enum(GOAL_OUTCOMES).nullable().default(null),
  sentence: optionalText('Goal outcome', LIMITS.shortText).default(''),
});
export type GoalOutcome = z.infer<typeof GoalOutcomeSchema>;

export const ReviewSchema = z.object({
  id: IdSchema,
  sprintId: IdSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  slots: z.array(DemoSlotSchema).max(REVIEW_LIMITS.slots).default([]),
  feedback: z.array(FeedbackSchema).max(REVIEW_LIMITS.feedback).default([]),
  goalOutcome: GoalOutcomeSchema.default({ status: null, sentence: '' }),
});
export type Review = z.infer<typeof ReviewSchema>;
