import type { TimerState, TurnStatus } from '../../../src/domain/standup/schema';
import type { TimerAction } from '../../../src/domain/standup/timer';
import { byId, focusSoon } from '../../components/focus-soon';

const STATUS_TEXT: Record<TurnStatus, string> = {
  speaking: 'Speaking now',
  waiting: 'Waiting',
  done: 'Spoke',
  skipped: 'Absent',
};

const rowId = (memberId: string) => `standup-turn-${memberId}`;

interface StandupQueueProps {
  timer: TimerState;
  /** The one waiting to speak after the speaker on the floor (the timer's "Next"). */
  nextId: string | null;
  nameOf: (memberId: string) => string;
  /** The team now: someone removed since keeps a turn taken (spoken, absent), but is not put back in the queue. */
  members: readonly { id: string }[];
  /** Settles once the action is saved (or refused and reported). */
  onAction: (action: TimerAction) => Promise<void>;
  /**
   * False for a standup left running since an earlier day: someone walking in the next morning did not arrive at
   * that day's standup (the service refuses it), so they stay absent in its summary.
   */
  arrivals?: boolean;
}

/**
 * Everyone's turn in speaking order. Someone marked absent (at the start, or skipped) who walks in late is put
 * back in the queue from their row; the focus stays on that row, which then reads where they wait.
 */
export function StandupQueue({ timer, nextId, nameOf, members, onAction, arrivals = true }: StandupQueueProps) {
  // Once saved: the button is gone by then, and a row whose place had passed has moved to the end of the list.
  const arrived = (memberId: string) =>
    void onAction({ kind: 'arrived', memberId }).then(() => focusSoon(byId(rowId(memberId))));
  return (
    <section className="panel standup-queue" aria-labelledby="standup-queue-title">
      <h3 id="standup-queue-title">Speaking order</h3>
      <ol className="plain-list" aria-labelledby="standup-queue-title">
        {timer.turns.map((turn) => {
          const name = nameOf(turn.memberId);
          return (
            <li key={turn.memberId} id={rowId(turn.memberId)} tabIndex={-1}>
              <strong>{name}</strong> — {turn.memberId === nextId ? 'Next' : STATUS_TEXT[turn.status]}
              {arrivals && turn.status === 'skipped' && members.some((m) => m.id === turn.memberId) ? (
                <>
                  {' '}
                  <button
                    type="button"
                    aria-label={`${name} arrived: back in the queue`}
                    onClick={() => arrived(turn.memberId)}
                  >
                    Arrived: back in the queue
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
