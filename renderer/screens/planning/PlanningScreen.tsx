import { useEffect, useMemo, useState } from 'react';
import { formatDayRange } from '../../../src/domain/shared/dates';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import { velocityRows } from '../../../src/domain/planning/close';
import { closedSprints } from '../../../src/domain/planning/closed-sprints';
import { startRefusal } from '../../../src/domain/planning/rules';
import type { Sprint } from '../../../src/domain/planning/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { isModalOpen, isTypingTarget } from '../../app/keyboard';
import { Markdown } from '../../components/Markdown';
import { NeedsTeam } from '../../components/NeedsTeam';
import { useAppStore } from '../../store';
import { leaveAllowed } from '../../store/leave-guard';
import '../../styles/planning.css';
import { CalendarTab } from './CalendarTab';
import { PlanningDialogs, type PlanningDialog } from './PlanningDialogs';
import { PlanningSettings } from './PlanningSettings';
import { PlanTab } from './PlanTab';
import { focusPokerItem, PokerTab } from './PokerTab';
import {
  FIRST_SPRINT_ID,
  SPRINT_HEADING_ID,
  SPRINT_STATUS_ID,
  sortedSprints,
  STATE_NAMES,
  useCurrentSprint,
} from './use-sprint';
import { VelocityChart } from './VelocityChart';
import { onScreen } from '../../components/dates';
import { SprintDays } from '../../components/SprintDays';
import { useToday } from '../../components/use-now';

const VIEWS = ['Plan', 'Calendar', 'Estimate', 'Velocity', 'Settings'] as const;
type View = (typeof VIEWS)[number];

export default function PlanningScreen() {
  const team = useAppStore((s) => s.team);
  if (!team) return <NeedsTeam title="Sprint planning" />;
  return <Planning team={team} />;
}

function Planning({ team }: { team: TeamDoc }) {
  const sprint = useCurrentSprint();
  const select = useAppStore((s) => s.selectPlanningSprint);
  const selectTeam = useAppStore((s) => s.selectTeam);
  const reportError = useAppStore((s) => s.reportError);
  const teamId = team.id;

  // Other screens (backlog, board) change items and scope; start from the latest data each time.
  useEffect(() => {
    selectTeam(teamId).catch(reportError);
  }, [teamId, selectTeam, reportError]);
  const [view, setView] = useState<View>('Plan');
  const [dialog, setDialog] = useState<PlanningDialog>(null);
  const [pokerItem, setPokerItem] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || isModalOpen()) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        setDialog('new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const sprints = sortedSprints(team);
  // Another sprint redraws its views (the Calendar tab's forms with what was typed) but not Planning settings, the
  // team's, which a team switch lets through as well (keptPerTeam): so the switch asks as one of team does.
  const pickSprint = (id: string) => {
    if (leaveAllowed(() => select(id), 'team')) select(id);
  };
  return (
    <section className="screen planning" aria-labelledby="planning-title">
      <div className="screen-header">
        <h2 id="planning-title">Sprint planning</h2>
        {sprints.length > 0 ? (
          <div className="field sprint-picker">
            <label htmlFor="sprint-picker">Sprint</label>
            <select id="sprint-picker" value={sprint?.id ?? ''} onChange={(e) => pickSprint(e.target.value)}>
              {sprints.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({STATE_NAMES[s.state].toLowerCase()}, {formatDayRange(s.startDate, s.endDate, onScreen())})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="toolbar">
          <button type="button" aria-keyshortcuts="N" onClick={() => setDialog('new')}>
            New sprint
          </button>
          {sprint && sprint.state !== 'closed' ? (
            <button type="button" onClick={() => setDialog('edit')}>
              Edit sprint
            </button>
          ) : null}
          {sprint?.state === 'planned' ? (
            <>
              <button type="button" className="danger" onClick={() => setDialog('delete')}>
                Delete sprint
              </button>
              <StartButton team={team} sprint={sprint} onStart={() => setDialog('start')} />
            </>
          ) : null}
          {sprint?.state === 'active' ? (
            <button type="button" className="primary" onClick={() => setDialog('close')}>
              Close sprint
            </button>
          ) : null}
        </div>
      </div>
      {sprint ? (
        <SprintBody
          team={team}
          sprint={sprint}
          view={view}
          setView={setView}
          pokerItem={pokerItem}
          setPokerItem={setPokerItem}
        />
      ) : (
        <div className="panel">
          <p className="empty">No sprint yet. Create one to plan capacity and commit to work.</p>
          {/* A paragraph: its margin keeps the button off the velocity panel below. */}
          <p>
            <button id={FIRST_SPRINT_ID} type="button" className="primary" onClick={() => setDialog('new')}>
              Create the first sprint
            </button>
          </p>
          <VelocityChart rows={[]} closedCount={0} velocityWindow={team.settings.velocityWindow} />
        </div>
      )}
      <PlanningDialogs team={team} sprint={sprint} dialog={dialog} open={setDialog} close={() => setDialog(null)} />
    </section>
  );
}

/**
 * Start sprint, or, when the sprint cannot start (nothing planned, another sprint still active), the same button
 * turned off with the reason beside it, so nobody opens a dialog in front of the team only to be refused.
 * aria-disabled, not disabled: a disabled button would drop the focus to the page and could not be read.
 */
function StartButton({ team, sprint, onStart }: { team: TeamDoc; sprint: Sprint; onStart: () => void }) {
  const refusal = startRefusal(sprint, team.sprints, team.items)?.message ?? null;
  return (
    <>
      {refusal ? (
        <span id={START_WHY_ID} className="muted">
          {refusal}
        </span>
      ) : null}
      <button
        type="button"
        className="primary"
        aria-disabled={refusal ? 'true' : undefined}
        aria-describedby={refusal ? START_WHY_ID : undefined}
        onClick={refusal ? undefined : onStart}
      >
        Start sprint
      </button>
    </>
  );
}

const START_WHY_ID = 'start-sprint-why';

interface BodyProps {
  team: TeamDoc;
  sprint: Sprint;
  view: View;
  setView: (v: View) => void;
  pokerItem: string | null;
  setPokerItem: (id: string | null) => void;
}

function SprintBody({ team, sprint, view, setView, pokerItem, setPokerItem }: BodyProps) {
  // Another view takes the one shown off the screen: its form with values typed and not saved asks first.
  const showView = (v: View) => {
    if (v === view || leaveAllowed(() => setView(v))) setView(v);
  };
  const capacity = useMemo(
    () => sprintCapacity(sprint, team.members, team.settings, team.sprints, team.calendar),
    [sprint, team.members, team.settings, team.sprints, team.calendar],
  );
  const velocityWindow = team.settings.velocityWindow;
  const rows = useMemo(() => velocityRows(team.sprints, velocityWindow), [team.sprints, velocityWindow]);
  const closedCount = useMemo(() => closedSprints(team.sprints).length, [team.sprints]);
  const today = useToday(team.settings.timeZone);
  return (
    <>
      <div className="sprint-summary">
        <h3 id={SPRINT_HEADING_ID} className="sprint-summary__name" tabIndex={-1}>
          {sprint.name}
        </h3>
        <p id={SPRINT_STATUS_ID} tabIndex={-1}>
          <span className={`state-badge state-badge--${sprint.state}`}>{STATE_NAMES[sprint.state]}</span>{' '}
          {formatDayRange(sprint.startDate, sprint.endDate, onScreen())},{' '}
          <SprintDays sprint={sprint} today={today} workingDays={team.settings.workingDays} />
        </p>
        {sprint.goal ? (
          <div className="sprint-goal">
            <span className="sprint-goal__label">Goal:</span> <Markdown text={sprint.goal} />
          </div>
        ) : sprint.state !== 'closed' ? (
          <p className="muted">No sprint goal yet: add one with Edit sprint.</p>
        ) : null}
      </div>
      <div className="view-switch" role="group" aria-label="Planning views">
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => showView(v)}>
            {v}
          </button>
        ))}
      </div>
      {view === 'Plan' ? (
        <PlanTab
          team={team}
          sprint={sprint}
          capacity={capacity}
          today={today}
          onEstimate={(item) => {
            setPokerItem(item.id);
            setView('Estimate');
            focusPokerItem();
          }}
        />
      ) : null}
      {view === 'Calendar' ? (
        // Anew for another sprint. New dates (Edit sprint) keep what its forms hold: what was not typed there follows
        // the sprint's first day.
        <CalendarTab key={sprint.id} team={team} sprint={sprint} />
      ) : null}
      {view === 'Estimate' ? (
        <PokerTab team={team} sprintId={sprint.id} itemId={pokerItem} onPickItem={setPokerItem} />
      ) : null}
      {view === 'Velocity' ? (
        <VelocityChart rows={rows} closedCount={closedCount} velocityWindow={team.settings.velocityWindow} />
      ) : null}
      {view === 'Settings' ? <PlanningSettings teamId={team.id} settings={team.settings} /> : null}
    </>
  );
}
