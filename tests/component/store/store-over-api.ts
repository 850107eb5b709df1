import type { CadenceApi } from '../../../src/api/contract';
import type { TeamDoc } from '../../../src/domain/workspace';
import { setApi } from '../../../renderer/api/client';
import { useAppStore } from '../../../renderer/store';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * The app's store over an in-process api holding `teams`, opened as the app opens (loadTeams): `patch`
 * replaces some of the api's methods (a held or refused save), `transport` wraps every call (answers
 * as they travel). Answers the backend, so a test can read the data file or call the real api.
 */
export async function storeOverApi(
  teams: readonly TeamDoc[],
  patch: (api: CadenceApi) => Partial<CadenceApi> = () => ({}),
  transport: (api: CadenceApi) => CadenceApi = (api) => api,
): Promise<InProcessApi> {
  const backend = await inProcessApi();
  await backend.store.mutate('workspace', (draft) => {
    draft.teams.push(...teams);
  });
  setApi(transport({ ...backend.api, ...patch(backend.api) }));
  await useAppStore.getState().loadTeams();
  return backend;
}

/** After each test: no api, and the store as the app starts. */
export function resetStore(): void {
  setApi(null);
  useAppStore.setState(useAppStore.getInitialState(), true);
}
