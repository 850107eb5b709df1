import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, WorkspaceSchema } from '../../../src/domain/workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';
import { indexFile as fileOf, readOnDisk as readDoc } from './on-disk';

function teamDoc(name: string) {
  return { id: `id-${name}`, name, createdAt: '2026-11-01T09:00:00.000Z', settings: {} };
}

describe('workspace store', () => {
  it('creates a valid empty data file on first start', async () => {
    const dir = tempDir();
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.readOnly).toBe(false);
    expect(store.notices).toEqual([]);
    // cadence.json is the index of the per-team layout.
    expect(JSON.parse(readFileSync(fileOf(dir), 'utf8'))).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      layout: 'per-team',
      teams: [],
    });
  });

  it('persists a mutation before resolving, and a reopened store sees it', async () => {
    const dir = tempDir();
    const store = await openWorkspaceStore({ dataDir: dir });
    await store.mutate('workspace', (d) => {
      d.teams.push(WorkspaceSchema.shape.teams.element.parse(teamDoc('Ops')));
    });
    expect(readDoc(dir).teams.map((t) => t.name)).toEqual(['Ops']);
    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(reopened.snapshot().teams[0]?.name).toBe('Ops');
  });

  it('leaves state and file unchanged when a recipe throws', async () => {
    const dir = tempDir();
    const store = await openWorkspaceStore({ dataDir: dir });
    const before = readFileSync(fileOf(dir), 'utf8');
    await expect(
      store.mutate('workspace', (d) => {
        d.teams.push(WorkspaceSchema.shape.teams.element.parse(teamDoc('Half')));
        throw new Error('rule broken');
      }),
    ).rejects.toThrow('rule broken');
    expect(store.snapshot().teams).toEqual([]);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(before);
  });

  it('coalesces a burst of mutations into fewer writes and loses none', async () => {
    const dir = tempDir();
    const store = await openWorkspaceStore({ dataDir: dir });
    await store.mutate('workspace', (d) => {
      d.teams.push(WorkspaceSchema.shape.teams.element.parse(teamDoc('Burst')));
    });
    const writes: number[] = [];
    const internals = store as unknown as { persist: (...args: unknown[]) => Promise<void> };
    const realPersist = internals.persist.bind(store);
    internals.persist = async (...args: unknown[]) => {
      writes.push(Date.now());
      await realPersist(...args);
    };
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store.mutate({ teamId: 'id-Burst' }, (d) => {
          d.teams[0]!.members.push({ id: `m${i}`, name: `Member ${i}`, role: '', hoursPerDay: 6, takesOnCall: true });
        }),
      ),
    );
    expect(readDoc(dir).teams[0]?.members).toHaveLength(100);
    expect(writes.length).toBeLessThan(10);
  });

  it('leaves no temp files behind after writing', async () => {
    const dir = tempDir();
    const store = await openWorkspaceStore({ dataDir: dir });
    await store.mutate('workspace', (d) => {
      d.teams.push(WorkspaceSchema.shape.teams.element.parse(teamDoc('Tidy')));
    });
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'teams')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"schemaVersion":1,"teams":[{"id":"a","na'],
    ['NUL bytes', '\0\0\0\0'],
    ['not JSON', 'hello, world'],
    ['wrong shape', '{"schemaVersion":1,"teams":"nope"}'],
  ])(
    'sets a damaged file (%s) aside, never overwriting it, and opens the newest good backup',
    async (_name, content) => {
      const dir = tempDir();
      const first = await openWorkspaceStore({ dataDir: dir });
      await first.mutate('workspace', (d) => {
        d.teams.push(WorkspaceSchema.shape.teams.element.parse(teamDoc('Kept')));
      });
      // A start-up backup of the good file exists once the store is reopened.
      await openWorkspaceStore({ dataDir: dir });
      writeFileSync(fileOf(dir), content);

      const store = await openWorkspaceStore({ dataDir: dir });
      const damaged = readdirSync(dir).filter((n) => n.startsWith('cadence.json.damaged-'));
      expect(damaged).toHaveLength(1);
      expect(readFileSync(path.join(dir, damaged[0]!), 'utf8')).toBe(content);
      expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Kept']);
      expect(store.notices[0]?.kind).toBe('recovered');
      expect(store.notices[0]?.message).toMatch(/could not be read/);
    },
  );

  it('starts empty with a notice when the file is damaged and there is no backup', async () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), 'garbage');
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.snapshot().teams).toEqual([]);
    expect(store.notices[0]?.kind).toBe('started_empty');
    expect(readdirSync(dir).some((n) => n.startsWith('cadence.json.damaged-'))).toBe(true);
  });

  it('opens a file from a newer version read-only and never writes it', async () => {
    const dir = tempDir();
    const newer = JSON.stringify({
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      teams: [teamDoc('Future')],
      extra: true,
    });
    writeFileSync(fileOf(dir), newer);
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.readOnly).toBe(true);
    expect(store.notices[0]?.kind).toBe('newer_version');
    expect(store.snapshot().teams[0]?.name).toBe('Future');
    await expect(store.mutate('workspace', () => undefined)).rejects.toMatchObject({ code: 'read_only' });
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(newer);
    expect(existsSync(path.join(dir, 'backups'))).toBe(true);
  });
});
