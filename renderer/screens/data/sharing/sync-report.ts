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

/**
 * What applying conflict decisions did. A sync that stopped before merging (the remote unreachable, access or its
 * file refused) applied none of them: the conflicts and the choices made stay for another try.
 */
export function decisionsText(report: SyncReport): string {
  if (report.conflicts > 0) return reportText(report);
  const { state } = report.status;
  if (report.pulled === 0 && (state === 'offline' || state === 'denied' || state === 'refused')) {
    return `Decisions not applied: nothing was merged. ${reportText(report)} Your choices are kept below; apply them again once the remote can be used.`;
  }
  return `Decisions applied. ${reportText(report)}`;
}

/** When the team last reached its remote: "Tue 1 Dec, 14:05:09", or "Not yet". */
export function lastSyncedText(iso: string | null): string {
  return iso ? formatLocalTime(iso, onScreen()) : 'Not yet';
}
