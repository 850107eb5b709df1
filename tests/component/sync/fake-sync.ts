import type { SyncReport, SyncStatus } from '../../../src/api/contract/sync';
import type { SyncPort } from '../../../src/api/sync-port';
import { DomainError } from '../../../src/domain/shared/errors';
import type { ConflictDecision, SyncConflict } from '../../../src/domain/sync/model';

export const SYNCED_AT = '2026-12-01T11:58:00.000Z';

export type FakeSync = SyncPort & {
  /** Every call the api made, in order, as "method json". */
  calls: string[];
  statuses: Map<string, SyncStatus>;
  /** Makes the next call of `method` fail with this message, as the Git side would refuse. */
  refuseNext: (method: keyof SyncPort, message: string) => void;
  /** Sets a team's status, as a sync run in the background would leave it. */
  put: (teamId: string, patch: Partial<SyncStatus>) => SyncStatus;
  /** What the next `sync` does to the team's data (a merge bringing changes in), and what it reports. */
  onSync: ((teamId: string) => Promise<Partial<SyncReport>>) | null;
  /** Brings the remote's team into the data folder for `join`; answers its id. */
  onJoin: ((remote: string) => Promise<string>) | null;
  /** While set, `sync` and `resolve` wait for it: the test looks at the screen mid-sync. */
  gate: Promise<void> | null;
};

export function status(teamId: string, patch: Partial<SyncStatus> = {}): SyncStatus {
  return {
    teamId,
    remote: '/srv/git/platform.git',
    author: 'Ana',
    state: 'in_sync',
    pendingChanges: 0,
    lastSyncedAt: SYNCED_AT,
    message: null,
    conflicts: [],
    notes: [],
    ...patch,
  };
}

export function conflict(key: string, entity: string, field: string, mine: string, theirs: string): SyncConflict {
  return { key, entity, field, mine, theirs };
}

/** A SyncPort that keeps statuses in memory, for the screens' tests; no Git, no remote. */
export function fakeSync(): FakeSync {
  const calls: string[] = [];
  const refusals = new Map<string, string>();
  const statuses = new Map<string, SyncStatus>();
  const check = (method: string) => {
    const message = refusals.get(method);
    if (message === undefined) return;
    refusals.delete(method);
    throw new DomainError('conflict', message);
  };
  const report = (s: SyncStatus, extra: Partial<SyncReport> = {}): SyncReport => ({
    status: s,
    pulled: 0,
    pushed: 0,
    conflicts: s.conflicts.length,
    ...extra,
  });
  const fake: FakeSync = {
    calls,
    statuses,
    onSync: null,
    onJoin: null,
    gate: null,
    refuseNext: (method, message) => refusals.set(method, message),
    put: (teamId, patch) => {
      const next = { ...(statuses.get(teamId) ?? status(teamId)), ...patch };
      statuses.set(teamId, next);
      return next;
    },
    list: () => [...statuses.values()],
    share: async (input) => {
      calls.push(`share ${JSON.stringify(input)}`);
      check('share');
      return report(fake.put(input.teamId, { remote: input.remote }), { pushed: 1 });
    },
    join: async (input) => {
      calls.push(`join ${JSON.stringify(input)}`);
      check('join');
      if (!fake.onJoin) throw new Error('The test gave no onJoin.');
      const teamId = await fake.onJoin(input.remote);
      return report(fake.put(teamId, { remote: input.remote }), { pulled: 1 });
    },
    sync: async (teamId) => {
      calls.push(`sync ${teamId}`);
      await fake.gate;
      check('sync');
      const extra = (await fake.onSync?.(teamId)) ?? {};
      const s = statuses.get(teamId);
      if (!s) throw new DomainError('not_found', 'This team is not shared.');
      return report(s, extra);
    },
    resolve: async (teamId, decisions: ConflictDecision[]) => {
      calls.push(`resolve ${teamId} ${JSON.stringify(decisions)}`);
      await fake.gate;
      check('resolve');
      return report(fake.put(teamId, { state: 'in_sync', conflicts: [] }), { pulled: 1, pushed: 1 });
    },
    replaceToken: async (teamId, token) => {
      calls.push(`replaceToken ${teamId} ${token}`);
      check('replaceToken');
      return report(fake.put(teamId, { state: 'in_sync', message: null }));
    },
    setAuthor: async (teamId, author) => {
      calls.push(`setAuthor ${teamId} ${author}`);
      check('setAuthor');
      return fake.put(teamId, { author });
    },
    stop: async (teamId) => {
      calls.push(`stop ${teamId}`);
      check('stop');
      statuses.delete(teamId);
    },
  };
  return fake;
}
