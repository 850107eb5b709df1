import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import type { CadenceEvent } from '../../../src/api/contract/events';
import type { SyncReport } from '../../../src/api/contract/sync';
import { dispatch } from '../../../src/api/dispatch';
import type { HandlerContext } from '../../../src/api/handler-types';
import { cloneFolder } from '../../../src/sync/clone';
import { SyncEngine } from '../../../src/sync/sync-engine';
import type { SyncTimers } from '../../../src/sync/sync-host';
import { withSync } from '../../../src/sync/with-sync';
import { itemFields } from '../../helpers/fixtures';
import { bareRepository, remoteFile, serveOverHttp } from '../../helpers/git-remote';
import { inProcessApi } from '../../helpers/in-process-api';
import { CODEC } from '../../helpers/sync-replica';

const now = () => new Date('2026-11-04T10:00:00.000Z');

/** Timers a test fires by hand. */
function manualTimers() {
  const intervals: { run: () => void; ms: number }[] = [];
  const timeouts = new Map<number, () => void>();
  let next = 0;
  const timers: SyncTimers = {
    setInterval: (run, ms) => intervals.push({ run, ms }),
    clearInterval: () => undefined,
    setTimeout: (run) => {
      timeouts.set(++next, run);
      return next;
    },
    clearTimeout: (handle) => timeouts.delete(handle as number),
  };
  const fireTimeouts = () => {
    const due = [...timeouts.values()];
    timeouts.clear();
    for (const run of due) run();
  };
  return { timers, intervals, fireTimeouts };
}

/** A browser-mode-like context: the api's store is the one sharing observes. */
async function machine() {
  const api = await inProcessApi({ now });
  const events: CadenceEvent[] = [];
  const clock = manualTimers();
  const wired = withSync(api.store, now, { codec: CODEC, timers: clock.timers }, (e) => events.push(e));
  const ctx: HandlerContext = { ...api.ctx, store: wired.store, sync: wired.sync };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const envelope = await dispatch(ctx, method, input, () => undefined);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  return { api, events, clock, host: wired.sync, call, dataDir: api.dataDir };
}

/** A machine with one team shared to a fresh bare repository, its host started and done with the first sync. */
async function sharedAndStarted() {
  const remote = bareRepository();
  const m = await machine();
  const teamId = (await m.call<{ id: string }>('createTeam', { name: 'Platform' })).id;
  await m.call('shareTeam', { teamId, remote: remote.path, author: 'Ana' });
  await m.host.start();
  await m.host.idle();
  return { remote, m, teamId };
}

const GIT_WAIT = { timeout: 15_000 };

describe('the sync host', { timeout: 60_000 }, () => {
  it('answers the sync methods through the api, and tells the screen each state', async () => {
    const remote = bareRepository();
    const m = await machine();
    const teamId = (await m.call<{ id: string }>('createTeam', { name: 'Platform' })).id;
    const shared = await m.call<SyncReport>('shareTeam', { teamId, remote: remote.path, author: 'Ana' });
    expect(shared).toMatchObject({
      pushed: 1,
      conflicts: 0,
      status: { teamId, state: 'in_sync', remote: remote.path },
    });
    expect(m.events.filter((e) => e.type === 'sync').at(-1)).toMatchObject({ status: { state: 'in_sync' } });
    expect(await m.call('listSyncStatus', {})).toEqual([shared.status]);
    const refused = await dispatch(
      { ...m.api.ctx, sync: m.host },
      'shareTeam',
      { teamId, remote: 'https://ana:glpat-SECRET@example.com/x.git', author: 'Ana' },
      () => undefined,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).not.toContain('glpat-SECRET');
  });

  it('counts changes waiting to be sent after a pause, and sends them every few minutes', async () => {
    const { remote, m, teamId } = await sharedAndStarted();
    expect(m.clock.intervals.map((i) => i.ms)).toEqual([5 * 60 * 1000]);

    await m.call('createItem', { teamId, item: itemFields('Rotate certs') });
    m.clock.fireTimeouts();
    await m.host.idle();
    expect(m.host.list()[0]).toMatchObject({ state: 'pending', pendingChanges: 1 });
    expect(remoteFile(remote.path)).not.toContain('Rotate certs');

    m.clock.intervals[0]!.run();
    await m.host.idle();
    expect(remoteFile(remote.path)).toContain('Rotate certs');
    expect(m.host.list()[0]).toMatchObject({ state: 'in_sync', pendingChanges: 0 });
  });

  it('keeps the count a sync settled with when a count that started before it answers after it', async () => {
    const { remote, m, teamId } = await sharedAndStarted();
    await m.call('createItem', { teamId, item: itemFields('Rotate certs') });
    // The count reads the branch before the sync sends the item, and answers after the sync has ended.
    let answer: (n: number) => void = () => {};
    const late = vi
      .spyOn(SyncEngine.prototype, 'pendingChanges')
      .mockImplementationOnce(() => new Promise<number>((resolve) => (answer = resolve)));
    try {
      m.clock.fireTimeouts();
      m.clock.intervals[0]!.run();
      // A push is a few git processes: on a busy machine it takes more than waitFor's default second.
      await vi.waitFor(() => expect(remoteFile(remote.path)).toContain('Rotate certs'), GIT_WAIT);
      await vi.waitFor(() => expect(m.host.list()[0]).toMatchObject({ state: 'in_sync', pendingChanges: 0 }), GIT_WAIT);
      answer(1);
      await m.host.idle();
      expect(m.host.list()[0]).toMatchObject({ state: 'in_sync', pendingChanges: 0 });
    } finally {
      late.mockRestore();
    }
  });

  it('syncs at once when a sprint starts, without waiting for the timer', async () => {
    const remote = bareRepository();
    const m = await machine();
    const teamId = (await m.call<{ id: string }>('createTeam', { name: 'Platform' })).id;
    const itemId = (await m.call<{ id: string }>('createItem', { teamId, item: itemFields('Patch kernels') })).id;
    await m.call('shareTeam', { teamId, remote: remote.path, author: 'Ana' });
    const update = await m.call<{ sprints: { id: string }[] }>('createSprint', {
      teamId,
      sprint: { name: 'Sprint 12', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    });
    const sprintId = update.sprints[0]!.id;
    await m.call('planItem', { teamId, sprintId, itemId });
    expect(remoteFile(remote.path)).not.toContain('Sprint 12');
    await m.call('startSprint', { teamId, sprintId });
    await m.host.idle();
    expect(remoteFile(remote.path)).toContain('"state":"active"');
  });

  it('says why when applying conflict decisions fails, instead of staying "syncing", and the timer tries again', async () => {
    const { m, teamId } = await sharedAndStarted();
    // The merge's result cannot be saved (the disk is full): the engine throws rather than reporting an outcome.
    const failing = vi
      .spyOn(SyncEngine.prototype, 'sync')
      .mockRejectedValueOnce(new Error('The disk is full: nothing was saved.'));
    try {
      await expect(m.host.resolve(teamId, [{ key: 'item:1', keep: 'mine' }])).rejects.toThrow(/disk is full/);
    } finally {
      failing.mockRestore();
    }
    // A team left "syncing" is skipped by the timer for good; it shows the failure and is tried again.
    expect(m.host.list()[0]).toMatchObject({
      teamId,
      state: 'offline',
      message: 'The disk is full: nothing was saved.',
    });
    expect(m.events.filter((e) => e.type === 'sync').at(-1)).toMatchObject({ status: { state: 'offline' } });
    m.clock.intervals[0]!.run();
    await m.host.idle();
    expect(m.host.list()[0]).toMatchObject({ state: 'in_sync', message: null });
  });

  it('says when the remote refuses the token, leaves it to a person, and syncs once a new token is given', async () => {
    const remote = bareRepository();
    const server = await serveOverHttp(remote.root, 'glpat-NEW-2718');
    try {
      const m = await machine();
      const teamId = (await m.call<{ id: string }>('createTeam', { name: 'Platform' })).id;
      // Sharing with a token the remote refuses: the form's token is the one to correct.
      await expect(
        m.call('shareTeam', { teamId, remote: server.url, token: 'glpat-OLD-1414', author: 'Ana' }),
      ).rejects.toThrow(/did not accept the token \(Authentication failed.*\)\. Give a token .*, then try again\.$/);
      // Shared while the old token was good; the server has since revoked it.
      await m.call('shareTeam', { teamId, remote: remote.path, author: 'Ana' });
      execFileSync('git', ['-C', cloneFolder(m.dataDir, teamId), 'config', 'remote.origin.url', server.url]);
      await m.call('replaceSyncToken', { teamId, token: 'glpat-OLD-1414' }).catch(() => undefined);
      await m.call('createItem', { teamId, item: itemFields('Rotate certs') });

      const denied = await m.call<SyncReport>('syncTeam', { teamId });
      expect(denied.status.state).toBe('denied');
      expect(denied.status.message).toMatch(/did not accept the token .*Replace the token/);
      expect(JSON.stringify(m.events)).not.toContain('glpat-OLD-1414');
      // The timer does not knock with a token the remote refuses.
      await m.host.start();
      await m.host.idle();
      const asked = server.requests.length;
      m.clock.intervals[0]!.run();
      await m.host.idle();
      expect(server.requests.length).toBe(asked);
      expect(m.host.list()[0]).toMatchObject({ state: 'denied' });

      const replaced = await m.call<SyncReport>('replaceSyncToken', { teamId, token: 'glpat-NEW-2718' });
      expect(replaced).toMatchObject({ pushed: 1, status: { state: 'in_sync', message: null } });
      expect(remoteFile(remote.path)).toContain('Rotate certs');
      await expect(m.call('replaceSyncToken', { teamId, token: '   ' })).rejects.toThrow(/Give the new token/);
    } finally {
      await server.close();
    }
  });
});
