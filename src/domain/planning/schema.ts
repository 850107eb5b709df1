import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoTimeSchema } from '../shared/ids';
import { LIMITS, optionalText, requiredText } from '../shared/text';

/** One day a member is away. Ranges are stored as one entry per day. */
export const TimeOffSchema = z.object({ id: IdSchema, memberId: IdSchema, date: IsoDateSchema });
export type TimeOff = z.infer<typeof TimeOffSchema>;

/** A member carries the pager from startDate to endDate, both included. */
export const OnCallShiftSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  /**
   * The calendar event a shift was imported from (its UID, and for an occurrence of a recurring event the time
   * it was scheduled for): a later import of the same calendar updates this shift, even when the rota gave it to
   * someone else. Absent on shifts entered by hand or imported before Cadence kept it.
   */
  source: z.string().max(LIMITS.url).optional(),
});
export type OnCallShift = z.infer<typeof OnCallShiftSchema>;

export const HolidaySchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  name: requiredText('Holiday name', LIMITS.name),
});
export type Holiday = z.infer<typeof HolidaySchema>;

/** A change window (changes allowed) or a freeze (no changes), as UTC date-times. */
export const ChangeWindowSchema = z.object({
  id: IdSchema,
  name: requiredText('Window name', LIMITS.title),
  kind: z.enum(['window', 'freeze']),
  start: IsoTimeSchema,
  end: IsoTimeSchema,
});
export type ChangeWindow = z.infer<typeof ChangeWindowSchema>;

export const CommittedItemSchema = z.object({ itemId: IdSchema, title: z.string(), points: z.number().nullable() });
export type CommittedItem = z.infer<typeof CommittedItemSchema>;

/** Frozen when the sprint starts: what the team committed to and the capacity it was planned against. */
export const CommitmentSchema = z.object({
  at: IsoTimeSchema,
  items: z.array(CommittedItemSchema),
  committedPoints: z.number(),
  personDays: z.number(),
  pointsPerPersonDay: z.number(),
  forecastPoints: z.number(),
  bufferPercent: z.number(),
  bufferPoints: z.number(),
  plannablePoints: z.number(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

/** Anything added, removed or re-estimated after the start. */
export const ScopeChangeSchema = z.object({
  id: IdSchema,
  at: IsoTimeSchema,
  itemId: IdSchema,
  title: z.string(),
  kind: z.enum(['added', 'removed', 'reestimated']),
  pointsBefore: z.number().nullable(),
  pointsAfter: z.number().nullable(),
  reason: optionalText('Reason', LIMITS.shortText).default(''),
  planned: z.boolean(),
  /**
   * On a removal of an item that was done, when it was done: a deleted item is in no list afterwards,
   * and the burndown's past days must still count it as done from then (absent in older files).
   */
  completedAt: IsoTimeSchema.optional(),
});
export type ScopeChange = z.infer<typeof ScopeChangeSchema>;

/** Recorded by "Close sprint"; feeds the velocity history. */
export const SprintResultSchema = z.object({
  closedAt: IsoTimeSchema,
  committedPoints: z.number(),
  completedPlannedPoints: z.number(),
  completedUnplannedPoints: z.number(),
  incompleteItemIds: z.array(IdSchema),
  incompleteTo: z.enum(['backlog', 'next_sprint']),
  /**
   * The unfinished items the close dropped (they stayed in the sprint, not done), so an item planned again since is
   * still not counted as carried over (carriedOverIds). Absent in results recorded before drops were.
   */
  droppedItemIds: z.array(IdSchema).optional(),
  bufferReservedPoints: z.number(),
  bufferUsedPoints: z.number(),
  personDays: z.number(),
});
export type SprintResult = z.infer<typeof SprintResultSchema>;

export const SPRINT_STATES = ['planned', 'active', 'closed'] as const;
export type SprintState = (typeof SPRINT_STATES)[number];

/** A sprint's own calendar is who is off and on call; holidays, windows and freezes are the team's (team-calendar.ts). */
export const SprintSchema = z.object({
  id: IdSchema,
  name: requiredText('Sprint name', LIMITS.name),
  goal: optionalText('Sprint goal', LIMITS.markdown).default(''),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  state: z.enum(SPRINT_STATES).default('planned'),
  createdAt: IsoTimeSchema,
  timeOff: z.array(TimeOffSchema).default([]),
  onCall: z.array(OnCallShiftSchema).default([]),
  commitment: CommitmentSchema.nullable().default(null),
  scopeChanges: z.array(ScopeChangeSchema).default([]),
  result: SprintResultSchema.nullable().default(null),
});
export type Sprint = z.infer<typeof SprintSchema>;
