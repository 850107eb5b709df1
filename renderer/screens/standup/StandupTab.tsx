import { useState } from 'react';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { StandupSession, StandupSummary } from '../../../src/domain/standup/schema';
import { activeSprintOf } from '../../../src/domain/board/cards';
import { standupOfSprint } from '../../../src/domain/standup/of-sprint';
import { StandupHistory } from './StandupHistory';
import { BlockersPanel } from './BlockersPanel';
import { ParkingLotPanel } from './ParkingLotPanel';
import { StandupRunning } from './StandupRunning';
import { StandupStart } from './StandupStart';
import { StandupSummaryView } from './StandupSummaryView';
import { useStandupDialogs } from './use-standup-dialogs';
import { standupWhen } from '../../../src/domain/standup/format';
import { onScreen } from '../../components/dates';
import { compareInstants } from '../../../src/domain/planning/calendar';

/** The day and start time of a standup, and its sprint when there was one: "Fri 20 Nov, 09:30 (Sprint 6)". */
function standupDay(session: StandupSession, summary: StandupSummary, timeZone: string): string {
  const day = standupWhen(summary, session.timer.startedAt, timeZone, onScreen());
  return summary.sprintName ? `${day} (${summary.sprintName})` : day;
}

/** Open blockers first, then the running standup (or the start form and the last summary), then the parking lot. */
export function StandupTab({ team }: { team: TeamDoc }) {
  const { openCapture, openInterrupt, editNote, dialogs } = useStandupDialogs(team);
  const running = team.standups.find((s) => s.state === 'running') ?? null;
  const [shownId, setShownId] = useState<string | null>(null);
  const sprint = activeSprintOf(team.sprints);
  const sprintId = sprint?.id ?? null;
  // Newest first; reversed before the stable sort so of two started in the same millisecond the later one leads.
  // Ordered by the instants, not the text: a start written without milliseconds (a script's) is no later for it.
  const summarized = [...team.standups]
    .reverse()
    .filter((s) => s.state === 'ended' && s.summary)
    .sort((a, b) => compareInstants(b.timer.startedAt, a.timer.startedAt));
  const ended = summarized.filter((s) => !sprint || standupOfSprint(s, sprint));
  const last = ended[0];
  // A standup on screen makes its own summary the one shown once it ends: also one that is not of the sprint active
  // now, as one left running and ended as it was left, which ends before a sprint started since.
  if (running && shownId !== running.id) setShownId(running.id);
  const shown = summarized.find((s) => s.id === shownId) ?? last;
  // The last summary is the sprint's newest, or the standup that just ended (then the newest of all).
  const isLast = shown !== undefined && (shown === last || shown === summarized[0]);
  const timeZone = team.settings.timeZone;
  return (
    <div className="standup-tab">
      <BlockersPanel
        blockers={team.blockers}
        members={team.members}
        timeZone={team.settings.timeZone}
        onAdd={running ? null : () => openCapture({ kind: 'blocker', standupId: null, speaker: null })}
        compact={running !== null}
      />
      {running ? (
        <StandupRunning
          team={team}
          session={running}
          onCapture={openCapture}
          onLogInterrupt={openInterrupt}
          onEditNote={editNote}
        />
      ) : (
        <>
          {shown?.summary ? (
            <StandupSummaryView
              summary={shown.summary}
              startedAt={shown.timer.startedAt}
              timeZone={timeZone}
              heading={
                // Named by its day (and sprint) unless it is the last of the sprint on screen.
                shown === last && sprintId !== null && shown.sprintId === sprintId
                  ? 'Last standup summary'
                  : `${isLast ? 'Last standup summary' : 'Standup summary'} of ${standupDay(shown, shown.summary, timeZone)}`
              }
            />
          ) : null}
          <StandupHistory
            sessions={ended}
            shownId={shown?.id ?? null}
            onShow={setShownId}
            title={sprintId === null ? 'All standups' : 'Standups of this sprint'}
            timeZone={timeZone}
          />
          <StandupStart team={team} />
        </>
      )}
      <ParkingLotPanel topics={team.parkingLot} members={team.members} timeZone={timeZone} />
      {dialogs}
    </div>
  );
}
