import type { CadenceEvent } from '../../../src/api/contract/events';
import type { SyncReport, SyncStatus } from '../../../src/api/contract/sync';
import type { ConflictDecision } from '../../../src/domain/sync/model';
import { getApi } from '../../api/client';
import { keepUnchanged } from '../keep-unchanged';
import type { Slice } from '../types';

/** What the Share and Join forms send (the open team is added for sharing). */
export interface SyncFormInput {
  remote: string;
  token?: string | undefined;
  author: string;
}

export interface SyncSlice {
  /** The sync state of every shared team; null until first asked. Teams not shared are absent. */
  syncStatuses: SyncStatus[] | null;
  loadSyncStatus: () => Promise<void>;
  /** Shares the open team through the remote. */
  shareTeam: (input: SyncFormInput) => Promise<SyncReport>;
  /** Brings in the team a remote holds and opens it. */
  joinSharedTeam: (input: SyncFormInput) => Promise<SyncReport>;
  syncTeam: (teamId: string) => Promise<SyncReport>;
  resolveSyncConflicts: (teamId: string, decisions: ConflictDecision[]) => Promise<SyncReport>;
  /** Keeps a new token for a shared team and syncs with it. */
  replaceSyncToken: (teamId: string, token: string) => Promise<SyncReport>;
  /** Makes this machine's later commits for a shared team under another name. */
  setSyncAuthor: (teamId: string, author: string) => Promise<SyncStatus>;
  stopSharing: (teamId: string) => Promise<void>;
  /** Folds one host event into the sync statuses (App subscribes while a team is shared). */
  applySyncEvent: (event: CadenceEvent) => void;
}

/** The list with `status` in place of the team's old one (added at the end if new). */
export function withStatus(list: readonly SyncStatus[] | null, status: SyncStatus): SyncStatus[] {
  const all = list ?? [];
  return all.some((s) => s.teamId === status.teamId)
    ? all.map((s) => (s.teamId === status.teamId ? status : s))
    : [...all, status];
}

/** Counts status answers and events, so a listSyncStatus answer older than an event does not overwrite it. */
let syncChanges = 0;

export const createSyncSlice: Slice<SyncSlice> = (set, get) => {
  /**
   * A sync that brought changes in rewrote the team on disk: the team list (names, counts) is stale, and so is
   * the open team when it is the one merged. refreshTeams fetches both in one round trip and folds the open team
   * in part by part, so what the merge did not change (all of it, after a background sync that only sent) keeps
   * its records and the screen does not draw it again; another shared team merged (one not open) needs only the
   * list, folded in the same way.
   */
  const afterMerge = async (teamId: string) => {
    if (get().team?.id === teamId) {
      await get().refreshTeams();
      return;
    }
    const teams = await getApi().listTeams({});
    set((s) => ({ teams: keepUnchanged(s.teams, teams) }));
  };
  const adopt = (status: SyncStatus) => {
    syncChanges += 1;
    const before = get().syncStatuses?.find((s) => s.teamId === status.teamId);
    set((s) => ({ syncStatuses: withStatus(s.syncStatuses, status) }));
    return before;
  };
  const adoptReport = async (report: SyncReport) => {
    adopt(report.status);
    if (report.pulled > 0) await afterMerge(report.status.teamId);
    return report;
  };

  return {
    syncStatuses: null,
    loadSyncStatus: async () => {
      const seen = syncChanges;
      const statuses = await getApi().listSyncStatus({});
      if (seen === syncChanges) set({ syncStatuses: statuses });
    },
    shareTeam: async (input) => {
      const team = get().team;
      if (!team) throw new Error('Pick or create a team first.');
      return adoptReport(await getApi().shareTeam({ teamId: team.id, ...input }));
    },
    joinSharedTeam: async (input) => {
      const report = await getApi().joinSharedTeam(input);
      adopt(report.status);
      // The joined team is new here: list it and open it.
      await get().loadTeams();
      await get().selectTeam(report.status.teamId);
      return report;
    },
    syncTeam: async (teamId) => adoptReport(await getApi().syncTeam({ teamId })),
    resolveSyncConflicts: async (teamId, decisions) =>
      adoptReport(await getApi().resolveSyncConflicts({ teamId, decisions })),
    replaceSyncToken: async (teamId, token) => adoptReport(await getApi().replaceSyncToken({ teamId, token })),
    setSyncAuthor: async (teamId, author) => {
      const status = await getApi().setSyncAuthor({ teamId, author });
      adopt(status);
      return status;
    },
    stopSharing: async (teamId) => {
      await getApi().stopSharing({ teamId });
      syncChanges += 1;
      set((s) => ({ syncStatuses: (s.syncStatuses ?? []).filter((x) => x.teamId !== teamId) }));
    },
    applySyncEvent: (event) => {
      if (event.type !== 'sync') return;
      const before = adopt(event.status);
      // A sync run in the background (at start, on a timer, after a ceremony) may have merged changes in.
      const reached = event.status.lastSyncedAt;
      if (reached && reached !== before?.lastSyncedAt) {
        afterMerge(event.status.teamId).catch(get().reportError);
      }
    },
  };
};
