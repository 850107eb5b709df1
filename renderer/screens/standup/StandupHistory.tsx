import { formatDuration, overtimeText, standupWhen } from '../../../src/domain/standup/format';
import type { StandupSession } from '../../../src/domain/standup/schema';
import { DataTable } from '../../components/DataTable';
import { onScreen } from '../../components/dates';

interface StandupHistoryProps {
  sessions: StandupSession[];
  shownId: string | null;
  onShow: (id: string) => void;
  /** What the list holds: "Standups of this sprint", or every standup when no sprint is active. */
  title: string;
  /** The team's zone: a standup is named by its day and the time it started on the team's clock. */
  timeZone: string;
}

/** Earlier standups (of the sprint, if one is active), each with its saved summary one click away. */
export function StandupHistory({ sessions, shownId, onShow, title, timeZone }: StandupHistoryProps) {
  if (sessions.length < 2) return null;
  return (
    <details className="panel standup-history">
      <summary>
        {title} ({sessions.length})
      </summary>
      <DataTable caption={title} columns={['Date', 'Took', 'Overtime', 'Blockers raised', 'Parked topics', 'Summary']}>
        <tbody>
          {sessions.map((s) => {
            const summary = s.summary;
            if (!summary) return null;
            // Two standups on one day (a second one after an incident) read apart by the time they started.
            const when = standupWhen(summary, s.timer.startedAt, timeZone, onScreen());
            return (
              <tr key={s.id}>
                <th scope="row">{when}</th>
                <td>{formatDuration(summary.durationMs)}</td>
                <td>{overtimeText(summary.overtimeMs) ?? '—'}</td>
                <td>{summary.blockersRaised.length}</td>
                <td>{summary.parkingLot.length}</td>
                <td>
                  <button
                    type="button"
                    aria-pressed={shownId === s.id}
                    aria-label={`Show the summary of ${when}`}
                    onClick={() => onShow(s.id)}
                  >
                    Show
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </details>
  );
}
