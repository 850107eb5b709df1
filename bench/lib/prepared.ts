import { openWorkspaceStore } from '../../src/storage/workspace-store';
import type { Profile } from '../generate/profiles';
import { adoptCeremonies, seedDataDir } from './data-dir';

const prepared = new Map<string, string>();

/**
 * A data dir holding the generated workspace in the store's current layout, with the ceremony
 * collections kept (see adoptCeremonies). Opened once so later opens measure a normal start.
 */
export async function preparedDataDir(profile: Profile): Promise<string> {
  const known = prepared.get(profile.name);
  if (known) return known;
  const { dataDir, ws } = seedDataDir(profile, `app-${profile.name}`);
  const store = await openWorkspaceStore({ dataDir });
  await adoptCeremonies(store, ws);
  await store.close();
  prepared.set(profile.name, dataDir);
  return dataDir;
}
