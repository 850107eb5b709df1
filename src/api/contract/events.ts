import type { RoomStatus } from './room';
import type { SyncStatus } from './sync';

/**
 * What the host tells the shared screen as it happens, declared beside the methods: browser mode
 * streams it from GET /api/events (same origin, same token), Electron sends it on one ipc channel.
 */
export type CadenceEvent =
  /** The room opened, changed (a join, a vote, a card) or closed (null). */
  | { type: 'room'; room: RoomStatus | null }
  /** Someone else (the room, a sync, another window) changed this team's data: fetch it again. */
  | { type: 'team-changed'; teamId: string }
  /** Another window added, removed or replaced teams (an import, a restore): fetch the list again. */
  | { type: 'teams-changed' }
  /** A shared team's sync state changed (a sync started or ended, a change waits, a conflict). */
  | { type: 'sync'; status: SyncStatus };

export const EVENTS_PATH = '/api/events';
export const EVENT_CHANNEL = 'cadence:event';
