import { z } from 'zod';
import { IdSchema, IsoTimeSchema } from '../shared/ids';
import { LIMITS, requiredText } from '../shared/text';

const Ms = z.number().int().min(0);

export const TURN_STATUSES = ['waiting', 'speaking', 'done', 'skipped'] as const;
export type TurnStatus = (typeof TURN_STATUSES)[number];

/** One person's slot in a standup. Time spent is kept as closed segments plus the open one. */
export const SpeakerTurnSchema = z.object({
  memberId: IdSchema,
  /** The name when the standup ran, so the summary survives a member leaving the team. */
  name: z.string(),
  status: z.enum(TURN_STATUSES),
  /** Start of the running segment; null while waiting, paused or finished. */
  runningSince: IsoTimeSchema.nullable(),
  /** Time spoken in closed segments. */
  spentMs: Ms,
  /** Time added with "Add time". */
  extraMs: Ms,
});
export type SpeakerTurn = z.infer<typeof SpeakerTurnSchema>;

/** The standup clock: every figure on screen derives from these timestamps and the current time. */
export const TimerStateSchema = z.object({
  speakerMs: Ms,
  totalMs: Ms,
  startedAt: IsoTimeSchema,
  endedAt: IsoTimeSchema.nullable(),
  pausedAt: IsoTimeSchema.nullable(),
  /** Paused time in closed pauses; the open pause runs from pausedAt. */
  pausedMs: Ms,
  /** Index of the turn on the floor; null once everyone has had theirs. */
  current: z.number().int().min(0).nullable(),
  turns: z.array(SpeakerTurnSchema).min(1),
  /**
   * True once the walk has been at its last stop (the cards with no owner): Next after a turn given there (someone
   * who arrived late) ends the standup rather than stopping at those cards again. Absent before it was kept.
   */
  unownedWalked: z.boolean().optional(),
});
export type TimerState = z.infer<typeof TimerStateSchema>;

export const NoteTextSchema = requiredText('Note', LIMITS.shortText);

/** An outcome-focused update noted while someone speaks. */
export const StandupNoteSchema = z.object({
  id: IdSchema,
  memberId: IdSchema.nullable(),
  text: NoteTextSchema,
  at: IsoTimeSchema,
});
export type StandupNote = z.infer<typeof StandupNoteSchema>;

export const SummarySpeakerSchema = z.object({
  memberId: IdSchema,
  name: z.string(),
  status: z.enum(TURN_STATUSES),
  spokeMs: Ms,
  allowedMs: Ms,
  overtimeMs: Ms,
});
export type SummarySpeaker = z.infer<typeof SummarySpeakerSchema>;

export const SummaryTopicSchema = z.object({ id: IdSchema, text: z.string(), stay: z.array(z.string()) });
export const SummaryBlockerSchema = z.object({ id: IdSchema, text: z.string(), owner: z.string() });

/** Frozen when the standup ends, for the sprint's record and the Markdown export. */
export const StandupSummarySchema = z.object({
  /** The team's day and time of day ("09:30") when the standup started, on the team's clock when it ended. */
  date: z.iso.date(),
  /** Absent from summaries saved before it was kept: those read the time on the team's clock now. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  sprintName: z.string().nullable(),
  durationMs: Ms,
  totalMs: Ms,
  overtimeMs: Ms,
  speakers: z.array(SummarySpeakerSchema),
  notes: z.array(z.object({ name: z.string(), text: z.string() })),
  blockersRaised: z.array(SummaryBlockerSchema),
  openBlockers: z.number().int().min(0),
  parkingLot: z.array(SummaryTopicSchema),
});
export type StandupSummary = z.infer<typeof StandupSummarySchema>;

export const StandupSessionSchema = z.object({
  id: IdSchema,
  /** The sprint that was active when the standup started; null when none was. */
  sprintId: IdSchema.nullable(),
  state: z.enum(['running', 'ended']),
  timer: TimerStateSchema,
  notes: z.array(StandupNoteSchema).default([]),
  summary: StandupSummarySchema.nullable().default(null),
});
export type StandupSession = z.infer<typeof StandupSessionSchema>;

export const BlockerTextSchema = requiredText('Blocker', LIMITS.shortText);

export const BlockerSchema = z.object({
  id: IdSchema,
  text: BlockerTextSchema,
  ownerId: IdSchema.nullable().default(null),
  raisedAt: IsoTimeSchema,
  resolvedAt: IsoTimeSchema.nullable().default(null),
  sprintId: IdSchema.nullable().default(null),
  standupId: IdSchema.nullable().default(null),
});
export type Blocker = z.infer<typeof BlockerSchema>;

export const TopicTextSchema = requiredText('Topic', LIMITS.shortText);

/** A topic taken out of the standup, to discuss afterwards with the people who should stay. */
export const ParkingTopicSchema = z.object({
  id: IdSchema,
  text: TopicTextSchema,
  stayIds: z.array(IdSchema).max(100).default([]),
  raisedAt: IsoTimeSchema,
  closedAt: IsoTimeSchema.nullable().default(null),
  sprintId: IdSchema.nullable().default(null),
  standupId: IdSchema.nullable().default(null),
});
export type ParkingTopic = z.infer<typeof ParkingTopicSchema>;
