import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { activeSprintOf, hasUnownedWork, sprintCards, unownedCards } from '../../../src/domain/board/cards';
import type { StandupSession } from '../../../src/domain/standup/schema';
import { standupNames } from '../../../src/domain/standup/summary';
import {
  atUnownedStop,
  currentTurn,
  nextTurn,
  stopsAtUnowned,
  type TimerAction,
  withTeamNow,
} from '../../../src/domain/standup/timer';
import type { TeamDoc } from '../../../src/domain/workspace';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { BoardView } from './BoardView';
import type { CaptureOpen } from './CaptureDialog';
import { BOARD_KEYS, isControlTarget, shortcutAllowed, STANDUP_KEYS } from './shortcuts';
import { ADD_TIME_MS, StandupTimer } from './StandupTimer';
import { StandupQueue } from './StandupQueue';
import { plural } from '../../../src/domain/shared/words';
import { byId, focusSoon } from '../../components/focus-soon';
import { SUMMARY_ID } from './StandupSummaryView';
import { focusIsLost } from '../../app/useFocusRescue';
import { useNow } from '../../components/use-now';
import { dateInZone } from '../../../src/domain/shared/zoned-time';
import { LEFT_RUNNING_ENDS_ONLY, leftEndMs, leftRunningFrom } from '../../../src/domain/standup/left-running';
import { LeftRunningNotice } from './LeftRunningNotice';
import { type NoteEdit, StandupNotes } from './StandupNotes';
import { OpenBlockersGlance } from './OpenBlockersGlance';

/** The running standup's capture bar, where the focus goes when its Log interrupt went with the sprint. */
export const CAPTURE_BAR_ID = 'standup-capture-bar';

interface StandupRunningProps {
  team: TeamDoc;
  session: StandupSession;
  /**
   * Opens a capture dialog (note, blocker, topic). The tab holds it, not this view: another window ending the
   * standup takes this view away, and the dialog, with what was typed, stays.
   */
  onCapture: (open: CaptureOpen) => void;
  /** Opens Log interrupt (the board's dialog; it needs an active sprint), taken by `takenBy` unless another is picked. */
  onLogInterrupt: (takenBy: string | null) => void;
  /** Opens a note's Edit dialog (held by the tab, as the capture dialogs are). */
  onEditNote: (edit: NoteEdit) => void;
}

/** A standup in progress: timer and controls, one-key captures, and the board walked per speaker. */
export function StandupRunning({ team, session: stored, onCapture, onLogInterrupt, onEditNote }: StandupRunningProps) {
  const controlStandup = useAppStore((s) => s.controlStandup);
  const reportError = useAppStore((s) => s.reportError);
  const pushToast = useAppStore((s) => s.pushToast);
  const [confirmEnd, setConfirmEnd] = useState(false);
  // The queue as the team stands now (the service applies the same): someone added since the start waits at the
  // end, someone who left while waiting is no longer called.
  const session = useMemo(
    () => ({ ...stored, timer: withTeamNow(stored.timer, team.members) }),
    [stored, team.members],
  );
  const turn = currentTurn(session.timer);
  // Everyone has spoken: the walk's last stop shows the sprint's cards with no owner (the service went there on Next).
  const atStop = atUnownedStop(session.timer);
  // Named as the summary names them, also when removed from the team while they speak.
  const nameOf = useMemo(() => standupNames(team.members, session.timer), [team.members, session.timer]);
  const speaker = turn ? { id: turn.memberId, name: nameOf(turn.memberId) } : null;
  const speakerId = speaker?.id ?? null;
  const speakerName = speaker?.name ?? null;
  const openCapture = useCallback(
    (kind: CaptureOpen['kind']) =>
      onCapture({
        kind,
        standupId: stored.id,
        speaker: speakerId === null || speakerName === null ? null : { id: speakerId, name: speakerName },
      }),
    [onCapture, stored.id, speakerId, speakerName],
  );
  const openInterrupt = useCallback(() => onLogInterrupt(speakerId), [onLogInterrupt, speakerId]);
  const sprint = activeSprintOf(team.sprints);
  const hasSprint = sprint !== null;
  const waiting = session.timer.turns.filter((t) => t.status === 'waiting').length;
  const nextId = nextTurn(session.timer)?.memberId ?? null;
  // Left running since an earlier day (the laptop closed without End): offered to end as it was left.
  // Checked once a minute, like useToday: a screen left open overnight shows the notice at the team's midnight.
  const minuteNow = useNow(60_000);
  const timeZone = team.settings.timeZone;
  const left = leftRunningFrom(stored, dateInZone(minuteNow, timeZone), timeZone);

  // A move on (Next, Skip, End) while the last one is on its way was meant for the speaker on screen, whose turn
  // that one already ends: a double click on Next passed the next speaker too, ending the turn nobody saw.
  const moving = useRef(false);
  // The pause last asked for while its save is on its way (null once every pause and resume has answered): Space or
  // P pressed twice faster than the save answers pauses and resumes, so a press toggles from it, not the screen.
  const askedPause = useRef<{ paused: boolean; pending: number } | null>(null);
  const act = useCallback(
    (action: TimerAction): Promise<void> => {
      const moves = action.kind === 'next' || action.kind === 'skip' || action.kind === 'end';
      if (moves && moving.current) return Promise.resolve();
      if (moves) moving.current = true;
      const pausing = action.kind === 'pause' || action.kind === 'resume';
      if (pausing) {
        askedPause.current = { paused: action.kind === 'pause', pending: (askedPause.current?.pending ?? 0) + 1 };
      }
      return controlStandup(session.id, action)
        .then((saved) => {
          // Ending (End, or Next or Skip past the last speaker) takes the timer and its controls away, and the
          // focus with them: to the summary that takes their place, as the start hands it to the timer.
          if (saved.state === 'ended') focusSoon(byId(SUMMARY_ID));
        })
        .catch((error: unknown) => {
          reportError(error);
          // Refused because another window ended it: the screen has caught up (the store fetched the team again), and
          // the summary took the controls' place, as it does after an End here.
          const now = useAppStore.getState().team?.standups.find((s) => s.id === session.id);
          if (now?.state === 'ended') focusSoon(byId(SUMMARY_ID));
        })
        .finally(() => {
          if (moves) moving.current = false;
          const asked = askedPause.current;
          if (pausing && asked)
            askedPause.current = asked.pending > 1 ? { ...asked, pending: asked.pending - 1 } : null;
        });
    },
    [controlStandup, reportError, session.id],
  );
  // One left running since an earlier day ends as it was left from End too (its button, E, the question): ended now,
  // the summary would count the night as the speaker's turn, and nobody means that.
  const leftBehind = left !== null;
  // When it is taken to have ended: the timer shows it as it stood then, not the nights since as overtime.
  const leftAt = useMemo(() => (leftBehind ? leftEndMs(stored, minuteNow) : null), [leftBehind, stored, minuteNow]);
  const endStandup = useCallback(
    () => void act(leftBehind ? { kind: 'end', asLeft: true } : { kind: 'end' }),
    [act, leftBehind],
  );
  const end = useCallback(() => {
    if (waiting > 0) setConfirmEnd(true);
    else endStandup();
  }, [endStandup, waiting]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!shortcutAllowed(event)) return;
      const paused = askedPause.current?.paused ?? session.timer.pausedAt !== null;
      const key = event.key === ' ' ? ' ' : event.key.toUpperCase();
      if (key === ' ' && isControlTarget(event.target)) return;
      // Left running since an earlier day, the service refuses the timer's keys and notes until it is ended: a press
      // by reflex the next morning says what to do, without asking the service or opening the note form.
      const endsOnly = () => pushToast({ kind: 'info', message: LEFT_RUNNING_ENDS_ONLY });
      const timed: Record<string, () => void> = {
        ' ': () => act({ kind: paused ? 'resume' : 'pause' }),
        [STANDUP_KEYS.pause]: () => act({ kind: paused ? 'resume' : 'pause' }),
        [STANDUP_KEYS.next]: () => act({ kind: 'next' }),
        // At the walk's last stop nobody has the floor: nobody to mark absent or give time to.
        ...(atStop
          ? {}
          : {
              [STANDUP_KEYS.skip]: () => act({ kind: 'skip' }),
              [STANDUP_KEYS.addTime]: () => act({ kind: 'add_time', ms: ADD_TIME_MS }),
            }),
        [STANDUP_KEYS.note]: () => openCapture('note'),
      };
      if (leftBehind) for (const k of Object.keys(timed)) timed[k] = endsOnly;
      const run: Record<string, () => void> = {
        ...timed,
        [STANDUP_KEYS.end]: end,
        [STANDUP_KEYS.blocker]: () => openCapture('blocker'),
        [STANDUP_KEYS.parking]: () => openCapture('parking'),
        ...(hasSprint ? { [BOARD_KEYS.interrupt]: openInterrupt } : {}),
      };
      const action = run[key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, end, session.timer.pausedAt, hasSprint, leftBehind, pushToast, openCapture, openInterrupt, atStop]);

  const cards = useMemo(() => {
    if (!sprint) return [];
    if (speakerId) return sprintCards(team.items, sprint.id).filter((i) => i.ownerId === speakerId);
    return atStop ? unownedCards(team.items, sprint.id, team.members) : [];
  }, [sprint, speakerId, atStop, team.items, team.members]);
  // Whether Next past the last speaker stops at those cards (the service's rule), for the timer's "Next": not again
  // after a turn given at that stop.
  const unownedWork = useMemo(
    () => sprint !== null && hasUnownedWork(team.items, sprint.id, team.members),
    [sprint, team.items, team.members],
  );
  const unownedNext = stopsAtUnowned(session.timer, unownedWork);
  const walkName = speaker ? `${speaker.name}’s cards` : atStop ? 'No owner' : 'nobody speaking';
  // The walk shows some of the sprint's cards: an empty lane is the speaker's, not the team's ("No interrupts
  // logged" while someone else's interrupt is on the board).
  const emptyLanes = useMemo(
    () =>
      speakerName !== null
        ? { planned: `${speakerName} owns no planned work.`, interrupts: `${speakerName} took no interrupts.` }
        : { planned: 'No planned work without an owner.', interrupts: 'No interrupts without an owner.' },
    [speakerName],
  );
  const notes = session.notes;

  // A card can leave the walk with the focus on it: the next speaker's cards take its place, or it was given to
  // someone else. The focus stays in the walk, on its heading (which names whose cards it now shows), instead of
  // dropping to the page. A move keeps the card in the walk: the board hands the focus to it itself.
  const walkTitle = useRef<HTMLHeadingElement>(null);
  const walked = useRef<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    const before = walked.current;
    const now = new Set(cards.map((c) => c.id));
    walked.current = now;
    if (focusIsLost() && [...before].some((id) => !now.has(id))) walkTitle.current?.focus({ preventScroll: true });
  }, [cards]);

  return (
    <div className="standup-running">
      {left ? <LeftRunningNotice from={left} onEnd={endStandup} /> : null}
      <StandupTimer
        session={session}
        onAction={act}
        onEnd={end}
        nameOf={nameOf}
        leftAt={leftAt}
        unownedNext={unownedNext}
        footer={<OpenBlockersGlance blockers={team.blockers} />}
      />
      <div id={CAPTURE_BAR_ID} className="capture-bar" role="group" aria-label="Capture during standup">
        {leftBehind ? null : (
          <button type="button" aria-keyshortcuts={STANDUP_KEYS.note} onClick={() => openCapture('note')}>
            Note update <kbd>{STANDUP_KEYS.note}</kbd>
          </button>
        )}
        <button type="button" aria-keyshortcuts={STANDUP_KEYS.blocker} onClick={() => openCapture('blocker')}>
          Add blocker <kbd>{STANDUP_KEYS.blocker}</kbd>
        </button>
        <button type="button" aria-keyshortcuts={STANDUP_KEYS.parking} onClick={() => openCapture('parking')}>
          Park topic <kbd>{STANDUP_KEYS.parking}</kbd>
        </button>
        {sprint ? (
          <button type="button" aria-keyshortcuts={BOARD_KEYS.interrupt} onClick={openInterrupt}>
            Log interrupt <kbd>{BOARD_KEYS.interrupt}</kbd>
          </button>
        ) : null}
      </div>
      <StandupQueue
        timer={session.timer}
        nextId={nextId}
        nameOf={nameOf}
        members={team.members}
        onAction={act}
        arrivals={!leftBehind}
      />
      <StandupNotes standupId={session.id} notes={notes} nameOf={nameOf} onEdit={onEditNote} />
      <section className="panel walk" aria-labelledby="walk-title">
        <h3 id="walk-title" ref={walkTitle} tabIndex={-1}>
          Walk the board: {walkName}
        </h3>
        {sprint ? (
          <BoardView
            team={team}
            cards={cards}
            emptyLanes={emptyLanes}
            caption={speaker ? `Cards owned by ${speaker.name}` : atStop ? 'Cards with no owner' : 'No cards'}
            emptyText={
              speaker
                ? `${speaker.name} owns no cards in ${sprint.name}.`
                : atStop
                  ? `Every card in ${sprint.name} has an owner now.`
                  : 'Nobody is speaking.'
            }
          />
        ) : (
          <p className="muted">
            There is no active sprint, so there is no board to walk. Start one on the Planning screen.
          </p>
        )}
      </section>
      {confirmEnd ? (
        <ConfirmDialog
          title="End standup now?"
          message={`${plural(waiting, 'person has', 'people have')} not spoken yet. End the standup anyway?${
            leftBehind ? ' It ends as it was left, on the day it started.' : ''
          }`}
          confirmLabel="End standup"
          onCancel={() => setConfirmEnd(false)}
          onConfirm={() => {
            setConfirmEnd(false);
            endStandup();
          }}
        />
      ) : null}
    </div>
  );
}
