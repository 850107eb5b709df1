import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { teamPath, teamsDir } from '../../../src/storage/layout';
import { contentHash, schemaFingerprint, VERIFIED_FILE_NAME } from '../../../src/storage/verified-teams';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const parseTeam = WorkspaceSchema.shape.teams.element.parse;
const team = (name: string) =>
  parseTeam({ id: `id-${name}`, name, createdAt: '2026-11-01T09:00:00.000Z', settings: {} });

const cacheFile = (dir: string) => path.join(dir, VERIFIED_FILE_NAME);
const readCache = (dir: string) =>
  JSON.parse(readFileSync(cacheFile(dir), 'utf8')) as { fingerprint: string; teams: Record<string, string> };

/** Two teams saved and the store closed, as a normal quit leaves the folder. */
async function savedTwoTeams() {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    d.teams.push(team('A'), team('B'));
  });
  await store.close();
  return dir;
}

/** Valid JSON that breaks the team schema: a member without a name. */
function breakTeamFile(dir: string, teamId: string): string {
  const file = teamPath(dir, teamId);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { members: unknown[] };
  doc.members = [{ id: 'm1', name: '', role: 'engineer' }];
  const text = JSON.stringify(doc);
  writeFileSync(file, text);
  return text;
}

const damagedFiles = (dir: string) => readdirSync(teamsDir(dir)).filter((f) => f.includes('.damaged-'));

describe('known-valid team files (start-up skips validating what Cadence itself wrote)', () => {
  it('records the hash of each team file as written when the store closes', async () => {
    const dir = await savedTwoTeams();
    const cache = readCache(dir);
    expect(cache.fingerprint).toBe(schemaFingerprint());
    for (const id of ['id-A', 'id-B']) {
      expect(cache.teams[id]).toBe(contentHash(readFileSync(teamPath(dir, id), 'utf8')));
    }
  });

  it('opens trusted files with the same data, and records changes made in the next session', async () => {
    const dir = await savedTwoTeams();
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B']);
    await store.mutate({ teamId: 'id-B' }, (d) => {
      d.teams[1]!.name = 'B renamed';
    });
    await store.close();
    expect(readCache(dir).teams['id-B']).toBe(contentHash(readFileSync(teamPath(dir, 'id-B'), 'utf8')));
    const again = await openWorkspaceStore({ dataDir: dir });
    expect(again.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B renamed']);
    await again.close();
  });

  it('still validates a team file that was changed by hand: it is set aside, not trusted', async () => {
    const dir = await savedTwoTeams();
    breakTeamFile(dir, 'id-A');
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(damagedFiles(dir)).toHaveLength(1);
    expect(store.notices.map((n) => n.kind)).toContain('recovered');
    // No backup holds team A (it was made after the last start-up backup), so only B opens.
    expect(store.snapshot().teams.map((t) => t.id)).toEqual(['id-B']);
    await store.close();
  });

  it('honours an entry only under the schema it was recorded with', async () => {
    // The broken text with its own hash recorded: under the current fingerprint it is taken as valid
    // (which shows the cache is used), under another fingerprint it is validated and set aside.
    const trustedDir = await savedTwoTeams();
    const broken = breakTeamFile(trustedDir, 'id-A');
    writeFileSync(
      cacheFile(trustedDir),
      JSON.stringify({ fingerprint: schemaFingerprint(), teams: { 'id-A': contentHash(broken) } }),
    );
    const trusted = await openWorkspaceStore({ dataDir: trustedDir });
    expect(damagedFiles(trustedDir)).toEqual([]);
    expect(trusted.snapshot().teams[0]?.members).toHaveLength(1);
    await trusted.close();

    const staleDir = await savedTwoTeams();
    const stale = breakTeamFile(staleDir, 'id-A');
    writeFileSync(cacheFile(staleDir), JSON.stringify({ fingerprint: 'older', teams: { 'id-A': contentHash(stale) } }));
    const validated = await openWorkspaceStore({ dataDir: staleDir });
    expect(damagedFiles(staleDir)).toHaveLength(1);
    await validated.close();
  });

  it('records the files a migration wrote, so the start after an upgrade is the last slow one', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'cadence.json'),
      readFileSync(path.join(import.meta.dirname, 'fixtures', 'v1-single-file.json')),
    );
    const store = await openWorkspaceStore({ dataDir: dir });
    const ids = store.snapshot().teams.map((t) => t.id);
    expect(ids.length).toBeGreaterThan(0);
    await store.close();
    const cache = readCache(dir);
    for (const id of ids) expect(cache.teams[id]).toBe(contentHash(readFileSync(teamPath(dir, id), 'utf8')));
  });

  it('opens normally when the cache itself is damaged, and replaces it', async () => {
    const dir = await savedTwoTeams();
    writeFileSync(cacheFile(dir), '{"fingerprint": tru');
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.notices).toEqual([]);
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B']);
    await store.close();
    expect(readCache(dir).teams['id-A']).toBe(contentHash(readFileSync(teamPath(dir, 'id-A'), 'utf8')));
  });

  it('keeps no cache for a data folder opened read-only (written by a newer version)', async () => {
    const dir = await savedTwoTeams();
    const indexFile = path.join(dir, 'cadence.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { schemaVersion: number };
    writeFileSync(indexFile, JSON.stringify({ ...index, schemaVersion: index.schemaVersion + 1 }));
    writeFileSync(cacheFile(dir), '{}');
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.readOnly).toBe(true);
    await store.close();
    expect(readFileSync(cacheFile(dir), 'utf8')).toBe('{}');
    expect(existsSync(indexFile)).toBe(true);
  });
});
