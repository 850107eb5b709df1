import { invalid, notFound } from '../shared/errors';
import { TopicNoteSchema, type Retro, type RetroVote, type TopicNote } from './schema';

type Board = Pick<Retro, 'cards' | 'groups' | 'votes' | 'notes' | 'actions' | 'timers'>;

/** No cap: the votes add up whole. */
const UNCAPPED = Number.POSITIVE_INFINITY;

/**
 * Moves every vote on `from` to `to`, adding up one person's dots when they voted on both, up to
 * `maxPerCard`: past the cap a person could not even take a dot back, so the extra dots return to
 * their budget to be placed again.
 */
function moveVotes(votes: readonly RetroVote[], from: string, to: string, maxPerCard: number): RetroVote[] {
  const out: RetroVote[] = [];
  for (const v of votes) {
    const targetId = v.targetId === from ? to : v.targetId;
    const same = out.find((o) => o.voterId === v.voterId && o.targetId === targetId);
    if (same) same.count = Math.min(same.count + v.count, maxPerCard);
    else out.push({ ...v, targetId });
  }
  return out;
}

/**
 * Moves the notes on `from` to `to`. When both topics have notes, both texts are kept, joined: a join longer
 * than a note may be is refused rather than cut, as the file would not load again.
 */
function moveNotes(notes: readonly TopicNote[], from: string, to: string | null): TopicNote[] {
  const moved = notes.find((n) => n.targetId === from);
  if (!moved) return [...notes];
  const rest = notes.filter((n) => n.targetId !== from);
  if (to === null || !moved.notes.trim()) return rest;
  const kept = rest.find((n) => n.targetId === to);
  if (!kept?.notes.trim()) return [...rest.filter((n) => n.targetId !== to), { targetId: to, notes: moved.notes }];
  const joined = `${kept.notes}\n\n${moved.notes}`;
  // The note's own check, so a join is refused exactly when the file would not load with it (emoji count once).
  if (!TopicNoteSchema.shape.notes.safeParse(joined).success) {
    throw invalid('notes', 'The notes of these two topics are too long to keep together; shorten one of them first.');
  }
  return rest.map((n) => (n === kept ? { ...n, notes: joined } : n));
}

/**
 * Moves what is keyed by topic `from` to topic `to` as one topic becomes another (grouped, merged, dissolved),
 * so the discussion is not lost: the votes, the notes, the actions' links and the topic timer (the one `to`
 * already has wins). `to` null: the topic is gone, with its votes, notes and timer; its actions stay, unlinked.
 */
function moveTopic<B extends Board>(board: B, from: string, to: string | null, maxPerCard: number): B {
  const { [`topic:${from}`]: timer, ...timers } = board.timers;
  if (timer && to !== null) timers[`topic:${to}`] ??= timer;
  return {
    ...board,
    votes: to === null ? board.votes.filter((v) => v.targetId !== from) : moveVotes(board.votes, from, to, maxPerCard),
    notes: moveNotes(board.notes, from, to),
    actions: board.actions.map((a) => (a.sourceId === from ? { ...a, sourceId: to } : a)),
    timers,
  };
}

/**
 * A group left with one card is no group: the card stands alone again and takes the group's votes, notes,
 * links and timer (a grouped card has no votes of its own, so nothing adds up).
 */
function dissolveSmallGroups<B extends Board>(board: B): B {
  let next = board;
  for (const group of board.groups) {
    const members = next.cards.filter((c) => c.groupId === group.id);
    if (members.length >= 2) continue;
    const lone = members[0];
    next = moveTopic(
      {
        ...next,
        groups: next.groups.filter((g) => g.id !== group.id),
        cards: next.cards.map((c) => (c.groupId === group.id ? { ...c, groupId: null } : c)),
      },
      group.id,
      lone?.id ?? null,
      UNCAPPED,
    );
  }
  return next;
}

/**
 * Drops a card onto another card or a group. Onto a lone card, the two form a new group (id `newGroupId`);
 * onto a grouped card or a group, the card joins that group. A loose card's votes, notes and links follow it
 * into the group, each person's dots kept to the team's per-card cap.
 */
export function groupCard<B extends Board>(
  board: B,
  cardId: string,
  ontoId: string,
  newGroupId: string,
  maxPerCard = UNCAPPED,
): B {
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) throw notFound('The card to group');
  const ontoCard = board.cards.find((c) => c.id === ontoId);
  const ontoGroup = board.groups.find((g) => g.id === ontoId);
  if (!ontoCard && !ontoGroup) throw notFound('The card or group to drop onto');
  if (ontoId === cardId) throw invalid('ontoId', 'A card cannot be grouped with itself.');
  const targetGroupId = ontoGroup?.id ?? ontoCard?.groupId ?? null;
  if (targetGroupId && card.groupId === targetGroupId) return board;

  let next: B = { ...board };
  let groupId = targetGroupId;
  if (!groupId && ontoCard) {
    groupId = newGroupId;
    next = moveTopic(
      {
        ...next,
        groups: [...next.groups, { id: groupId, title: '' }],
        cards: next.cards.map((c) => (c.id === ontoCard.id ? { ...c, groupId } : c)),
      },
      ontoCard.id,
      groupId,
      maxPerCard,
    );
  }
  const joined = groupId as string;
  next = { ...next, cards: next.cards.map((c) => (c.id === cardId ? { ...c, groupId: joined } : c)) };
  // A loose card was a topic of its own: what it had goes into the group.
  if (!card.groupId) next = moveTopic(next, card.id, joined, maxPerCard);
  return dissolveSmallGroups(next);
}

/** Takes a card out of its group; the card starts with no votes of its own. */
export function ungroupCard<B extends Board>(board: B, cardId: string): B {
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) throw notFound('The card');
  if (!card.groupId) return board;
  return dissolveSmallGroups({
    ...board,
    cards: board.cards.map((c) => (c.id === cardId ? { ...c, groupId: null } : c)),
  });
}

/**
 * Moves every card, vote, note and link of group `fromId` into group `intoId` (each person's dots kept to the
 * per-card cap); the merged group keeps a title if either had one.
 */
export function mergeGroups<B extends Board>(board: B, fromId: string, intoId: string, maxPerCard = UNCAPPED): B {
  const from = board.groups.find((g) => g.id === fromId);
  const into = board.groups.find((g) => g.id === intoId);
  if (!from || !into) throw notFound('One of the groups to merge');
  if (fromId === intoId) return board;
  return moveTopic(
    {
      ...board,
      groups: board.groups
        .filter((g) => g.id !== fromId)
        .map((g) => (g.id === intoId && !g.title.trim() ? { ...g, title: from.title } : g)),
      cards: board.cards.map((c) => (c.groupId === fromId ? { ...c, groupId: intoId } : c)),
    },
    fromId,
    intoId,
    maxPerCard,
  );
}

/**
 * Removes a card with its votes, and dissolves a group it leaves with one card. A grouped card's own links (made
 * before it was grouped) go to its group; a loose card's topic goes with it.
 */
export function removeCard<B extends Board>(board: B, cardId: string): B {
  const groupId = board.cards.find((c) => c.id === cardId)?.groupId ?? null;
  const rest = {
    ...board,
    cards: board.cards.filter((c) => c.id !== cardId),
    votes: board.votes.filter((v) => v.targetId !== cardId),
  };
  return dissolveSmallGroups(moveTopic(rest, cardId, groupId, UNCAPPED));
}
