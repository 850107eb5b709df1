import { compareInstants } from '../planning/calendar';
import type { ActionOutcome, ActionStatus, Retro, RetroAction } from './schema';

type Review = RetroAction['reviews'][number];
/** The retros a decision is ranked by: one is later than another when it was created later. */
type RetrosInOrder = readonly Pick<Retro, 'id' | 'createdAt'>[];

export interface OpenActionEntry {
  retroId: string;
  /** The retro the action came from, by the name openActionsFor was given for it (retroNames), else its title. */
  retroTitle: string;
  action: RetroAction;
  /** What this retro decided about it, or null while undecided. */
  outcome: ActionOutcome | null;
  /** What a retro later than this one decided, which a click here does not override; null when none did. */
  laterDecision: { retroTitle: string; outcome: ActionOutcome } | null;
  /** How many retros before this one carried it over ("carried 2×"); this retro's own carry is its `outcome`. */
  timesCarried: number;
}

/**
 * Where a review stands among the retros: at its retro's creation, as openActionsFor orders them. A review whose
 * retro is not here (imported from another data folder) stands at when it was made.
 */
function reviewRank(retros: RetrosInOrder): (review: Review) => string {
  const began = new Map(retros.map((r) => [r.id, r.createdAt]));
  return (review) => began.get(review.retroId) ?? review.at;
}

/** The review of the latest retro among `reviews`, by where each stands (reviewRank). */
function latestReview(reviews: readonly Review[], retros: RetrosInOrder): Review | null {
  const rank = reviewRank(retros);
  let latest: Review | null = null;
  for (const review of reviews) {
    const order = latest ? compareInstants(rank(review), rank(latest)) || compareInstants(review.at, latest.at) : 1;
    if (order >= 0) latest = review;
  }
  return latest;
}

/**
 * An action's status: what the latest retro that reviewed it decided (done and dropped close it, carried
 * keeps it open), so a click in an older retro never overrides a later decision; open when none did.
 */
function actionStatus(reviews: readonly Review[], retros: RetrosInOrder): ActionStatus {
  const outcome = latestReview(reviews, retros)?.outcome;
  return outcome === 'done' ? 'done' : outcome === 'dropped' ? 'dropped' : 'open';
}

/**
 * The actions of earlier retros still open when `current` began, plus those this retro already closed
 * (so a decision can be changed). Oldest retro first. `names` says each retro as the retro list does (retroNames),
 * so two earlier retros with one title are told apart; a retro it does not name goes by its title.
 */
export function openActionsFor(
  retros: readonly Retro[],
  current: Pick<Retro, 'id' | 'createdAt'>,
  names: ReadonlyMap<string, string> = new Map(),
): OpenActionEntry[] {
  const nameOf = (retro: Pick<Retro, 'id' | 'title'>) => names.get(retro.id) ?? retro.title;
  const later = new Map(
    retros.filter((r) => compareInstants(r.createdAt, current.createdAt) > 0).map((r) => [r.id, r]),
  );
  const decidedLater = (action: RetroAction): OpenActionEntry['laterDecision'] => {
    const review = latestReview(
      action.reviews.filter((rev) => later.has(rev.retroId)),
      [...later.values()],
    );
    const by = later.get(review?.retroId ?? '');
    return review && { retroTitle: by ? nameOf(by) : '', outcome: review.outcome };
  };
  const rank = reviewRank(retros);
  return retros
    .filter((r) => r.id !== current.id && compareInstants(r.createdAt, current.createdAt) < 0)
    .sort((a, b) => compareInstants(a.createdAt, b.createdAt))
    .flatMap((r) =>
      r.actions.flatMap((action) => {
        // What the retros before this one decided: this retro's own decision is its outcome, and a later one's
        // had not been made when it began.
        const before = action.reviews.filter(
          (rev) => rev.retroId !== current.id && compareInstants(rank(rev), current.createdAt) < 0,
        );
        const outcome = action.reviews.find((rev) => rev.retroId === current.id)?.outcome ?? null;
        const laterDecision = decidedLater(action);
        // Closed by a later retro, it was open as the retros before this one left it: that Done or Drop does not
        // take it off this retro's list (and its exports) after the fact; the entry says what was decided.
        const open = action.status === 'open' || (laterDecision !== null && actionStatus(before, retros) === 'open');
        if (!open && outcome === null) return [];
        const timesCarried = before.filter((rev) => rev.outcome === 'carried').length;
        return [{ retroId: r.id, retroTitle: nameOf(r), action, outcome, laterDecision, timesCarried }];
      }),
    );
}

/**
 * Records what a retro decided about an earlier action, or with `outcome` null takes that retro's decision back (a
 * click by mistake); the status follows the latest retro's decision left.
 */
export function reviewAction(
  action: RetroAction,
  retroId: string,
  outcome: ActionOutcome | null,
  at: string,
  retros: RetrosInOrder,
): RetroAction {
  const others = action.reviews.filter((r) => r.retroId !== retroId);
  const reviews = outcome === null ? others : [...others, { retroId, outcome, at }];
  return { ...action, reviews, status: actionStatus(reviews, retros) };
}

/** The action without what a deleted retro decided about it: the decisions left set its status again. */
export function withoutReviewsOf(action: RetroAction, retroId: string, retros: RetrosInOrder): RetroAction {
  if (!action.reviews.some((r) => r.retroId === retroId)) return action;
  const reviews = action.reviews.filter((r) => r.retroId !== retroId);
  return { ...action, reviews, status: actionStatus(reviews, retros) };
}

/**
 * The team's retros once `retroId` is deleted: what it decided about the other retros' actions is undone, and
 * their status follows the decisions left (withoutReviewsOf). A retro whose actions change is stamped `at`; one it
 * decided nothing on is kept as it was. The delete itself, and the screen's copy of the team after it, both use it.
 */
export function retrosWithout<R extends Retro>(retros: readonly R[], retroId: string, at: string): R[] {
  const left = retros.filter((r) => r.id !== retroId);
  return left.map((retro) => {
    const actions = retro.actions.map((a) => withoutReviewsOf(a, retroId, left));
    return actions.every((a, i) => a === retro.actions[i]) ? retro : { ...retro, actions, updatedAt: at };
  });
}

/** How a later retro's decision reads in an earlier one ("Sprint 8's retro marked it done"). */
export const DECIDED_WORDS: Record<ActionOutcome, string> = {
  done: 'marked it done',
  carried: 'carried it over',
  dropped: 'dropped it',
};

/** "carried 3×", the hint the "Open actions" phase and the exports give; null for an action not carried over before. */
export function carriedHint(timesCarried: number): string | null {
  return timesCarried > 0 ? `carried ${timesCarried}×` : null;
}
