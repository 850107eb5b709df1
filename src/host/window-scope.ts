import { AsyncLocalStorage } from 'node:async_hooks';
import type { CadenceEvent } from '../api/contract/events';
import { observedBy } from '../services/observed-store';
import type { MutationScope, WorkspaceStore } from '../services/store';

/**
 * Browser mode can show a workspace in several windows (two tabs, a second browser, a script). Each page
 * names itself (WINDOW_HEADER on its requests and its event feed, WINDOW_PARAM on its api socket); a change
 * made through the api tells every other window, so none goes on showing what is no longer so.
 */
export const WINDOW_HEADER = 'x-cadence-window';
export const WINDOW_PARAM = 'window';

const WINDOW_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The window a request names, when it names one the host takes (a short id; anything else is no window). */
export function windowIdOf(given: string | string[] | null | undefined): string | null {
  return typeof given === 'string' && WINDOW_ID.test(given) ? given : null;
}

const scope = new AsyncLocalStorage<string | null>();

/** Runs an api call on behalf of a window (null: a caller that names none, such as a script). */
export function inWindow<T>(windowId: string | null, call: () => T): T {
  return scope.run(windowId, call);
}

/** What other windows hear of a durable change: the team to fetch again, or that the team list changed. */
export function changeEvent(changed: MutationScope): CadenceEvent {
  return changed === 'workspace' ? { type: 'teams-changed' } : { type: 'team-changed', teamId: changed.teamId };
}

/**
 * The api's store, telling the windows other than the one whose call made a change (all of them, for a
 * call that names no window) once it is durable. The room and sharing publish their own changes.
 */
export function withWindowNotices(
  store: WorkspaceStore,
  publish: (event: CadenceEvent, exceptWindow: string | null) => void,
): WorkspaceStore {
  return observedBy(store, () => ({
    storeChanged: (changed: MutationScope) => publish(changeEvent(changed), scope.getStore() ?? null),
  })).store;
}
