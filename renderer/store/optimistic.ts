import { afterNextPaint } from '../api/after-paint';

/** The newest optimistic change to each thing (a card, a review), by the turn it was shown in. */
const newest = new Map<string, number>();
let turns = 0;

/**
 * An optimistic change: shown at once, saved once it has been painted (see afterNextPaint), and put
 * back if the save is refused; the refusal is rethrown for the caller to report.
 *
 * Two quick changes to one thing (a card moved twice) are saved in order, and the answer to the first
 * describes the state between them: shown after the second change, it would put the screen back for a
 * moment. So the saved result is shown (`apply`) only when no newer change to the same `key` was shown
 * meanwhile; the newer change's own answer brings the final state.
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
  change.show();
  try {
    await afterNextPaint();
    const saved = await change.save();
    if (latest()) change.apply?.(saved);
    return saved;
  } catch (error) {
    latest();
    change.undo();
    throw error;
  }
}
