import type { StandupSession } from './schema';
import { currentTurn, type TimerAction } from './timer';

/**
 * True when the standup has heard from the person on the floor: an update was noted for them, or time was added
 * to their turn (nobody adds time for someone who is not there). The clock alone cannot tell: a turn's first
 * seconds run while the room looks for someone absent. A person who has spoken was present, so Skip (absent) is
 * not offered for them.
 */
export function speakerHasSpoken(session: Pick<StandupSession, 'timer' | 'notes'>): boolean {
  const turn = currentTurn(session.timer);
  if (!turn) return false;
  return turn.extraMs > 0 || session.notes.some((n) => n.memberId === turn.memberId);
}

/**
 * The action as the standup takes it: Skip (absent) for a speaker who has spoken (the S key, a script, a screen
 * that had not caught up) moves on as Next does, so the summary and the history never list them as absent.
 */
export function takenAction(session: Pick<StandupSession, 'timer' | 'notes'>, action: TimerAction): TimerAction {
  return action.kind === 'skip' && speakerHasSpoken(session) ? { kind: 'next' } : action;
}
