import type { ActionOutcome, Retro, RetroAction } from './schema';

export interface OpenActionEntry {
  retroId: string;
  retroTitle: string;
  action: RetroAction;
  /** What this retro decided about it, or null while undecided. */
  outcome: ActionOutcome | null;
}

/**
 * The actions of earlier retros still open when `current` began, plus those this retro already closed
 * (so a decision can be changed). Oldest retro first.
 */
export function openActionsFor(retros: readonly Retro[], current: Pick<Retro, 'id' | 'createdAt'>): OpenActionEntry[] {
  return retros
    .filter((r) => r.id !== current.id && r.createdAt < current.createdAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .flatMap((r) =>
      r.actions
        .map((action) => ({
          retroId: r.id,
          retroTitle: r.title,
          action,
          outcome: action.reviews.find((rev) => rev.retroId === current.id)?.outcome ?? null,
        }))
        .filter((e) => e.action.status === 'open' || e.outcome !== null),
    );
}

/** Records what a retro decided about an earlier action: done and dropped close it, carried keeps it open. */
export function reviewAction(action: RetroAction, retroId: string, outcome: ActionOutcome, at: string): RetroAction {
  const reviews = [...action.reviews.filter((r) => r.retroId !== retroId), { retroId, outcome, at }];
  const status = outcome === 'done' ? 'done' : outcome === 'dropped' ? 'dropped' : 'open';
  return { ...action, reviews, status };
}

/** How many times an action has been carried over, for a "carried 3×" hint. */
export function timesCarried(action: RetroAction): number {
  return action.reviews.filter((r) => r.outcome === 'carried').length;
}
