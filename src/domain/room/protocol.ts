import { z } from 'zod';
import { CardTextSchema, HealthScoresSchema, type HealthDimension, type HealthScores } from '../retro/schema';
import { BlockerTextSchema, TopicTextSchema } from '../standup/schema';
import { isBlankName } from '../shared/blank-name';
import { IdSchema } from '../shared/ids';
import { LIMITS, requiredText } from '../shared/text';

/**
 * The room's wire protocol: what a participant's device may send (validated with zod on the server)
 * and what it receives (built only by the projection in ./projection). Shared by the room server and
 * the participant page, which imports nothing else from Cadence.
 */

export const ROOM_LIMITS = {
  /** A larger WebSocket message closes the socket. */
  maxMessageBytes: 16 * 1024,
  /** Messages a second one person may send, over all their sockets; past it the message is refused. */
  messagesPerSecond: 20,
  /** People in one room at once. */
  maxPeople: 100,
  /**
   * Wrong join codes a minute, per address and overall; past either, typed codes from there wait out the minute, and
   * past the overall cap the code changes. The overall cap is well above one address's, so one phone guessing holds
   * back only itself; the right link is never held back.
   */
  codeAttemptsPerMinutePerAddress: 5,
  codeAttemptsPerMinute: 100,
  /** A room with no activity for this long closes itself. */
  idleMs: 4 * 3_600_000,
} as const;

/** The short code typed by hand: 6 characters from an alphabet without look-alikes (0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/**
 * A link whose secret is cut short or mangled (copied in part, a QR code half read): the phone says so in words.
 * The room's secret is 32 random bytes in base64url, always 43 characters: any other shape is such a link, never
 * a wrong key (which counts toward changing the room's code).
 */
const INCOMPLETE_LINK =
  'This join link is not complete. Scan the QR code on the shared screen again, or type the room code.';
export const JoinSecretSchema = z.string().regex(/^[\w-]{43}$/, { error: INCOMPLETE_LINK });
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().length(CODE_LENGTH, { error: `The code has ${CODE_LENGTH} characters.` }));

/** How a device proves it may look in: the secret from the link, or the code typed by hand. */
export const JoinKeySchema = z.union([
  z.object({ secret: JoinSecretSchema }).strict(),
  z.object({ code: JoinCodeSchema }).strict(),
]);
export type JoinKey = z.input<typeof JoinKeySchema>;

/** A guest's name that shows (not only a zero-width space, a soft hyphen); an empty one is min's to say. */
const GuestNameSchema = requiredText('Your name', LIMITS.name).refine((name) => name === '' || !isBlankName(name), {
  error: 'Your name cannot be empty.',
});

/**
 * A text a phone sends that must show on the shared screen (a card, a blocker, a topic): one of only invisible
 * characters (a zero-width space, a soft hyphen, a lone accent) would show as an empty card. The rule is the names'
 * (`isBlankName`); an empty text is `requiredText`'s to say.
 */
const shownText = (schema: z.ZodType<string, string>, what: string) =>
  schema.refine((text) => text === '' || !isBlankName(text), {
    error: `${what} shows nothing: it holds only invisible characters. Type some words.`,
  });
const RoomCardTextSchema = shownText(CardTextSchema, 'Card text');

/** POST /room/join: the key plus who the person is: a team member, or a guest by name. */
export const JoinRequestSchema = z.union([
  z.object({ secret: JoinSecretSchema, memberId: IdSchema }).strict(),
  z.object({ code: JoinCodeSchema, memberId: IdSchema }).strict(),
  z.object({ secret: JoinSecretSchema, guestName: GuestNameSchema }).strict(),
  z.object({ code: JoinCodeSchema, guestName: GuestNameSchema }).strict(),
]);
export type JoinRequest = z.output<typeof JoinRequestSchema>;

/** Answer to POST /room/lobby: what the join page offers. */
export interface Lobby {
  teamName: string;
  /** Members not yet joined from another device; none while the room is locked. */
  members: { id: string; name: string }[];
  guestsAllowed: boolean;
  locked: boolean;
}

export interface Joined {
  token: string;
  personId: string;
  name: string;
}

const ref = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Names one thing the phone sends (a card, a blocker, a topic, a dot), the same each time it is sent again: a connection
 * that dropped before the ack leaves the phone unsure whether the room took it, and a second send must not add it twice.
 */
const sendId = z
  .string()
  .regex(/^[\w-]{8,64}$/, { error: 'A send id is 8 to 64 letters, digits, dashes or underscores.' })
  .optional();

/** Everything a participant may send over the socket. `ref` comes back in the ack or error. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vote'), ref, roundId: IdSchema, card: z.string().min(1).max(16).nullable() }).strict(),
  z
    .object({
      type: z.literal('addCard'),
      ref,
      retroId: IdSchema,
      columnId: z.string().min(1).max(64),
      text: RoomCardTextSchema,
      sendId,
    })
    .strict(),
  z
    .object({ type: z.literal('editCard'), ref, retroId: IdSchema, cardId: IdSchema, text: RoomCardTextSchema })
    .strict(),
  z.object({ type: z.literal('deleteCard'), ref, retroId: IdSchema, cardId: IdSchema }).strict(),
  z
    .object({
      type: z.literal('dot'),
      ref,
      retroId: IdSchema,
      targetId: IdSchema,
      delta: z.union([z.literal(1), z.literal(-1)]),
      sendId,
    })
    .strict(),
  z.object({ type: z.literal('health'), ref, retroId: IdSchema, scores: HealthScoresSchema }).strict(),
  z.object({ type: z.literal('blocker'), ref, text: shownText(BlockerTextSchema, 'Blocker'), sendId }).strict(),
  z.object({ type: z.literal('park'), ref, text: shownText(TopicTextSchema, 'Topic'), sendId }).strict(),
  z.object({ type: z.literal('ping'), ref }).strict(),
  /** The person gives up their place (they picked someone else's name): the name is free again. */
  z.object({ type: z.literal('leave'), ref }).strict(),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export interface DeckCardView {
  label: string;
  /** What a screen reader says and the card shows under its face ("Not sure (?)"). */
  name: string;
}

export interface PokerFocus {
  kind: 'poker';
  round: { id: string; number: number; state: 'voting' | 'revealed' };
  item: { title: string; description: string; acceptanceCriteria: string[]; points: number | null };
  deck: DeckCardView[];
  /** This person's own card while voting (null: none yet). */
  myVote: string | null;
  voted: number;
  voters: number;
  /** After reveal: every vote by name, and the figures the shared screen shows. */
  revealed: null | {
    votes: { name: string; card: string }[];
    median: number | null;
    spread: number | null;
    suggested: string | null;
    consensus: boolean;
    /**
     * The votes left out of the figures (someone taken off the team, a guest removed from the room), as the shared
     * screen names them: "Not counted: 1 vote (13) by a guest removed from the room."; null when every vote counts.
     */
    notCounted: string | null;
  };
}

export interface RetroCardView {
  id: string;
  columnId: string;
  text: string;
  mine: boolean;
}

export interface RetroFocus {
  kind: 'retro';
  retroId: string;
  title: string;
  phase: string;
  phaseName: string;
  columns: { id: string; title: string; prompt: string }[];
  revealed: boolean;
  /** Before reveal: this person's own cards only; after: every card. */
  cards: RetroCardView[];
  /** Cards in the room, counted per column, for "12 cards so far". */
  counts: Record<string, number>;
  /** The check-in as ops health scores: this person's own answer; the room sees only how many answered. */
  checkIn: null | {
    dimensions: { key: HealthDimension; label: string }[];
    mine: HealthScores | null;
    answers: number;
  };
  /** The vote phase: topics to dot, and only this person's own dots until voting ends. */
  voting: null | {
    closed: boolean;
    budget: number;
    cap: number;
    topics: { id: string; title: string; mine: number }[];
    left: number;
    /** Totals, only once voting has ended. */
    totals: { id: string; title: string; votes: number }[] | null;
  };
}

/**
 * Where a person's own turn stands in the standup running: `waiting` counts the people still to speak before them
 * (the next one is `next`); `absent`, marked absent (at the start, or skipped) and not back in the queue.
 */
export type StandupTurnView =
  { status: 'speaking' | 'next' | 'spoken' | 'absent' } | { status: 'waiting'; ahead: number };

/** The standup: anyone can raise a blocker or park a topic; they see what they raised. */
export interface StandupFocus {
  kind: 'standup';
  raised: { kind: 'blocker' | 'topic'; text: string }[];
  /**
   * The standup on the shared screen, while one runs (absent before it starts and once it has ended): who has the
   * floor (null at the walk's last stop, the cards with no owner) and this person's turn (null for a guest, who has
   * none). No clock ticks: the room sends it again at each Next, Skip or arrival. `started` (the day and time on the
   * team's clock) and `leftRunningAt` (ISO: the start of the team's next day, from when the shared screen only ends
   * it, `leftRunningFrom`) let the phone tell a standup left running since an earlier day, whose speaker and turns
   * are not the room's now.
   */
  running?: {
    speaker: string | null;
    you: StandupTurnView | null;
    started: { date: string; time: string };
    leftRunningAt: string;
  };
}

export interface WaitingFocus {
  kind: 'waiting';
  message: string;
}

export type Focus = PokerFocus | RetroFocus | StandupFocus | WaitingFocus;

/**
 * What leaving (or being removed) would take back from one place in the room: what it cast there that nobody has seen
 * yet. A phone is told its own counts only.
 */
export interface TakeBackCounts {
  /** Poker votes not yet revealed. */
  votes: number;
  /** Retro dots, while voting is open. */
  dots: number;
  /** Health check answers, while the check-in is open. */
  answers: number;
}

/** What one participant's device shows: built by the projection, never by hand. */
export interface ParticipantView {
  /** The phone keeps its drafts per team: rooms of several teams may use one address. */
  teamId: string;
  teamName: string;
  /** Every retro the team has: the phone drops the drafts it kept for the team's others (deleted). */
  retroIds: string[];
  you: { personId: string; name: string; guest: boolean };
  /** The room takes nobody new: a person who leaves needs the facilitator to unlock it to come back. */
  locked: boolean;
  /** What Leave the room would take back from this phone's place now, said before the tap. */
  takesBack: TakeBackCounts;
  focus: Focus;
}

export type ServerMessage =
  | { type: 'view'; view: ParticipantView }
  | { type: 'ack'; ref: number }
  | { type: 'error'; ref: number | null; message: string }
  | { type: 'ended'; reason: EndReason; message: string };

/** Why a person's place ended: `left`, they left from another of their screens. */
export type EndReason = 'removed' | 'closed' | 'expired' | 'left';
