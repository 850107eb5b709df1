import { z } from 'zod';
import { GuestSchema, isGuestId } from '../shared/guests';
import { IdSchema, IsoTimeSchema } from '../shared/ids';
import { plural, pluralWord } from '../shared/words';
import { POINT_SCALES, scaleCards, type PointScale, type ScaleCard } from '../team/scales';

/** Planning poker: one round per vote on an item; a re-vote closes the round and opens the next. */

export const SPECIAL_CARDS = ['?', 'coffee', 'pass'] as const;
export type SpecialCard = (typeof SPECIAL_CARDS)[number];
export const SPECIAL_CARD_NAMES: Record<SpecialCard, string> = {
  '?': 'Not sure (?)',
  coffee: 'Need a break (coffee)',
  pass: 'Pass',
};

export const VoteSchema = z.object({
  memberId: IdSchema,
  /** The card as shown: a scale label ("5", "M") or a special card. */
  card: z.string().min(1).max(16),
  /** The points the card stands for; null for ?, coffee and pass. */
  value: z.number().nullable(),
});
export type Vote = z.infer<typeof VoteSchema>;

export const ROUND_STATES = ['voting', 'revealed', 'accepted', 'superseded'] as const;

export const EstimationRoundSchema = z.object({
  id: IdSchema,
  itemId: IdSchema,
  /** 1 for the first round on an item, 2 after a re-vote… */
  number: z.number().int().min(1),
  state: z.enum(ROUND_STATES),
  votes: z.array(VoteSchema).default([]),
  /** Guests who voted from their own devices: their votes are under these ids, never a member's. */
  guests: z.array(GuestSchema).default([]),
  startedAt: IsoTimeSchema,
  revealedAt: IsoTimeSchema.nullable().default(null),
  acceptedPoints: z.number().nullable().default(null),
  closedAt: IsoTimeSchema.nullable().default(null),
  /**
   * The team's point scale when the round started: its deck, results and accepted estimate stay on it when the
   * team changes scale meanwhile. Absent in older files, where the round uses the team's scale (`scaleOfRound`).
   */
  scale: z.enum(POINT_SCALES).optional(),
});
export type EstimationRound = z.infer<typeof EstimationRoundSchema>;

/** The scale a round votes on: the one it started with, or the team's for a round saved before rounds kept it. */
export function scaleOfRound(round: Pick<EstimationRound, 'scale'>, teamScale: PointScale): PointScale {
  return round.scale ?? teamScale;
}

export interface DeckCard {
  label: string;
  value: number | null;
}

/** The team's scale plus ?, coffee and pass. */
export function deckFor(scale: PointScale): DeckCard[] {
  return [
    ...scaleCards(scale).map((c) => ({ label: c.label, value: c.value })),
    ...SPECIAL_CARDS.map((label) => ({ label, value: null })),
  ];
}

export function cardOf(scale: PointScale, label: string): DeckCard | null {
  return deckFor(scale).find((c) => c.label === label) ?? null;
}

/** Points shown on a card face: "coffee" reads better as a word on a projector than as an emoji. */
export function cardName(label: string): string {
  return label in SPECIAL_CARD_NAMES ? SPECIAL_CARD_NAMES[label as SpecialCard] : label;
}

/**
 * Who a round asks to vote: the team's members now, the round's guests (who voted from their own devices)
 * and any guests in the room now.
 */
export function roundVoterIds(
  round: Pick<EstimationRound, 'guests'>,
  members: readonly { id: string }[],
  guestsInRoom: readonly { id: string }[] = [],
): Set<string> {
  return new Set([...members, ...round.guests, ...guestsInRoom].map((p) => p.id));
}

/**
 * A round's votes split into those that count and those left out. A member taken off the team mid-round keeps
 * their vote in the round's record (its history), but it counts nowhere: not in "X of N voted", not in the
 * revealed results, the median or the suggested estimate. So does a guest the facilitator removed from the room
 * while the round was open, or a guest of a room closed since: the room takes them off the round's guests, keeping
 * their vote. The shared screen and the phones both use this.
 */
export function votesThatCount(
  round: Pick<EstimationRound, 'votes' | 'guests'>,
  members: readonly { id: string }[],
): { counted: Vote[]; leftOut: Vote[] } {
  const voters = roundVoterIds(round, members);
  return {
    counted: round.votes.filter((v) => voters.has(v.memberId)),
    leftOut: round.votes.filter((v) => !voters.has(v.memberId)),
  };
}

/**
 * Whose votes these left-out votes are, split by why they are left out: a member taken off the team, or a guest
 * removed from the room (a guest was never on the team). Empty parts are left out.
 */
function leftOutParts(leftOut: readonly Vote[]): { votes: Vote[]; who: string }[] {
  const guests = leftOut.filter((v) => isGuestId(v.memberId));
  const former = leftOut.filter((v) => !isGuestId(v.memberId));
  return [
    { votes: former, who: `${pluralWord(former.length, 'someone', 'people')} no longer on the team` },
    { votes: guests, who: `${pluralWord(guests.length, 'a guest', 'guests')} removed from the room` },
  ].filter((p) => p.votes.length > 0);
}

/**
 * The line under the revealed votes that names the votes left out (`votesThatCount`), or null when every vote
 * counts: "Not counted: 1 vote (13) by someone no longer on the team." The shared screen and the phones show it.
 */
export function notCountedNote(leftOut: readonly Vote[]): string | null {
  const parts = leftOutParts(leftOut).map(
    ({ votes, who }) => `${plural(votes.length, 'vote')} (${votes.map((v) => v.card).join(', ')}) by ${who}`,
  );
  return parts.length === 0 ? null : `Not counted: ${parts.join('; ')}.`;
}

/**
 * Who has voted when no vote counts (the reveal is refused): "Nobody has voted yet", or whose left-out votes
 * there are: "Only a guest removed from the room has voted".
 */
export function noCountedVoteReason(leftOut: readonly Vote[]): string {
  const parts = leftOutParts(leftOut);
  if (parts.length === 0) return 'Nobody has voted yet';
  const several = parts.length > 1 || (parts[0]?.votes.length ?? 0) > 1;
  return `Only ${parts.map((p) => p.who).join(' and ')} ${several ? 'have' : 'has'} voted`;
}

export interface RoundStats {
  /** Votes that carry points. */
  numeric: number[];
  min: number | null;
  max: number | null;
  /** max − min. */
  spread: number | null;
  median: number | null;
  /** The most frequent values; empty when no value repeats. */
  mode: number[];
  /** The scale card nearest to the median (the higher one on a tie): the suggested estimate. */
  nearest: ScaleCard | null;
  consensus: boolean;
  /**
   * When the votes span three or more cards of the deck, the members who voted the lowest and the highest:
   * both ends explain, which starts the discussion. Empty for a narrower spread.
   */
  outliers: string[];
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

function nearestCard(cards: readonly ScaleCard[], target: number): ScaleCard | null {
  let best: ScaleCard | null = null;
  for (const card of cards) {
    if (!best || Math.abs(card.value - target) < Math.abs(best.value - target)) best = card;
    else if (Math.abs(card.value - target) === Math.abs(best.value - target) && card.value > best.value) best = card;
  }
  return best;
}

export function roundStats(votes: readonly Vote[], scale: PointScale): RoundStats {
  const cards = scaleCards(scale);
  const numericVotes = votes.filter((v): v is Vote & { value: number } => v.value !== null);
  const numeric = numericVotes.map((v) => v.value).sort((a, b) => a - b);
  const med = median(numeric);
  const counts = new Map<number, number>();
  for (const n of numeric) counts.set(n, (counts.get(n) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const mode = top >= 2 ? [...counts].filter(([, c]) => c === top).map(([v]) => v) : [];
  const nearest = med === null ? null : nearestCard(cards, med);
  const min = numeric[0] ?? null;
  const max = numeric.at(-1) ?? null;
  const indexOf = (value: number) => cards.findIndex((c) => c.value === nearestCard(cards, value)?.value);
  const wide = min !== null && max !== null && indexOf(max) - indexOf(min) >= 2;
  return {
    numeric,
    min,
    max,
    spread: min === null || max === null ? null : max - min,
    median: med,
    mode,
    nearest,
    consensus: numeric.length > 0 && min === max,
    outliers: wide ? numericVotes.filter((v) => v.value === min || v.value === max).map((v) => v.memberId) : [],
  };
}
