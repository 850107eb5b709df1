import type { SyncState, SyncStatus } from '../../../src/api/contract/sync';
import { plural } from '../../../src/domain/shared/words';

/** A shared team's state in a few words, as the header's button and the Sharing section say it. */
export function syncStateText(status: Pick<SyncStatus, 'state' | 'pendingChanges'>): string {
  switch (status.state) {
    case 'in_sync':
      return 'In sync';
    case 'pending':
      return `${plural(status.pendingChanges, 'change')} to send`;
    case 'offline':
      return 'Cannot reach the remote';
    case 'denied':
      return 'Remote refused access';
    case 'conflicts':
      return 'Needs a decision';
    case 'syncing':
      return 'Syncing…';
    case 'refused':
      return 'Cannot use the remote’s file';
  }
}

/** States that want the facilitator's attention are shown in the warning colours. */
export function syncStateTone(state: SyncState): 'ok' | 'busy' | 'warn' {
  if (state === 'in_sync' || state === 'pending') return 'ok';
  if (state === 'syncing') return 'busy';
  return 'warn';
}

/** The id of the Sharing section's heading: the header's button takes the focus there. */
export const SHARING_HEADING_ID = 'sharing-title';
