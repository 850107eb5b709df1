import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CadenceEvent } from '../../../src/api/contract/events';
import type { SyncStatus } from '../../../src/api/contract/sync';
import { dispatch } from '../../../src/api/dispatch';
import type { HandlerContext } from '../../../src/api/handler-types';
import type { SyncTimers } from '../../../src/sync/sync-host';
import { withSync } from '../../../src/sync/with-sync';
import { bareRepository } from '../../helpers/git-remote';
import { inProcessApi } from '../../helpers/in-process-api';
import { CODEC } from '../../helpers/sync-replica';

const now = () => new Date('2026-11-04T10:00:00.000Z');

const NO_TIMERS: SyncTimers = {
  setInterval: () => 0,
  clearInterval: () => undefined,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
};

/** A browser-mode-like machine with one team shared, as "Ana", to a fresh bare repository. */
async function sharedAsAna() {
  const remote = bareRepository();
  const api = await inProcessApi({ now });
  const events: CadenceEvent[] = [];
  const wired = withSync(api.store, now, { codec: CODEC, timers: NO_TIMERS }, (e) => events.push(e));
  const ctx: HandlerContext = { ...api.ctx, store: wired.store, sync: wired.sync };
  const answer = (method: string, input: unknown) => dispatch(ctx, method, input, () => undefined);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const envelope = await answer(method, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  const teamId = (await call<{ id: string }>('createTeam', { name: 'Platform' })).id;
  await call('shareTeam', { teamId, remote: remote.path, author: 'Ana' });
  /** Who made the remote's last commit, as git records it. */
  const lastAuthor = () =>
    execFileSync('git', ['--git-dir', remote.path, 'log', '-1', '--format=%an', 'main'], { encoding: 'utf8' }).trim();
  return { api, ctx, events, host: wired.sync, answer, call, teamId, lastAuthor };
}

describe('changing the author of a shared team', { timeout: 60_000 }, () => {
  it('shows the author in the status and makes later commits under the new name', async () => {
    const m = await sharedAsAna();
    expect(m.lastAuthor()).toBe('Ana');
    expect((await m.call<SyncStatus[]>('listSyncStatus', {}))[0]).toMatchObject({ author: 'Ana' });

    const changed = await m.call<SyncStatus>('setSyncAuthor', { teamId: m.teamId, author: '  Bo Lind  ' });
    expect(changed).toMatchObject({ teamId: m.teamId, author: 'Bo Lind' });
    expect(await m.call('listSyncStatus', {})).toEqual([changed]);
    expect(m.events.at(-1)).toEqual({ type: 'sync', status: changed });

    await m.call('renameTeam', { teamId: m.teamId, name: 'Platform SRE' });
    await m.call('syncTeam', { teamId: m.teamId });
    expect(m.lastAuthor()).toBe('Bo Lind');
    await m.host.close();
  });

  it('refuses a name commits cannot be made under, with a clear message, and keeps the one stored', async () => {
    const m = await sharedAsAna();
    const blank = await m.answer('setSyncAuthor', { teamId: m.teamId, author: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!blank.ok) expect(blank.error.message).toMatch(/Give the name commits are made under\./);
    const dots = await m.answer('setSyncAuthor', { teamId: m.teamId, author: '...' });
    expect(dots).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Give a name commits can be made under: letters or digits, not only spaces or punctuation.',
        issues: [{ path: 'author' }],
      },
    });

    expect((await m.call<SyncStatus[]>('listSyncStatus', {}))[0]).toMatchObject({ author: 'Ana' });
    await m.call('renameTeam', { teamId: m.teamId, name: 'Platform SRE' });
    await m.call('syncTeam', { teamId: m.teamId });
    expect(m.lastAuthor()).toBe('Ana');
    await m.host.close();
  });

  it('says so for a team that is not shared, and where sharing is not available', async () => {
    const m = await sharedAsAna();
    const other = (await m.call<{ id: string }>('createTeam', { name: 'Payments' })).id;
    await expect(m.call('setSyncAuthor', { teamId: other, author: 'Bo' })).rejects.toThrow(
      'This team is not shared from this machine.',
    );
    const here = await dispatch(m.api.ctx, 'setSyncAuthor', { teamId: m.teamId, author: 'Bo' }, () => undefined);
    expect(here).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: 'Sharing through Git is not available here.' },
    });
    await m.host.close();
  });
});
