import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceStore } from '../../../src/services/store';
import { teamFileName } from '../../../src/storage/layout';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { member, team } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { readOnDisk } from './on-disk';

/**
 * The durable write every data file goes through, made to fail on demand: `code` fails the writes of
 * the files `match` picks, and `gate` holds every write until it is released.
 */
const failing = vi.hoisted(() => ({
  code: null as string | null,
  match: (_file: string): boolean => true,
  gate: null as Promise<void> | null,
}));

vi.mock('../../../src/storage/atomic-write', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const real = actual.writeFileAtomic as (...args: unknown[]) => Promise<void>;
  return {
    ...actual,
    writeFileAtomic: async (target: string, ...rest: unknown[]) => {
      if (failing.gate) await failing.gate;
      if (failing.code && failing.match(target)) {
        throw Object.assign(new Error(`${failing.code}: simulated failure, write '${target}'`), { code: failing.code });
      }
      await real(target, ...rest);
    },
  };
});

afterEach(() => {
  failing.code = null;
  failing.match = () => true;
  failing.gate = null;
});

async function withTeams(...names: string[]): Promise<{ store: WorkspaceStore; dir: string; ids: string[] }> {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  const teams = names.map((n) => team(n));
  await store.mutate('workspace', (d) => {
    d.teams.push(...teams);
  });
  return { store, dir, ids: teams.map((t) => t.id) };
}

function addMember(store: WorkspaceStore, teamId: string, name: string) {
  return store.mutate({ teamId }, (d) => {
    d.teams.find((t) => t.id === teamId)!.members.push(member(name));
  });
}

const memberNames = (teams: readonly { id: string; members: unknown[] }[], teamId: string) =>
  (teams.find((t) => t.id === teamId)?.members as { name: string }[]).map((m) => m.name);

describe('a write that fails', () => {
  it('is gone from memory, from later reads and from disk: the next save does not bring it back', async () => {
    const { store, dir, ids } = await withTeams('Ops');
    const [ops] = ids as [string];

    failing.code = 'ENOSPC';
    const error: unknown = await addMember(store, ops, 'Lost').catch((e: unknown) => e);
    expect(memberNames(store.snapshot().teams, ops)).toEqual([]);

    failing.code = null;
    await addMember(store, ops, 'Kept');
    expect(memberNames(store.snapshot().teams, ops)).toEqual(['Kept']);
    expect(memberNames(readOnDisk(dir).teams, ops)).toEqual(['Kept']);
    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(memberNames(reopened.snapshot().teams, ops)).toEqual(['Kept']);

    // A full disk is named as such.
    expect(error).toMatchObject({
      name: 'DomainError',
      code: 'internal',
      message: expect.stringMatching(/^The disk is full: .*nothing was saved\. Free some space/),
    });
  });

  it('reaches the screen as an api error that says the folder is read-only, and nothing is saved', async () => {
    const dir = tempDir();
    const { call, store } = await inProcessApi({ dataDir: dir });
    failing.code = 'EROFS';
    // The new team's own file is written; the index that would name it is refused.
    failing.match = (file) => path.basename(file) === 'cadence.json';
    const answer = await call('createTeam', { name: 'Platform' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: expect.stringMatching(/is read-only .*: nothing was saved/) },
    });
    expect(store.snapshot().teams).toEqual([]);
    expect(readOnDisk(dir).teams).toEqual([]);
    // The new team's file, written before the index failed, is not left behind.
    expect(readdirSync(path.join(dir, 'teams'))).toEqual([]);
  });

  it('takes back the files it did replace, so a change to two teams is saved whole or not at all', async () => {
    const { store, dir, ids } = await withTeams('Ops', 'Platform');
    const [ops, platform] = ids as [string, string];
    failing.code = 'EIO';
    failing.match = (file) => path.basename(file) === teamFileName(ops);
    const renameBoth = store.mutate('workspace', (d) => {
      for (const t of d.teams) t.name = `${t.name} (renamed)`;
    });
    const error: unknown = await renameBoth.catch((e: unknown) => e);
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Ops', 'Platform']);
    expect(readOnDisk(dir).teams.find((t) => t.id === platform)?.name).toBe('Platform');
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['Ops', 'Platform']);
    expect(error).toMatchObject({ message: expect.stringMatching(/nothing was saved/) });
  });

  it('keeps the changes queued behind it for other teams, and fails those that built on the lost one', async () => {
    const { store, dir, ids } = await withTeams('Ops', 'Platform');
    const [ops, platform] = ids as [string, string];
    let release = () => {};
    failing.gate = new Promise<void>((r) => (release = r));
    failing.code = 'EIO';
    failing.match = (file) => path.basename(file) === teamFileName(ops);

    const lost = addMember(store, ops, 'Lost');
    // Let the write of the first change start, so the next ones queue behind it.
    await new Promise((r) => setImmediate(r));
    const otherTeam = addMember(store, platform, 'Kept');
    const onTopOfLost = addMember(store, ops, 'Built on lost');
    failing.gate = null;
    release();

    await expect(lost).rejects.toMatchObject({ code: 'internal' });
    await expect(onTopOfLost).rejects.toMatchObject({ code: 'internal' });
    await otherTeam;
    await store.flush();
    for (const teams of [store.snapshot().teams, readOnDisk(dir).teams]) {
      expect(memberNames(teams, ops)).toEqual([]);
      expect(memberNames(teams, platform)).toEqual(['Kept']);
    }
  });

  it('fails only the changes it was writing: one made while it waited for the start-up backup is saved next', async () => {
    const { store: first, dir, ids } = await withTeams('Ops', 'Platform');
    const [ops, platform] = ids as [string, string];
    await first.close();
    // A plain start writes its backup in the background; hold it, so the first save waits for it.
    let release = () => {};
    failing.gate = new Promise<void>((r) => (release = r));
    const store = await openWorkspaceStore({ dataDir: dir });
    failing.code = 'EIO';
    failing.match = (file) => path.basename(file) === teamFileName(ops);

    const lost = addMember(store, ops, 'Lost');
    await new Promise((r) => setImmediate(r));
    const madeMeanwhile = addMember(store, platform, 'Kept');
    failing.gate = null;
    release();

    await expect(lost).rejects.toMatchObject({ code: 'internal' });
    await madeMeanwhile;
    expect(memberNames(readOnDisk(dir).teams, platform)).toEqual(['Kept']);
    expect(memberNames(readOnDisk(dir).teams, ops)).toEqual([]);
    await store.close();
  });
});
