import type { SyncReport } from '../../../../src/api/contract/sync';
import { formatLocalTime } from '../../../../src/domain/shared/dates';
import { plural } from '../../../../src/domain/shared/words';
import { onScreen } from '../../../components/dates';

/** What one sync did, in a sentence for the result line. */
export function reportText(report: SyncReport): string {
  const { status } = report;
  if (report.conflicts > 0) {
    return `${plural(report.conflicts, 'change')} on both machines ${report.conflicts === 1 ? 'needs' : 'need'} a decision (below). Nothing is merged or sent for this team until then; your changes keep saving here.`;
  }
  if (status.state === 'offline') return `${status.message ?? 'Cannot reach the remote.'} Your changes wait here.`;
  if (status.state === 'denied') return `${status.message ?? 'The remote refused access.'} Your changes wait here.`;
  if (status.state === 'refused') return status.message ?? 'The remote sent something Cadence will not take.';
  return `Pulled ${plural(report.pulled, 'commit')}, pushed ${plural(report.pushed, 'commit')}.`;
}

/** When the team last reached its remote: "Tue 1 Dec, 14:05:09", or "Not yet". */
export function lastSyncedText(iso: string | null): string {
  return iso ? formatLocalTime(iso, onScreen()) : 'Not yet';
}
