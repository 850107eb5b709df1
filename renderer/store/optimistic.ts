import { afterNextPaint } from '../api/after-paint';

/** The newest optimistic change to each thing (a card, a review), by the turn it was shown in. */
const newest = new Map<string, number>();
let turns = 0;

/**
 * Optimistic changes a refetch of the team may predate, by turn (so in the order they were shown): those still
 * saving, and those saved while a refetch was on its way. `redo` shows the change again over the refetch's answer.
 */
const shownChanges = new Map<number, { redo: () => void; saved: boolean }>();
let refetches = 0;

/**
 * An optimistic change: shown at once, saved once it has been painted (see afterNextPaint), and put
 * back if the save is refused; the refusal is rethrown for the caller to report.
 *
 * Two quick changes to one thing (a card moved twice) are saved in order, and the answer to the first
 * describes the state between them: shown after the second change, it would put the screen back for a
 * moment. So the saved result is shown (`apply`) only when no newer change to the same `key` was shown
 * meanwhile; the newer change's own answer brings the final state.
 *
 * `show` may run again (see `overOptimistic`), so it sets the change's values rather than stepping from the screen's.
 */
export async function optimistic<T>(change: {
  /** What the change is to: a newer change with the same key makes this one's answer stale. */
  key: string;
  show: () => void;
  save: () => Promise<T>;
  /** Shows the saved result; skipped when it is stale. */
  apply?: (saved: T) => void;
  undo: () => void;
}): Promise<T> {
  const turn = ++turns;
  newest.set(change.key, turn);
  const latest = () => {
    const isLatest = newest.get(change.key) === turn;
    if (isLatest) newest.delete(change.key);
    return isLatest;
  };
  shownChanges.set(turn, { redo: change.show, saved: false });
  change.show();
  try {
    await afterNextPaint();
    const saved = await change.save();
    if (latest()) change.apply?.(saved);
    // A refetch on its way may have been answered before this save: it shows the change again over it (the change's
    // own fields only, not the whole saved record, so what the refetch brought beside them stays).
    const shown = shownChanges.get(turn);
    if (shown && refetches > 0) shown.saved = true;
    else shownChanges.delete(turn);
    return saved;
  } catch (error) {
    shownChanges.delete(turn);
    latest();
    change.undo();
    throw error;
  }
}

/**
 * Fetches the team again (a sync, another window or the room changed it) and shows the answer with `show`, then
 * shows again over it every optimistic change the answer may predate: one still saving, or saved or started while the
 * fetch was on its way. Without this, a card whose move is saving jumps back to its old column until the save answers.
 * `show` answers whether it put the answer over the team on screen (false: another team is open now, or none).
 */
export async function overOptimistic<T>(fetch: () => Promise<T>, show: (answer: T) => boolean): Promise<T> {
  refetches += 1;
  const from = turns;
  const saving = new Set([...shownChanges].filter(([, c]) => !c.saved).map(([turn]) => turn));
  try {
    const answer = await fetch();
    if (show(answer)) for (const [turn, c] of shownChanges) if (turn > from || saving.has(turn)) c.redo();
    return answer;
  } finally {
    refetches -= 1;
    if (refetches === 0) for (const [turn, c] of shownChanges) if (c.saved) shownChanges.delete(turn);
  }
}
