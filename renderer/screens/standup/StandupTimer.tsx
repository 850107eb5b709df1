import type { ReactNode } from 'react';
import { formatTimerClock } from '../../../src/domain/shared/timer-clock';
import type { StandupSession } from '../../../src/domain/standup/schema';
import { speakerHasSpoken } from '../../../src/domain/standup/spoke';
import { atUnownedStop, timerView, type TimerAction } from '../../../src/domain/standup/timer';
import { STANDUP_KEYS } from './shortcuts';
import { useFrameNow } from '../../components/use-now';

interface StandupTimerProps {
  session: StandupSession;
  onAction: (action: TimerAction) => void;
  onEnd: () => void;
  /** A speaker's name as the standup shows it now (see standupNames): renamed meanwhile, the new name. */
  nameOf: (memberId: string) => string;
  /**
   * For a standup left running since an earlier day, when it is taken to have ended (leftEndMs): the clock shows it
   * as it stood then, silent, and only End is offered (the service refuses the rest until it is ended).
   */
  leftAt?: number | null;
  /** The sprint has open cards with no owner: after the last speaker, the walk stops at them ("No owner"). */
  unownedNext?: boolean;
  /**
   * The panel's last line (the open blockers at a glance): under the controls, and on the projector under the clock,
   * beside the controls, where the room is otherwise empty, so it takes no height from the walk of the board below.
   */
  footer?: ReactNode;
}

export const ADD_TIME_MS = 30_000;

/** The timer panel's id, focused when a standup starts. */
export const TIMER_ID = 'standup-timer';

function Key({ k }: { k: string }) {
  return <kbd className="standup-key">{k}</kbd>;
}

/** The projector view: speaker, countdown, who is next, overall time left, and the controls. */
export function StandupTimer({
  session,
  onAction,
  onEnd,
  nameOf,
  leftAt = null,
  unownedNext = false,
  footer = null,
}: StandupTimerProps) {
  const frameNow = useFrameNow();
  const left = leftAt !== null;
  const view = timerView(session.timer, leftAt ?? frameNow);
  // The walk's last stop, the cards with no owner: nobody has the floor, so there is no timebox, no one to skip.
  const atStop = atUnownedStop(session.timer);
  // From there Next ends the standup, unless someone came back to the queue meanwhile.
  const nextEnds = atStop && view.next === null;

  const overallOver = view.overallRemainingMs < 0;
  return (
    <section
      id={TIMER_ID}
      className={`panel timer${view.overtime ? ' timer--overtime' : ''}${view.paused ? ' timer--paused' : ''}`}
      aria-labelledby="timer-speaker"
    >
      <div className="timer__main">
        <p className="timer__label">
          {atStop ? 'Last stop of the walk: cards with no owner' : left ? 'Speaking when it was left' : 'Speaking now'}
          {view.present > 0 && !atStop ? ` · ${view.position} of ${view.present}` : ''}
          {view.paused ? <span className="timer__paused"> · Paused</span> : null}
        </p>
        <h3 id="timer-speaker" className="timer__speaker">
          {view.current ? nameOf(view.current.memberId) : atStop ? 'No owner' : 'Nobody'}
        </h3>
        {atStop ? null : (
          <p
            className="timer__clock"
            role="timer"
            aria-live="off"
            aria-label={left ? 'Time left for this speaker when it was left' : 'Time left for this speaker'}
          >
            {formatTimerClock(view.remainingMs)}
          </p>
        )}
        {view.overtime ? <p className="timer__over">Overtime</p> : null}
      </div>
      <dl className="timer__side">
        <div>
          <dt>Next</dt>
          <dd className="timer__next">
            {view.next
              ? nameOf(view.next.memberId)
              : atStop
                ? 'Nobody — Next ends the standup'
                : unownedNext
                  ? 'Cards with no owner'
                  : 'Nobody — last speaker'}
          </dd>
        </div>
        <div>
          <dt>Standup time left</dt>
          <dd className={`timer__overall${overallOver ? ' is-over' : ''}`}>
            <span role="timer" aria-live="off" aria-label="Standup time left">
              {formatTimerClock(view.overallRemainingMs)}
              {overallOver ? ' (over)' : ''}
            </span>
          </dd>
        </div>
      </dl>
      <div className="timer__controls" role="toolbar" aria-label="Standup controls">
        {left ? null : (
          <>
            {/* In one place either way: the focus stays on it when the walk reaches its last stop. */}
            {nextEnds ? (
              <button
                type="button"
                className="primary"
                aria-keyshortcuts={`${STANDUP_KEYS.next} ${STANDUP_KEYS.end}`}
                onClick={onEnd}
              >
                End standup <Key k={`${STANDUP_KEYS.next} / ${STANDUP_KEYS.end}`} />
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                aria-keyshortcuts={STANDUP_KEYS.next}
                onClick={() => onAction({ kind: 'next' })}
              >
                Next speaker <Key k={STANDUP_KEYS.next} />
              </button>
            )}
            {view.paused ? (
              <button
                type="button"
                aria-keyshortcuts={`${STANDUP_KEYS.pause} Space`}
                onClick={() => onAction({ kind: 'resume' })}
              >
                Resume <Key k={`${STANDUP_KEYS.pause} / Space`} />
              </button>
            ) : (
              <button
                type="button"
                aria-keyshortcuts={`${STANDUP_KEYS.pause} Space`}
                onClick={() => onAction({ kind: 'pause' })}
              >
                Pause <Key k={`${STANDUP_KEYS.pause} / Space`} />
              </button>
            )}
            {/* Someone who has spoken (an update noted, time added) was there: nothing to mark absent. */}
            {speakerHasSpoken(session) || atStop ? null : (
              <button type="button" aria-keyshortcuts={STANDUP_KEYS.skip} onClick={() => onAction({ kind: 'skip' })}>
                Skip (absent) <Key k={STANDUP_KEYS.skip} />
              </button>
            )}
            {atStop ? null : (
              <button
                type="button"
                aria-keyshortcuts={STANDUP_KEYS.addTime}
                onClick={() => onAction({ kind: 'add_time', ms: ADD_TIME_MS })}
              >
                Add 30 s <Key k={STANDUP_KEYS.addTime} />
              </button>
            )}
          </>
        )}
        {nextEnds && !left ? null : (
          <button type="button" className="danger" aria-keyshortcuts={STANDUP_KEYS.end} onClick={onEnd}>
            End standup <Key k={STANDUP_KEYS.end} />
          </button>
        )}
      </div>
      {footer}
    </section>
  );
}
