import { describe, expect, it } from 'vitest';
import type { CadenceEvent } from '../../../src/api/contract/events';
import { dispatch } from '../../../src/api/dispatch';
import type { HandlerContext } from '../../../src/api/handler-types';
import type { SyncTimers } from '../../../src/sync/sync-host';
import { withSync } from '../../../src/sync/with-sync';
import { itemFields } from '../../helpers/fixtures';
import { bareRepository } from '../../helpers/git-remote';
import { inProcessApi } from '../../helpers/in-process-api';
import { CODEC } from '../../helpers/sync-replica';

let clock = new Date('2026-11-04T10:00:00.000Z').getTime();
// Each backup is named by its time: the clock moves a second at each read, so two never share a name.
const now = () => new Date((clock += 1000));

/** Timeouts a test fires by hand; the 5-minute interval never runs by itself. */
function manualTimers() {
  const timeouts = new Map<number, () => void>();
  let next = 0;
  const timers: SyncTimers = {
    setInterval: () => 0,
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
  return { timers, fireTimeouts };
}

/** One machine, the api's store observed by sharing, with a team shared to a bare repository and synced. */
async function sharedTeam() {
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
  const teamId = (await call<{ id: string }>('createTeam', { name: 'Platform' })).id;
  await call('shareTeam', { teamId, remote: bareRepository().path, author: 'Ana' });
  await wired.sync.start();
  await wired.sync.idle();
  return { call, host: wired.sync, clock, teamId, events };
}

describe('a shared team whose data a restore or an import replaced', { timeout: 60_000 }, () => {
  it('counts the change the next sync sends, instead of still saying "in sync"', async () => {
    const { call, host, clock, teamId, events } = await sharedTeam();
    const backup = await call<{ name: string }>('backupNow', {});
    await call('createItem', { teamId, item: itemFields('Rotate certs') });
    await call('syncTeam', { teamId });
    clock.fireTimeouts();
    await host.idle();
    expect(host.list()[0]).toMatchObject({ state: 'in_sync', pendingChanges: 0 });

    // The backup was taken before the item: restored, the team here no longer has what the remote has.
    await call('restoreBackup', { name: backup.name });
    clock.fireTimeouts();
    await host.idle();

    expect(host.list()[0]).toMatchObject({ teamId, state: 'pending', pendingChanges: 1 });
    expect(events.filter((e) => e.type === 'sync').at(-1)).toMatchObject({ status: { state: 'pending' } });
  });

  it('leaves a shared team the import did not change as it was', async () => {
    const { call, host, clock, teamId } = await sharedTeam();
    const before = host.list()[0];
    await call('createTeam', { name: 'Network' });
    clock.fireTimeouts();
    await host.idle();
    expect(host.list()).toEqual([before]);
    expect(before).toMatchObject({ teamId, state: 'in_sync' });
  });
});
