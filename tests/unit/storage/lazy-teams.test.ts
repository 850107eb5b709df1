import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { deleteItem, moveItem } from '../../../src/services/backlog-service';
import type { ServiceContext } from '../../../src/services/context';
import { nodeFs, type StorageFs } from '../../../src/storage/file-system';
import { teamPath } from '../../../src/storage/layout';
import { VERIFIED_FILE_NAME } from '../../../src/storage/verified-teams';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const parseTeam = WorkspaceSchema.shape.teams.element.parse;
const IDS = ['id-A', 'id-B', 'id-C'];

/** Three teams of different sizes saved and the store closed, as a normal quit leaves the folder. */
async function savedTeams() {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    IDS.forEach((id, n) => {
      d.teams.push(
        parseTeam({
          id,
          name: `Team ${id.slice(3)}`,
          createdAt: '2026-11-01T09:00:00.000Z',
          settings: {},
          members: Array.from({ length: n + 1 }, (_, i) => ({ id: `${id}-m${i}`, name: `Person ${i}` })),
          items: Array.from({ length: 2 * n }, (_, i) => ({
            id: `${id}-i${i}`,
            title: `Item ${i}`,
            type: 'task',
            createdAt: '2026-11-02T09:00:00.000Z',
            updatedAt: '2026-11-02T09:00:00.000Z',
          })),
        }),
      );
    });
  });
  await store.close();
  return dir;
}

const fileText = (dir: string, id: string) => readFileSync(teamPath(dir, id), 'utf8');

/** The team files JSON.parse was given the text of, while `run` ran. */
async function teamFilesParsed(dir: string, run: () => unknown): Promise<string[]> {
  const texts = new Map(IDS.map((id) => [fileText(dir, id), id]));
  const parse = vi.spyOn(JSON, 'parse');
  try {
    await run();
    return parse.mock.calls.flatMap(([text]) => {
      const id = typeof text === 'string' ? texts.get(text) : undefined;
      return id ? [id] : [];
    });
  } finally {
    parse.mockRestore();
  }
}

/** A file system that records the files renamed into place (every durable write ends with one). */
function recordingFs(): { fsys: StorageFs; written: string[] } {
  const written: string[] = [];
  return {
    written,
    fsys: {
      ...nodeFs,
      rename: (from, to) => {
        written.push(path.basename(to));
        return nodeFs.rename(from, to);
      },
    },
  };
}

describe('a store reads a team only when something needs it', () => {
  it('answers the team list and one team without reading the other team files', async () => {
    const dir = await savedTeams();
    let summaries: unknown;
    let team: { name: string } | null = null;
    const parsed = await teamFilesParsed(dir, async () => {
      const store = await openWorkspaceStore({ dataDir: dir, settleMs: 60_000 });
      summaries = store.teamSummaries();
      team = store.team('id-B');
      await store.close();
    });
    expect(parsed).toEqual(['id-B']);
    expect(team).toMatchObject({ name: 'Team B' });
    expect(summaries).toEqual([
      { id: 'id-A', name: 'Team A', memberCount: 1, itemCount: 0 },
      { id: 'id-B', name: 'Team B', memberCount: 2, itemCount: 2 },
      { id: 'id-C', name: 'Team C', memberCount: 3, itemCount: 4 },
    ]);
  });

  it('gives the same workspace as reading every file whole, with one object per team', async () => {
    const dir = await savedTeams();
    const store = await openWorkspaceStore({ dataDir: dir, settleMs: 60_000 });
    const first = store.team('id-C');
    const workspace = store.snapshot();
    expect(workspace.teams.map((t) => t.id)).toEqual(IDS);
    expect(workspace.teams).toEqual(IDS.map((id) => parseTeam(JSON.parse(fileText(dir, id)))));
    expect(workspace.teams[2]).toBe(first);
    expect(store.team('id-A')).toBe(workspace.teams[0]);
    await store.close();
  });

  it('rewrites only the changed team when the first change comes before the others were read', async () => {
    const dir = await savedTeams();
    const { fsys, written } = recordingFs();
    const store = await openWorkspaceStore({ dataDir: dir, settleMs: 60_000, fs: fsys });
    await store.mutate({ teamId: 'id-B' }, (d) => {
      d.teams[1]!.name = 'Team B, renamed';
    });
    expect(written.filter((f) => f.startsWith('id-'))).toEqual(['id-B.json']);
    await store.close();
  });

  it('keeps the summaries true across a change: the next start lists the new name unread', async () => {
    const dir = await savedTeams();
    const store = await openWorkspaceStore({ dataDir: dir });
    await store.mutate({ teamId: 'id-C' }, (d) => {
      d.teams[2]!.name = 'Team C, renamed';
      d.teams[2]!.items.pop();
    });
    await store.close();
    let names: string[] = [];
    const parsed = await teamFilesParsed(dir, async () => {
      const again = await openWorkspaceStore({ dataDir: dir, settleMs: 60_000 });
      names = again.teamSummaries().map((t) => `${t.name} (${t.itemCount})`);
      await again.close();
    });
    expect(parsed).toEqual([]);
    expect(names).toEqual(['Team A (0)', 'Team B (2)', 'Team C, renamed (3)']);
  });

  it('reads every team and takes the start-up backup once it has had time, before anyone asks', async () => {
    const dir = await savedTeams();
    const store = await openWorkspaceStore({ dataDir: dir, settleMs: 20 });
    // The first session began with an empty folder: nothing to back up then.
    expect(await store.backups.list()).toHaveLength(0);
    await vi.waitFor(async () => expect(await store.backups.list()).toHaveLength(1), { timeout: 5000 });
    await vi.waitFor(async () => expect(await teamFilesParsed(dir, () => store.snapshot())).toEqual([]), {
      timeout: 5000,
    });
    await store.close();
  });

  it('freezes every team whole once it has had time, so no change has to', async () => {
    const dir = await savedTeams();
    const store = await openWorkspaceStore({ dataDir: dir, settleMs: 20 });
    const open = store.team('id-C');
    expect(Object.isFrozen(open?.items[0])).toBe(false); // as JSON.parse gave it
    await vi.waitFor(
      () => {
        for (const team of store.snapshot().teams) {
          expect(Object.isFrozen(team)).toBe(true);
          expect(Object.isFrozen(team.members[0])).toBe(true);
          for (const item of team.items) expect(Object.isFrozen(item.labels)).toBe(true);
        }
      },
      { timeout: 5000 },
    );
    // The same objects: freezing changed nothing a reader holds.
    expect(store.team('id-C')).toBe(open);
    await store.close();
  });

  it.each([
    ['a move', (ctx: ServiceContext) => moveItem(ctx, { teamId: 'id-C', itemId: 'id-C-i0', toIndex: 3 })],
    ['a deletion', (ctx: ServiceContext) => deleteItem(ctx, { teamId: 'id-C', itemId: 'id-C-i1' })],
  ])('freezes every record whole also when %s came before it had time', async (_, change) => {
    // A list put back whole into the change (a move, a deletion) was frozen on its own, which made
    // both immer and the settling skip the records in it: every later write encoded them afresh.
    const dir = await savedTeams();
    const store = await openWorkspaceStore({ dataDir: dir, settleMs: 20 });
    await change({ store, now: () => new Date('2026-11-03T09:00:00.000Z') });
    await vi.waitFor(
      () => {
        const team = store.snapshot().teams.find((t) => t.id === 'id-C');
        expect(team?.items.length).toBeGreaterThan(0);
        for (const item of team?.items ?? []) expect(Object.isFrozen(item)).toBe(true);
      },
      { timeout: 3000 },
    );
    await store.close();
  });

  it('takes the start-up backup once it has had time also when every team was read at open', async () => {
    const dir = await savedTeams();
    rmSync(path.join(dir, VERIFIED_FILE_NAME)); // no cache: every team is validated, none shelved
    const store = await openWorkspaceStore({ dataDir: dir, settleMs: 20 });
    expect(await store.backups.list()).toHaveLength(0);
    await vi.waitFor(async () => expect(await store.backups.list()).toHaveLength(1), { timeout: 5000 });
    await store.close();
  });

  it('a cache written before summaries were kept: reads the teams once, then records their summaries', async () => {
    const dir = await savedTeams();
    const cacheFile = path.join(dir, VERIFIED_FILE_NAME);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown>;
    delete cache.summaries;
    writeFileSync(cacheFile, JSON.stringify(cache));
    const first = await teamFilesParsed(dir, async () => (await openWorkspaceStore({ dataDir: dir })).close());
    expect(first.sort()).toEqual(IDS);
    const second = await teamFilesParsed(dir, async () => {
      const store = await openWorkspaceStore({ dataDir: dir, settleMs: 60_000 });
      expect(store.teamSummaries().map((t) => t.name)).toEqual(['Team A', 'Team B', 'Team C']);
      await store.close();
    });
    expect(second).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes('.damaged-'))).toEqual([]);
  });
});
