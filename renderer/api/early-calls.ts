import type { CadenceApi } from '../../src/api/contract';
import { lastTeamId } from '../store/last-team';
import { getApi } from './client';

type Answer<K extends keyof CadenceApi> = ReturnType<CadenceApi[K]>;

interface EarlyCalls {
  status?: Answer<'getStatus'>;
  workspace?: { teamId: string | null; answer: Answer<'openWorkspace'> };
}

let early: EarlyCalls = {};

/** Marks a promise as handled: an early answer nobody takes (or a refusal) is no unhandled rejection. */
function kept<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Asks for the start-up data (the app's status, the team list and the team to open) before the app's
 * code has loaded: the page's entry is this and little else, so the answers travel while React, the
 * store and the first screen are fetched and compiled. The store takes each answer once (below).
 */
export function startEarlyCalls(): void {
  const api = getApi();
  const teamId = lastTeamId();
  early = {
    status: kept(api.getStatus({})),
    workspace: { teamId, answer: kept(api.openWorkspace({ teamId })) },
  };
}

/** The early getStatus answer, once; undefined when none was asked for or it was taken. */
export function takeEarlyStatus(): Answer<'getStatus'> | undefined {
  const { status } = early;
  early.status = undefined;
  return status;
}

/** The early openWorkspace answer, once, if it was asked for the same team; else undefined. */
export function takeEarlyWorkspace(teamId: string | null): Answer<'openWorkspace'> | undefined {
  const { workspace } = early;
  early.workspace = undefined;
  return workspace && workspace.teamId === teamId ? workspace.answer : undefined;
}
