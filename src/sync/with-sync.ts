import path from 'node:path';
import type { CadenceEvent } from '../api/contract/events';
import { observedBy } from '../services/observed-store';
import type { WorkspaceStore } from '../services/store';
import { syncFolder } from './clone';
import { Git } from './git';
import { SyncEngine } from './sync-engine';
import { SyncHost, type SyncTimers } from './sync-host';
import type { TeamCodec } from './team-codec';
import { FileTokenStore, type TokenStore } from './token-store';

export interface SyncSettings {
  /** Core's pure half: the team file, the merge, the messages, what may leave the machine. */
  codec: TeamCodec;
  /** Where tokens are kept; browser mode's owner-only file when not given. */
  tokens?: TokenStore;
  git?: Git;
  timers?: SyncTimers;
  onBackgroundError?: (error: unknown) => void;
}

/** Browser mode's (and the fallback's) token file: `<data>/sync/tokens.json`, owner-only. */
export function tokenFile(dataDir: string): string {
  return path.join(syncFolder(dataDir), 'tokens.json');
}

/**
 * Sharing beside an opened store, the same in browser mode and the desktop app: the host sees every durable
 * change through the store the api uses (so a ceremony's end starts a sync), and merges go through that store.
 */
export function withSync(
  opened: WorkspaceStore,
  now: () => Date,
  settings: SyncSettings,
  publish: (event: CadenceEvent) => void,
): { store: WorkspaceStore; sync: SyncHost } {
  const { store, observer } = observedBy(opened, (store) => {
    const engine = new SyncEngine({
      ctx: { store, now },
      git: settings.git ?? new Git({ askpassDir: syncFolder(opened.dataDir) }),
      codec: settings.codec,
      tokens: settings.tokens ?? new FileTokenStore(tokenFile(opened.dataDir)),
    });
    return new SyncHost({
      engine,
      store,
      publish,
      ...(settings.timers ? { timers: settings.timers } : {}),
      ...(settings.onBackgroundError ? { onBackgroundError: settings.onBackgroundError } : {}),
    });
  });
  return { store, sync: observer };
}
