import { z } from 'zod';
import {
  ACTION_OUTCOMES,
  ActionFieldsSchema,
  CHECK_IN_MODES,
  CardTextSchema,
  ColumnsSchema,
  HealthScoresSchema,
  IncidentInputSchema,
  RETRO_KINDS,
  type HealthCheck,
  type Retro,
  type RetroTemplate,
} from '../../domain/retro/schema';
import { isHttpUrl } from '../../domain/backlog/schema';
import { fitsRetroExport, RETRO_EXPORT_TOO_LARGE } from '../../domain/retro/export/json';
import { IdSchema } from '../../domain/shared/ids';
import { dateTime } from '../../domain/planning/inputs';
import { LIMITS, optionalText, requiredText } from '../../domain/shared/text';
import { method } from '../define';
import type { ImportedRetro } from '../../services/retro-service';

export type { ImportedRetro, OwnersMatched } from '../../services/retro-service';

const retroRef = { teamId: IdSchema, retroId: IdSchema };
const op = <S extends z.ZodRawShape>(shape: S) => z.object({ ...retroRef, ...shape }).strict();

/** A timeline event as it is added and as it is edited. */
const timelineFields = {
  at: dateTime('Time'),
  event: requiredText('Event', LIMITS.shortText),
  link: optionalText('Link', LIMITS.url).refine((v) => v === '' || isHttpUrl(v), {
    error: 'Links must start with http:// or https://.',
  }),
};

/** Retros and postmortems: each change is a small named operation that answers the updated retro. */
export const retroContract = {
  createRetro: method<Retro>()(
    z
      .object({
        teamId: IdSchema,
        kind: z.enum(RETRO_KINDS),
        title: requiredText('Title', LIMITS.title),
        sprintId: IdSchema.nullable(),
        /** A built-in template id or one of the team's saved templates. */
        templateId: z.string().min(1).max(64),
        incident: IncidentInputSchema.nullish(),
      })
      .strict(),
  ),
  deleteRetro: method<{ retroId: string }>()(op({})),
  updateRetroDetails: method<Retro>()(
    op({
      title: requiredText('Title', LIMITS.title).optional(),
      participants: z
        .number({ error: 'Participants must be a number.' })
        .int({ error: 'Participants is a whole number.' })
        .min(0, { error: 'Participants cannot be negative.' })
        .max(500, { error: 'At most 500 participants.' })
        .optional(),
      checkIn: z
        .object({ mode: z.enum(CHECK_IN_MODES), question: optionalText('Question', LIMITS.shortText) })
        .strict()
        .optional(),
    }),
  ),
  setRetroPhase: method<Retro>()(op({ phase: z.string().min(1).max(32) })),
  setRetroTimer: method<Retro>()(
    op({
      key: z.string().min(1).max(80),
      action: z.enum(['start', 'pause', 'reset']),
      durationMs: z
        .number()
        .int()
        .min(0)
        .max(4 * 3_600_000, { error: 'A timer runs for at most 4 hours.' })
        .optional(),
    }),
  ),
  addRetroCard: method<Retro>()(
    op({ columnId: z.string().min(1).max(64), text: CardTextSchema, authorId: IdSchema.nullish() }),
  ),
  updateRetroCard: method<Retro>()(op({ cardId: IdSchema, text: CardTextSchema })),
  deleteRetroCard: method<Retro>()(op({ cardId: IdSchema })),
  revealRetroCards: method<Retro>()(op({ revealed: z.boolean() })),
  groupRetroCard: method<Retro>()(op({ cardId: IdSchema, ontoId: IdSchema })),
  ungroupRetroCard: method<Retro>()(op({ cardId: IdSchema })),
  mergeRetroGroups: method<Retro>()(op({ groupId: IdSchema, intoId: IdSchema })),
  titleRetroGroup: method<Retro>()(op({ groupId: IdSchema, title: optionalText('Group title', LIMITS.title) })),
  /** Adds (delta > 0) or takes back (delta < 0) one person's dots on a card or group, relative to what is stored. */
  castRetroVotes: method<Retro>()(
    op({
      voterId: IdSchema,
      targetId: IdSchema,
      delta: z
        .number()
        .int({ error: 'Votes are whole numbers.' })
        .min(-20)
        .max(20)
        .refine((d) => d !== 0, { error: 'Add or remove at least one vote.' }),
    }),
  ),
  closeRetroVoting: method<Retro>()(op({ closed: z.boolean() })),
  setRetroTopicNotes: method<Retro>()(op({ targetId: IdSchema, notes: optionalText('Notes', LIMITS.markdown) })),
  addRetroAction: method<Retro>()(op({ action: ActionFieldsSchema })),
  updateRetroAction: method<Retro>()(op({ actionId: IdSchema, changes: ActionFieldsSchema.partial() })),
  deleteRetroAction: method<Retro>()(op({ actionId: IdSchema })),
  /**
   * Marks an earlier retro's action in this retro's "open actions" phase; answers that earlier retro. `outcome` null
   * takes this retro's decision back (not reviewed).
   */
  reviewRetroAction: method<Retro>()(
    op({ fromRetroId: IdSchema, actionId: IdSchema, outcome: z.enum(ACTION_OUTCOMES).nullable() }),
  ),
  /**
   * Saves the team's scores from the shared screen. Over scores made from phones' answers it is refused
   * (`conflict`, an issue at `replacesAnswers` saying how many answered) unless `replacesAnswers` is true.
   */
  recordHealthCheck: method<HealthCheck>()(op({ scores: HealthScoresSchema, replacesAnswers: z.boolean().optional() })),
  updateIncident: method<Retro>()(op({ incident: IncidentInputSchema })),
  addTimelineEntry: method<Retro>()(op(timelineFields)),
  /** Fixes an event's time, text and link (checked as when it was added); the timeline stays in time order. */
  editTimelineEntry: method<Retro>()(op({ entryId: IdSchema, ...timelineFields })),
  deleteTimelineEntry: method<Retro>()(op({ entryId: IdSchema })),
  saveRetroTemplate: method<RetroTemplate>()(
    z.object({ teamId: IdSchema, name: requiredText('Template name', LIMITS.name), columns: ColumnsSchema }).strict(),
  ),
  deleteRetroTemplate: method<{ templateId: string }>()(z.object({ teamId: IdSchema, templateId: IdSchema }).strict()),
  /**
   * Re-imports a JSON export; a malformed file is refused with the reason and changes nothing. The people it
   * names become this team's members of the same name, or unassigned (`owners` counts them).
   */
  importRetro: method<ImportedRetro>()(
    z
      // In bytes, as the Retro screen checks the file's size, with the same words.
      .object({ teamId: IdSchema, json: z.string().refine(fitsRetroExport, { error: RETRO_EXPORT_TOO_LARGE }) })
      .strict(),
  ),
};
