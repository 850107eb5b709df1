import { describe, expect, it } from 'vitest';
import type { SyncConflict } from '../../../src/domain/sync/model';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { WorkspaceStore } from '../../../src/services/store';
import type { SyncEngine, SyncOutcome } from '../../../src/sync/sync-engine';
import { SyncHost, type SyncTimers } from '../../../src/sync/sync-host';

const TEAM = 'team-1';
const CONFLICT: SyncConflict = {
  key: 'items/itm-1/title',
  entity: 'Item “Rotate certs”',
  field: 'Title',
  mine: 'Rotate TLS certs',
  theirs: 'Rotate certs on the edge',
};

const outcome = (patch: Partial<SyncOutcome>): SyncOutcome => ({
  teamId: TEAM,
  state: 'in_sync',
  pulled: 0,
  pushed: 0,
  conflicts: [],
  notes: [],
  message: null,
  ...patch,
});

/**
 * A host over an engine that answers each sync with the next outcome given (no Git): the host's own rules only.
 * The stubs hold only what the host calls.
 */
function hostAnswering(outcomes: SyncOutcome[]) {
  const engine = {
    removeLeftoverJoins: async () => undefined,
    sharedTeamIds: () => [TEAM],
    settings: async () => ({ remote: '/srv/git/platform.git', author: 'Ana', committer: 'Ana', lastSyncedAt: null }),
    pendingChanges: async () => 0,
    sync: async () => outcomes.shift() ?? outcome({}),
  } as unknown as SyncEngine;
  const store = { snapshot: () => ({ teams: [{ id: TEAM } as TeamDoc] }) } as unknown as WorkspaceStore;
  const timers: SyncTimers = {
    setInterval: () => 0,
    clearInterval: () => undefined,
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  };
  return new SyncHost({ engine, store, publish: () => undefined, timers });
}

describe('the sync host and conflicts waiting for a decision', () => {
  it('keeps the conflicts when applying the decisions cannot reach the remote: nothing was merged', async () => {
    const unreachable = 'Cannot reach /srv/git/platform.git: Could not read from remote repository.';
    const host = hostAnswering([
      outcome({ state: 'conflicts', conflicts: [CONFLICT] }),
      // The engine stops at the fetch: no merge, so no decision was applied.
      outcome({ state: 'offline', message: unreachable }),
    ]);
    await host.start();
    await host.idle();
    expect(host.list()[0]).toMatchObject({ state: 'conflicts', conflicts: [CONFLICT] });

    const report = await host.resolve(TEAM, [{ key: CONFLICT.key, keep: 'theirs' }]);
    expect(report.status).toMatchObject({ state: 'offline', message: unreachable, conflicts: [CONFLICT] });
    expect(host.list()[0]?.conflicts).toEqual([CONFLICT]);
  });

  it('clears the conflicts once a sync merged, even when its push then failed', async () => {
    const host = hostAnswering([
      outcome({ state: 'conflicts', conflicts: [CONFLICT] }),
      outcome({ state: 'offline', pulled: 1, message: 'Cannot send to /srv/git/platform.git: timed out.' }),
    ]);
    await host.start();
    await host.idle();
    const report = await host.resolve(TEAM, [{ key: CONFLICT.key, keep: 'theirs' }]);
    expect(report.status).toMatchObject({ state: 'offline', conflicts: [] });
  });
});
