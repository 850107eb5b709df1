import { openWorkspaceStore } from '../../src/storage/workspace-store';
import type { Profile } from '../generate/profiles';
import { seedDataDir } from './data-dir';

const prepared = new Map<string, string>();

/**
 * A data dir holding the generated workspace in the store's current layout (the format-1 file it is
 * seeded as is migrated to per-team files). Opened once so later opens measure a normal start.
 */
export async function preparedDataDir(profile: Profile): Promise<string> {
  const known = prepared.get(profile.name);
  if (known) return known;
  const { dataDir } = seedDataDir(profile, `app-${profile.name}`);
  const store = await openWorkspaceStore({ dataDir });
  await store.close();
  prepared.set(profile.name, dataDir);
  return dataDir;
}
