import { useState } from 'react';
import type { TeamDoc } from '../../../src/domain/workspace';
import { CaptureDialog } from './CaptureDialog';
import { BlockersPanel } from './BlockersPanel';
import { ParkingLotPanel } from './ParkingLotPanel';
import { StandupRunning } from './StandupRunning';
import { StandupStart } from './StandupStart';
import { StandupSummaryView } from './StandupSummaryView';

/** Open blockers first, then the running standup (or the start form and the last summary), then the parking lot. */
export function StandupTab({ team }: { team: TeamDoc }) {
  const [addingBlocker, setAddingBlocker] = useState(false);
  const running = team.standups.find((s) => s.state === 'running') ?? null;
  const last = team.standups
    .filter((s) => s.state === 'ended' && s.summary)
    .sort((a, b) => b.timer.startedAt.localeCompare(a.timer.startedAt))[0];
  return (
    <div className="standup-tab">
      <BlockersPanel
        blockers={team.blockers}
        members={team.members}
        onAdd={running ? null : () => setAddingBlocker(true)}
        compact={running !== null}
      />
      {running ? (
        <StandupRunning team={team} session={running} />
      ) : (
        <>
          {last?.summary ? <StandupSummaryView summary={last.summary} heading="Last standup summary" /> : null}
          <StandupStart team={team} />
        </>
      )}
      <ParkingLotPanel topics={team.parkingLot} members={team.members} />
      {addingBlocker ? (
        <CaptureDialog
          kind="blocker"
          standupId={null}
          speaker={null}
          members={team.members}
          onClose={() => setAddingBlocker(false)}
        />
      ) : null}
    </div>
  );
}
