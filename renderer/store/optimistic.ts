import { afterNextPaint } from '../api/after-paint';

/**
 * An optimistic change: shown at once, saved once it has been painted (see afterNextPaint), and put
 * back if the save is refused; the refusal is rethrown for the caller to report.
 */
export async function optimistic<T>(change: {
  show: () => void;
  save: () => Promise<T>;
  undo: () => void;
}): Promise<T> {
  change.show();
  try {
    await afterNextPaint();
    return await change.save();
  } catch (error) {
    change.undo();
    throw error;
  }
}
