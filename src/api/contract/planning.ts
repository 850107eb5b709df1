import { z } from 'zod';
import {
  ChangeWindowFieldsSchema,
  HolidayFieldsSchema,
  MemberRangeSchema,
  SprintFieldsSchema,
} from '../../domain/planning/inputs';
import { UNPLANNED_CHOICES } from '../../domain/planning/close';
import { IdSchema } from '../../domain/shared/ids';
import { LIMITS } from '../../domain/shared/text';
import { fitsCalendarFile, ICS_TOO_LARGE } from '../../domain/planning/ical-import';
import type { CalendarImportResult } from '../../services/calendar-import-service';
import type { PlanningUpdate } from '../../services/planning-update';
import type { SprintEdit } from '../../services/sprint-service';
import { method } from '../define';

export type { CalendarKind } from '../../services/sprint-calendar-service';

export type { PlanningUpdate, CalendarImportResult, SprintEdit };

const sprintRef = { teamId: IdSchema, sprintId: IdSchema };
const roundRef = { teamId: IdSchema, roundId: IdSchema };
/** Needed once the sprint is active: why the scope changed, and whether it was planned. */
const why = {
  reason: z
    .string()
    .max(LIMITS.shortText, { error: `Keep the reason under ${LIMITS.shortText} characters.` })
    .optional(),
  planned: z.boolean().optional(),
};

/** Api methods of the planning feature, merged into the contract. Each answers what it changed. */
export const planningContract = {
  createSprint: method<PlanningUpdate>()(z.object({ teamId: IdSchema, sprint: SprintFieldsSchema }).strict()),
  updateSprint: method<SprintEdit>()(z.object({ ...sprintRef, sprint: SprintFieldsSchema }).strict()),
  deleteSprint: method<PlanningUpdate>()(z.object(sprintRef).strict()),
  startSprint: method<PlanningUpdate>()(z.object(sprintRef).strict()),
  closeSprint: method<PlanningUpdate>()(
    z
      .object({
        ...sprintRef,
        incompleteTo: z.enum(['backlog', 'next_sprint'], {
          error: 'Say where unfinished items go: backlog or next sprint.',
        }),
        /** Per unfinished unplanned item; an item left out goes where incompleteTo says, still unplanned. */
        unplannedTo: z
          .record(
            IdSchema,
            z.enum(UNPLANNED_CHOICES, {
              error: 'Say for each unplanned item: into the next sprint, back to the backlog, or drop it.',
            }),
          )
          .optional(),
      })
      .strict(),
  ),
  addTimeOff: method<PlanningUpdate>()(z.object({ ...sprintRef, range: MemberRangeSchema }).strict()),
  addOnCall: method<PlanningUpdate>()(z.object({ ...sprintRef, range: MemberRangeSchema }).strict()),
  importCalendarEntries: method<PlanningUpdate>()(
    z
      .object({
        ...sprintRef,
        kind: z.enum(['onCall', 'timeOff'], { error: 'Say whether the entries are on-call shifts or time off.' }),
        entries: z
          .array(MemberRangeSchema)
          .min(1, { error: 'Pick at least one entry to add.' })
          .max(500, { error: 'Add at most 500 entries at once.' }),
      })
      .strict(),
  ),
  /**
   * An iCal file: on-call shifts or leave into a sprint, holidays into the team's calendar (a sprint is then
   * optional). Answers what would happen (dryRun), or the change, per event.
   */
  importCalendar: method<CalendarImportResult>()(
    z
      .object({
        teamId: IdSchema,
        sprintId: IdSchema.optional(),
        // In bytes, as the bound says ("2 MB") and the command line counts it.
        text: z.string().refine(fitsCalendarFile, { error: ICS_TOO_LARGE }),
        kind: z.enum(['onCall', 'timeOff', 'holidays'], {
          error: 'Say whether the events are on-call shifts, leave or holidays.',
        }),
        memberId: IdSchema.optional(),
        dryRun: z.boolean().optional(),
        picks: z
          .array(z.object({ key: z.string().max(64), memberId: IdSchema.nullable() }).strict())
          .max(1000)
          .optional(),
      })
      .strict()
      .refine((input) => input.kind === 'holidays' || input.sprintId !== undefined, {
        error: 'Name the sprint the on-call shifts or leave go into.',
        path: ['sprintId'],
      }),
  ),
  undoCalendarImport: method<PlanningUpdate>()(z.object({ teamId: IdSchema, importId: IdSchema }).strict()),
  addHoliday: method<PlanningUpdate>()(z.object({ ...sprintRef, holiday: HolidayFieldsSchema }).strict()),
  /** Holidays, change windows and freezes are the team's: these change the team calendar from a sprint's tab. */
  updateHoliday: method<PlanningUpdate>()(
    z.object({ ...sprintRef, entryId: IdSchema, holiday: HolidayFieldsSchema }).strict(),
  ),
  addChangeWindow: method<PlanningUpdate>()(z.object({ ...sprintRef, window: ChangeWindowFieldsSchema }).strict()),
  updateChangeWindow: method<PlanningUpdate>()(
    z.object({ ...sprintRef, entryId: IdSchema, window: ChangeWindowFieldsSchema }).strict(),
  ),
  removeCalendarEntry: method<PlanningUpdate>()(
    z
      .object({ ...sprintRef, kind: z.enum(['timeOff', 'onCall', 'holidays', 'changeWindows']), entryId: IdSchema })
      .strict(),
  ),
  planItem: method<PlanningUpdate>()(z.object({ ...sprintRef, itemId: IdSchema, ...why }).strict()),
  unplanItem: method<PlanningUpdate>()(z.object({ teamId: IdSchema, itemId: IdSchema, ...why }).strict()),
  startEstimation: method<PlanningUpdate>()(z.object({ teamId: IdSchema, itemId: IdSchema }).strict()),
  castVote: method<PlanningUpdate>()(
    z.object({ ...roundRef, memberId: IdSchema, card: z.string().min(1).max(16).nullable() }).strict(),
  ),
  revealVotes: method<PlanningUpdate>()(z.object(roundRef).strict()),
  revote: method<PlanningUpdate>()(z.object(roundRef).strict()),
  acceptEstimate: method<PlanningUpdate>()(
    z
      .object({
        ...roundRef,
        points: z.number({ error: 'The estimate must be a number of points.' }),
        reason: z.string().max(LIMITS.shortText).optional(),
      })
      .strict(),
  ),
};
