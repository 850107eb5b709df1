import { z } from 'zod';
import { ITEM_STATUSES, type BacklogItem } from '../../domain/backlog/schema';
import { InterruptFieldsSchema } from '../../domain/board/interrupt';
import type { Sprint } from '../../domain/planning/schema';
import { IdSchema } from '../../domain/shared/ids';
import {
  BlockerTextSchema,
  NoteTextSchema,
  TopicTextSchema,
  type Blocker,
  type ParkingTopic,
  type StandupSession,
} from '../../domain/standup/schema';
import { MAX_ADD_MS } from '../../domain/standup/timer';
import { method } from '../define';

const Ids = z.array(IdSchema).max(100);

export const TimerActionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('pause') }).strict(),
    z.object({ kind: z.literal('resume') }).strict(),
    z.object({ kind: z.literal('next') }).strict(),
    z.object({ kind: z.literal('skip') }).strict(),
    z.object({ kind: z.literal('end'), asLeft: z.literal(true).optional() }).strict(),
    z.object({ kind: z.literal('arrived'), memberId: IdSchema }).strict(),
    z
      .object({
        kind: z.literal('add_time'),
        ms: z
          .number()
          .int()
          .min(1000, { error: 'Add at least 1 second.' })
          .max(MAX_ADD_MS, { error: 'Add at most 10 minutes at a time.' }),
      })
      .strict(),
  ],
  { error: 'Unknown standup action: use pause, resume, next, skip, add_time, arrived or end.' },
);

/** Api methods of the standup feature (board, interrupts, standup timer, blockers, parking lot). */
export const standupContract = {
  moveBoardCard: method<BacklogItem>()(
    z.object({ teamId: IdSchema, itemId: IdSchema, status: z.enum(ITEM_STATUSES) }).strict(),
  ),
  setCardBlocked: method<BacklogItem>()(
    z.object({ teamId: IdSchema, itemId: IdSchema, blocked: z.boolean() }).strict(),
  ),
  logInterrupt: method<{ item: BacklogItem; sprint: Sprint }>()(
    z.object({ teamId: IdSchema, interrupt: InterruptFieldsSchema }).strict(),
  ),
  startStandup: method<StandupSession>()(z.object({ teamId: IdSchema, absentIds: Ids.default([]) }).strict()),
  controlStandup: method<StandupSession>()(
    z.object({ teamId: IdSchema, standupId: IdSchema, action: TimerActionSchema }).strict(),
  ),
  addStandupNote: method<StandupSession>()(
    z.object({ teamId: IdSchema, standupId: IdSchema, text: NoteTextSchema, memberId: IdSchema.nullish() }).strict(),
  ),
  /** Corrects a note's text while the standup runs (who it is for and when it was noted stay). */
  editStandupNote: method<StandupSession>()(
    z.object({ teamId: IdSchema, standupId: IdSchema, noteId: IdSchema, text: NoteTextSchema }).strict(),
  ),
  /** Takes a note noted by mistake out of a running standup (and so out of its summary). */
  deleteStandupNote: method<StandupSession>()(
    z.object({ teamId: IdSchema, standupId: IdSchema, noteId: IdSchema }).strict(),
  ),
  raiseBlocker: method<Blocker>()(
    z
      .object({
        teamId: IdSchema,
        text: BlockerTextSchema,
        ownerId: IdSchema.nullable().default(null),
        standupId: IdSchema.nullish(),
      })
      .strict(),
  ),
  resolveBlocker: method<Blocker>()(z.object({ teamId: IdSchema, blockerId: IdSchema }).strict()),
  /** Undo of resolveBlocker: the same blocker, open again. */
  reopenBlocker: method<Blocker>()(z.object({ teamId: IdSchema, blockerId: IdSchema }).strict()),
  setBlockerOwner: method<Blocker>()(
    z.object({ teamId: IdSchema, blockerId: IdSchema, ownerId: IdSchema.nullable() }).strict(),
  ),
  /** Corrects an open or resolved blocker's text; an ended standup's summary keeps the text it froze. */
  editBlocker: method<Blocker>()(z.object({ teamId: IdSchema, blockerId: IdSchema, text: BlockerTextSchema }).strict()),
  addParkingTopic: method<ParkingTopic>()(
    z
      .object({ teamId: IdSchema, text: TopicTextSchema, stayIds: Ids.default([]), standupId: IdSchema.nullish() })
      .strict(),
  ),
  /** Corrects a parked topic's text; an ended standup's summary keeps the text it froze. */
  editParkingTopic: method<ParkingTopic>()(
    z.object({ teamId: IdSchema, topicId: IdSchema, text: TopicTextSchema }).strict(),
  ),
  closeParkingTopic: method<ParkingTopic>()(z.object({ teamId: IdSchema, topicId: IdSchema }).strict()),
  /** Undo of closeParkingTopic: the same topic, open again. */
  reopenParkingTopic: method<ParkingTopic>()(z.object({ teamId: IdSchema, topicId: IdSchema }).strict()),
};
