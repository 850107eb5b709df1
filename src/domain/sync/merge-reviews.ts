import {
  GOAL_OUTCOME_NAMES,
  type Acceptance,
  type DemoSlot,
  type Feedback,
  type GoalOutcome,
  type Review,
} from '../review/schema';
import { compareInstants } from '../planning/calendar';
import { memberName } from '../team/member-name';
import type { TeamDoc } from '../workspace';
import { deepEqual } from './canonical';
import { entityName, fieldLabel, valueText } from './conflict-labels';
import { decide, type MergeState } from './merge-records';

/**
 * One review per sprint (createReview refuses a second): two machines that each started the review of one
 * sprint get ONE review, nothing dropped. The first started keeps its id, so every machine ends on the same
 * record; slots (one per item), blocks and feedback are united, a value set on one side only fills the
 * other's empty one, and a value set differently on both (the goal outcome, a slot's presenter or acceptance)
 * is a conflict keyed by the sprint (`reviews/sprint/<sprint id>/…`), MINE while undecided.
 */
export function oneReviewPerSprint(state: MergeState, merged: TeamDoc, mine: TeamDoc, theirs: TeamDoc): TeamDoc {
  const bySprint = new Map<string, Review[]>();
  for (const r of merged.reviews) bySprint.set(r.sprintId, [...(bySprint.get(r.sprintId) ?? []), r]);
  let reviews = merged.reviews;
  for (const [sprintId, two] of bySprint) {
    const count = (team: TeamDoc) => team.reviews.filter((r) => r.sprintId === sprintId).length;
    // Only what the merge itself made: each side kept the rule.
    if (two.length !== 2 || count(mine) > 1 || count(theirs) > 1) continue;
    // By the instants named: a time a script wrote without milliseconds sorts where it belongs.
    const [first, second] = [...two].sort(
      (x, y) => compareInstants(x.createdAt, y.createdAt) || (x.id < y.id ? -1 : 1),
    ) as [Review, Review];
    const firstIsMine = mine.reviews.some((r) => r.id === first.id);
    const one = joinReviews(first, second, {
      state,
      mine,
      firstIsMine,
      key: `reviews/sprint/${sprintId}`,
      entity: entityName('reviews', first, mine),
    });
    reviews = reviews.filter((r) => r !== second).map((r) => (r === first ? one : r));
  }
  return reviews === merged.reviews ? merged : { ...merged, reviews };
}

interface Join {
  state: MergeState;
  mine: TeamDoc;
  /** Whether the first review is this machine's (a conflict shows and keeps sides, not first and second). */
  firstIsMine: boolean;
  key: string;
  entity: string;
}

/**
 * The one value of two: equal, or the one set when the other is empty, or the side a decision keeps.
 * `a` is the first review's, `b` the second's.
 */
function pick<T>(
  join: Join,
  path: string,
  field: string,
  a: T,
  b: T,
  empty: (v: T) => boolean,
  text: (v: T) => string,
): T {
  if (deepEqual(a, b) || empty(b)) return a;
  if (empty(a)) return b;
  const [mineValue, theirsValue] = join.firstIsMine ? [a, b] : [b, a];
  const keep = decide(join.state, `${join.key}/${path}`, () => ({
    entity: join.entity,
    field,
    mine: text(mineValue),
    theirs: text(theirsValue),
  }));
  return keep === 'mine' ? mineValue : theirsValue;
}

const never = () => false;

function outcomeText(o: GoalOutcome): string {
  if (o.status === null) return o.sentence === '' ? '(none)' : o.sentence;
  return o.sentence === '' ? GOAL_OUTCOME_NAMES[o.status] : `${GOAL_OUTCOME_NAMES[o.status]}: ${o.sentence}`;
}

function acceptanceText(a: Acceptance): string {
  const said = a.accepted === null ? 'Not decided' : a.accepted ? 'Accepted' : 'Not accepted';
  return a.comment === '' ? said : `${said}: ${a.comment}`;
}

/** The records of `a` then those of `b` it lacks (by `same`), each pair joined by `both`. */
function united<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean, both: (x: T, y: T) => T): T[] {
  const joined = a.map((x) => {
    const y = b.find((v) => same(x, v));
    return y ? both(x, y) : x;
  });
  return [...joined, ...b.filter((y) => !a.some((x) => same(x, y)))];
}

function joinSlots(join: Join, a: DemoSlot, b: DemoSlot): DemoSlot {
  const slot: Join = { ...join, entity: `${entityName('reviews/*/slots', a, join.mine)} in ${join.entity}` };
  const path = `slots/${a.itemId ?? a.id}`;
  return {
    ...a,
    title: pick(slot, `${path}/title`, fieldLabel('title'), a.title, b.title, never, valueText),
    presenterId: pick(
      slot,
      `${path}/presenterId`,
      fieldLabel('presenterId'),
      a.presenterId,
      b.presenterId,
      (v) => v === null,
      (v) => (v === null ? '(none)' : memberName(join.mine.members, v)),
    ),
    timeboxMinutes: pick(slot, `${path}/timebox`, 'Timebox', a.timeboxMinutes, b.timeboxMinutes, never, String),
    blocks: united(
      a.blocks,
      b.blocks,
      (x, y) => x.id === y.id,
      (x) => x,
    ),
    acceptance: pick(
      slot,
      `${path}/acceptance`,
      'Acceptance',
      a.acceptance,
      b.acceptance,
      (v) => v.accepted === null && v.comment === '',
      acceptanceText,
    ),
  };
}

function joinFeedback(a: Feedback, b: Feedback): Feedback {
  return a.itemId === null && b.itemId !== null ? { ...a, itemId: b.itemId } : a;
}

function joinReviews(a: Review, b: Review, join: Join): Review {
  const sameSlot = (x: DemoSlot, y: DemoSlot) => x.id === y.id || (x.itemId !== null && x.itemId === y.itemId);
  return {
    ...a,
    updatedAt: compareInstants(a.updatedAt, b.updatedAt) > 0 ? a.updatedAt : b.updatedAt,
    slots: united(a.slots, b.slots, sameSlot, (x, y) => joinSlots(join, x, y)),
    feedback: united(a.feedback, b.feedback, (x, y) => x.id === y.id, joinFeedback),
    goalOutcome: pick(
      join,
      'goalOutcome',
      'Goal outcome',
      a.goalOutcome,
      b.goalOutcome,
      (o) => o.status === null && o.sentence === '',
      outcomeText,
    ),
  };
}
