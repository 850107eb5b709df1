import type { CadenceEvent } from '../api/contract/events';
import { observedBy } from '../services/observed-store';
import type { WorkspaceStore } from '../services/store';
import { RoomHost, type RoomHostOptions } from './room-host';

export type RoomSettings = Omit<RoomHostOptions, 'ctx' | 'publish'>;

/**
 * The room beside an opened store, the same in browser mode and the desktop app: the store the api
 * uses tells the room of every durable change, and the room tells the shared screen through publish.
 */
export function withRoom(
  opened: WorkspaceStore,
  now: () => Date,
  settings: RoomSettings,
  publish: (event: CadenceEvent) => void,
): { store: WorkspaceStore; room: RoomHost } {
  const { store, observer } = observedBy(
    opened,
    (store) => new RoomHost({ ...settings, ctx: { store, now }, publish }),
  );
  return { store, room: observer };
}
