import type { Retro, RetroCard, RetroGroup, RetroVote } from './schema';
import { plural } from '../shared/words';

export interface VoteRules {
  votesPerPerson: number;
  maxPerCard: number;
}

/** A thing people vote on and discuss: a group, or a card that is not in a group. */
export interface Topic {
  id: string;
  kind: 'card' | 'group';
  title: string;
  columnId: string;
  cards: RetroCard[];
}

export function groupTitle(group: RetroGroup, cards: readonly RetroCard[]): string {
  return group.title.trim() || cards[0]?.text || 'Untitled group';
}

/** Topics in board order: each group where its first card sits, loose cards in their own place. */
export function topicsOf(retro: Pick<Retro, 'cards' | 'groups'>): Topic[] {
  const topics: Topic[] = [];
  const seen = new Set<string>();
  for (const card of retro.cards) {
    if (!card.groupId) {
      topics.push({ id: card.id, kind: 'card', title: card.text, columnId: card.columnId, cards: [card] });
      continue;
    }
    if (seen.has(card.groupId)) continue;
    const group = retro.groups.find((g) => g.id === card.groupId);
    if (!group) continue;
    seen.add(group.id);
    const cards = retro.cards.filter((c) => c.groupId === group.id);
    topics.push({ id: group.id, kind: 'group', title: groupTitle(group, cards), columnId: card.columnId, cards });
  }
  return topics;
}

/**
 * Whether `id` names a topic of the board, as topicsOf lists them (a loose card, or a group holding a
 * card), without building the list: a vote checks this on a 500-card board.
 */
export function isTopic(retro: Pick<Retro, 'cards' | 'groups'>, id: string): boolean {
  const isGroup = retro.groups.some((g) => g.id === id);
  return retro.cards.some((card) => (card.groupId ? isGroup && card.groupId === id : card.id === id));
}

/** Total dots per topic id. */
export function tallies(votes: readonly RetroVote[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const v of votes) totals.set(v.targetId, (totals.get(v.targetId) ?? 0) + v.count);
  return totals;
}

export function votesUsedBy(votes: readonly RetroVote[], voterId: string): number {
  return votes.filter((v) => v.voterId === voterId).reduce((sum, v) => sum + v.count, 0);
}

export function votesOn(votes: readonly RetroVote[], voterId: string, targetId: string): number {
  return votes.find((v) => v.voterId === voterId && v.targetId === targetId)?.count ?? 0;
}

/**
 * Why a person may not put `count` dots on a topic, or null when they may.
 * The budget counts the person's dots on every other topic plus this one.
 * Taking dots back is never refused: a person can be over a limit without having added a dot (the team
 * lowered its budget or cap during the vote, or dotted cards were grouped before grouping kept the cap),
 * so the limits only stop a count from going up.
 */
export function voteRefusal(
  retro: Pick<Retro, 'cards' | 'groups' | 'votes'>,
  rules: VoteRules,
  voterId: string,
  targetId: string,
  count: number,
  /** Who votes, named in the refusal: the facilitator enters dots for several people in turn. */
  voterName?: string,
): string | null {
  if (!Number.isInteger(count) || count < 0) return 'Votes are whole numbers from 0 up.';
  if (!isTopic(retro, targetId)) {
    return 'That card or group is no longer on the board; it may have been grouped. Pick it again.';
  }
  if (count <= votesOn(retro.votes, voterId, targetId)) return null;
  if (count > rules.maxPerCard) {
    return `At most ${plural(rules.maxPerCard, 'vote')} per person on one card or group.`;
  }
  const elsewhere = votesUsedBy(retro.votes, voterId) - votesOn(retro.votes, voterId, targetId);
  if (elsewhere + count > rules.votesPerPerson) {
    const left = Math.max(0, rules.votesPerPerson - elsewhere);
    const who = voterName ? `${voterName} has ${left} left` : `${left} left for this person`;
    return `Only ${plural(rules.votesPerPerson, 'vote')} per person: ${who}.`;
  }
  return null;
}

/** Sets one person's dots on one topic; 0 removes them. */
export function setVotes(votes: readonly RetroVote[], voterId: string, targetId: string, count: number): RetroVote[] {
  const others = votes.filter((v) => !(v.voterId === voterId && v.targetId === targetId));
  return count > 0 ? [...others, { voterId, targetId, count }] : others;
}

export interface RankedTopic extends Topic {
  votes: number;
}

/** Topics by votes, most first; ties keep board order. */
export function rankedTopics(retro: Pick<Retro, 'cards' | 'groups' | 'votes'>): RankedTopic[] {
  const totals = tallies(retro.votes);
  return topicsOf(retro)
    .map((t, index) => ({ ...t, votes: totals.get(t.id) ?? 0, index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ index: _index, ...t }) => t);
}
