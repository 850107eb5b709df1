import { afterEach, describe, expect, it } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import { setApi } from '../../../renderer/api/client';
import { startEarlyCalls, takeEarlyStatus, takeEarlyWorkspace } from '../../../renderer/api/early-calls';
import { useAppStore } from '../../../renderer/store';
import { team } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';
import { resetStore } from '../store/store-over-api';

const alpha = team('Alpha');
const bravo = team('Bravo');

/** The in-process api holding both teams, counting the calls of each method. */
async function countingApi() {
  const backend = await inProcessApi();
  await backend.store.mutate('workspace', (draft) => {
    draft.teams.push(structuredClone(alpha), structuredClone(bravo));
  });
  const calls: Record<string, unknown[]> = {};
  const api = new Proxy(backend.api, {
    get(target, name: string) {
      const method = target[name as keyof CadenceApi] as (input: unknown) => Promise<unknown>;
      return (input: unknown) => {
        (calls[name] ??= []).push(input);
        return method(input);
      };
    },
  });
  setApi(api);
  return calls;
}

afterEach(() => {
  // Whatever a test left untaken is dropped, so the next one starts without early answers.
  takeEarlyStatus();
  takeEarlyWorkspace(null);
  localStorage.clear();
  resetStore();
});

describe('start-up calls made by the entry, before the app’s code has loaded', () => {
  it('the store opens the workspace from the early answers, asking nothing twice', async () => {
    localStorage.setItem('cadence.lastTeam', bravo.id);
    const calls = await countingApi();
    startEarlyCalls();
    await useAppStore.getState().start();
    expect(useAppStore.getState().team?.id).toBe(bravo.id);
    expect(useAppStore.getState().teams.map((t) => t.name)).toEqual(['Alpha', 'Bravo']);
    expect(useAppStore.getState().status).not.toBeNull();
    expect(calls.openWorkspace).toEqual([{ teamId: bravo.id }]);
    expect(calls.getStatus).toHaveLength(1);
  });

  it('each early answer is taken once; a later load asks again', async () => {
    const calls = await countingApi();
    startEarlyCalls();
    await useAppStore.getState().loadTeams();
    await useAppStore.getState().loadTeams();
    expect(calls.openWorkspace).toHaveLength(2);
  });

  it('an early answer for another team is not used', async () => {
    const calls = await countingApi();
    startEarlyCalls(); // no team remembered: asked for none
    localStorage.setItem('cadence.lastTeam', bravo.id);
    await useAppStore.getState().loadTeams();
    expect(useAppStore.getState().team?.id).toBe(bravo.id);
    expect(calls.openWorkspace).toEqual([{ teamId: null }, { teamId: bravo.id }]);
  });

  it('a refused early call is reported by the store, and left untaken it is no unhandled rejection', async () => {
    setApi(
      new Proxy({} as CadenceApi, {
        get: () => () => Promise.reject(new Error('The data folder is locked by another Cadence.')),
      }),
    );
    startEarlyCalls();
    const status = takeEarlyStatus();
    await expect(status).rejects.toThrow('locked');
    // The workspace answer is never taken: vitest fails the run on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
