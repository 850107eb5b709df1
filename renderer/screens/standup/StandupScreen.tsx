import { useRef, useState, type KeyboardEvent } from 'react';
import { activeSprintOf } from '../../../src/domain/board/cards';
import { NeedsTeam } from '../../components/NeedsTeam';
import { byId, focusSoon } from '../../components/focus-soon';
import { RoomInvite } from '../../components/room/RoomInvite';
import { useAppStore } from '../../store';
import { useToday } from '../../components/use-now';
import { leftRunningFrom } from '../../../src/domain/standup/left-running';
import '../../styles/standup.css';
import { BoardTab } from './BoardTab';
import { StandupChime } from './StandupChime';
import { StandupTab } from './StandupTab';
import { useInterruptDialog } from './use-interrupt-dialog';
import { useRaisedElsewhere } from './use-raised-elsewhere';

type Tab = 'board' | 'standup';
/** Nothing to do from devices on Standup yet: blockers and parking from phones come with their own focus. */
const ROOM_FOCUS = { kind: 'standup' } as const;
/** The Board tab's next step with no active sprint, where the focus goes when the board has left with its sprint. */
const NO_SPRINT_ACTION = 'standup-no-sprint-action';
const TABS: { id: Tab; label: string }[] = [
  { id: 'board', label: 'Board' },
  { id: 'standup', label: 'Standup timer' },
];

/** The Standup screen: the sprint board and the daily standup, as two tabs. */
export default function StandupScreen() {
  const team = useAppStore((s) => s.team);
  const navigate = useAppStore((s) => s.navigate);
  const runningSession = team?.standups.find((s) => s.state === 'running');
  const running = runningSession !== undefined;
  // One left running since an earlier day says so on its tab: it only ends, as it was left.
  const timeZone = team?.settings.timeZone ?? 'UTC';
  const today = useToday(timeZone);
  const leftRunning = runningSession ? leftRunningFrom(runningSession, today, timeZone) !== null : false;
  const [picked, setPicked] = useState<Tab | null>(null);
  const tab: Tab = picked ?? 'board';
  const setTab = setPicked;
  // A standup running when the screen opens (e.g. after a reload) brings its tab forward once.
  if (running && picked === null) setPicked('standup');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ board: null, standup: null });
  // Here, not in the timer: a blocker raised from a phone while the Board tab is shown is told all the same.
  useRaisedElsewhere(team ?? null, running);
  // The Board tab's Log interrupt: held here, so the sprint closing in another window (which takes the board away)
  // leaves the dialog and what was typed on the screen.
  const boardInterrupt = useInterruptDialog(team ?? null, (noSprintNow) => {
    // Its Log interrupt went with the board: the next step, to Planning, takes the focus.
    if (noSprintNow) focusSoon(byId(NO_SPRINT_ACTION));
  });

  if (!team) return <NeedsTeam title="Standup" />;
  const sprint = activeSprintOf(team.sprints);

  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = TABS.findIndex((t) => t.id === tab);
    const nextIndex =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? TABS.length - 1
          : (index + (event.key === 'ArrowRight' ? 1 : -1) + TABS.length) % TABS.length;
    const next = TABS[nextIndex]?.id ?? 'board';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="screen standup-screen" aria-labelledby="standup-title">
      <div className="screen-header">
        <h2 id="standup-title">Standup</h2>
        <div className="standup-tabs" role="tablist" aria-label="Board or standup timer" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`standup-tab-${t.id}`}
              aria-selected={tab === t.id}
              // Only the panel of the tab selected is on the page: a reference to one that is not is an ARIA error.
              aria-controls={tab === t.id ? `standup-panel-${t.id}` : undefined}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'standup' && running ? (
                <span className="badge">{leftRunning ? 'left running' : 'running'}</span>
              ) : null}
            </button>
          ))}
        </div>
        <RoomInvite focus={ROOM_FOCUS} />
      </div>
      {runningSession ? (
        // Here, not in the timer: a timebox that runs out while the Board tab is shown chimes all the same.
        <StandupChime
          session={runningSession}
          members={team.members}
          // One left running is no timebox running out now: opening it the next morning stays silent.
          enabled={team.settings.standupChime && !leftRunning}
        />
      ) : null}
      <div role="tabpanel" id={`standup-panel-${tab}`} aria-labelledby={`standup-tab-${tab}`}>
        {tab === 'standup' ? (
          <StandupTab team={team} />
        ) : sprint ? (
          <BoardTab team={team} sprint={sprint} onLogInterrupt={boardInterrupt.openInterrupt} />
        ) : (
          <div className="panel">
            <h3>No active sprint</h3>
            <p className="empty">
              {team.name} has no active sprint, so there is no board to show. Plan a sprint and start it on the Planning
              screen; its items then appear here.
            </p>
            <button id={NO_SPRINT_ACTION} type="button" className="primary" onClick={() => navigate('planning')}>
              Go to Planning
            </button>
          </div>
        )}
      </div>
      {boardInterrupt.dialog}
    </section>
  );
}
