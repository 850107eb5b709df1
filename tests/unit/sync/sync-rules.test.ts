import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { cloneFolder } from '../../../src/sync/clone';
import { itemFields } from '../../helpers/fixtures';
import { bareRepository, pushFile, remoteFile } from '../../helpers/git-remote';
import { CODEC, replica } from '../../helpers/sync-replica';

const now = () => new Date('2026-11-04T10:00:00.000Z');

async function sharedTeam() {
  const remote = bareRepository();
  const a = await replica({ now });
  const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
  await a.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 3 }) });
  await a.engine.share({ teamId, remote: remote.path, author: 'Ana' });
  return { remote, a, teamId };
}

/** Changes files on the remote's main branch as its web page would: `null` deletes one. */
function editOnTheWeb(repo: string, files: Record<string, string | null>): void {
  const work = mkdtempSync(path.join(os.tmpdir(), 'cadence-web-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', work, '-c', 'user.name=Web', '-c', 'user.email=w@x', ...args], { stdio: 'pipe' });
  git('clone', '--quiet', repo, '.');
  for (const [file, text] of Object.entries(files)) {
    if (text === null) {
      git('rm', '--quiet', file);
      continue;
    }
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    writeFileSync(path.join(work, file), text);
    git('add', file);
  }
  git('commit', '--quiet', '-m', 'Edited on the web');
  git('push', '--quiet', 'origin', 'main');
}

describe('sync rules', { timeout: 60_000 }, () => {
  it('keeps files added, changed or deleted on the remote beside the team, through merges and plain commits', async () => {
    const { remote, a, teamId } = await sharedTeam();
    editOnTheWeb(remote.path, { 'README.md': '# Platform team\n', 'docs/rota.md': 'Week 1: Ana\n' });
    // A change here while the remote moved on: the sync merges, with the remote's commit as a parent.
    await a.api.createItem({ teamId, item: itemFields('Rotate certs') });
    await a.engine.sync(teamId);
    expect(remoteFile(remote.path, 'README.md')).toBe('# Platform team\n');
    expect(remoteFile(remote.path, 'docs/rota.md')).toBe('Week 1: Ana\n');
    expect(remoteFile(remote.path)).toContain('Rotate certs');
    // The clone in the data folder still holds the team file and nothing else.
    expect(readdirSync(cloneFolder(a.dataDir, teamId)).sort()).toEqual(['.git', 'team.json']);
    // A change with nothing new on the remote: one plain commit on top.
    await a.api.createItem({ teamId, item: itemFields('Renew the pager rota') });
    await a.engine.sync(teamId);
    expect(remoteFile(remote.path, 'README.md')).toBe('# Platform team\n');
    // A clone made before only the team file was checked out (as an older Cadence left it) gets the rule too.
    const clone = cloneFolder(a.dataDir, teamId);
    execFileSync('git', ['-C', clone, 'sparse-checkout', 'disable'], { stdio: 'pipe' });
    expect(readdirSync(clone)).toContain('README.md');
    // Changed and deleted on the web: the remote's word holds, nothing comes back.
    editOnTheWeb(remote.path, { 'README.md': '# Platform team (SRE)\n', 'docs/rota.md': null });
    await a.api.createItem({ teamId, item: itemFields('Patch the bastion') });
    await a.engine.sync(teamId);
    expect(remoteFile(remote.path, 'README.md')).toBe('# Platform team (SRE)\n');
    expect(remoteFile(remote.path, 'docs/rota.md')).toBeNull();
    expect(remoteFile(remote.path)).toContain('Patch the bastion');
    expect(readdirSync(clone).sort()).toEqual(['.git', 'team.json']);
  });

  it('merges a sprint closed on one machine with votes cast on the other', async () => {
    const { remote, a, teamId } = await sharedTeam();
    const ana = await a.api.addMember({
      teamId,
      member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    const sprintId = (
      await a.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    const planned = a.team(teamId).items[0]!.id;
    await a.api.planItem({ teamId, sprintId, itemId: planned });
    await a.api.startSprint({ teamId, sprintId });
    const toEstimate = (await a.api.createItem({ teamId, item: itemFields('Rotate certs') })).id;
    await a.engine.sync(teamId);
    const b = await replica({ now });
    await b.engine.join({ remote: remote.path, author: 'Bo' });

    await a.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
    await b.api.startEstimation({ teamId, itemId: toEstimate });
    const roundId = b.team(teamId).estimationRounds[0]!.id;
    await b.api.castVote({ teamId, roundId, memberId: ana.id, card: '5' });
    await b.api.revealVotes({ teamId, roundId });

    await a.engine.sync(teamId);
    expect(await b.engine.sync(teamId)).toMatchObject({ state: 'in_sync', conflicts: [] });
    await a.engine.sync(teamId);
    for (const r of [a, b]) {
      expect(r.team(teamId).sprints.find((s) => s.id === sprintId)?.state).toBe('closed');
      const round = r.team(teamId).estimationRounds.find((x) => x.id === roundId);
      expect(round?.votes.map((v) => v.card)).toEqual(['5']);
    }
  });

  it('sends an unrevealed poker round’s votes only once revealed, and keeps them here meanwhile', async () => {
    const { remote, a, teamId } = await sharedTeam();
    const bo = await a.api.addMember({
      teamId,
      member: { name: 'Bo', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    const itemId = a.team(teamId).items[0]!.id;
    await a.api.startEstimation({ teamId, itemId });
    const roundId = a.team(teamId).estimationRounds[0]!.id;
    await a.api.castVote({ teamId, roundId, memberId: bo.id, card: '13' });
    await a.engine.sync(teamId);
    const b = await replica({ now });
    await b.engine.join({ remote: remote.path, author: 'Bo' });
    expect(b.team(teamId).estimationRounds.find((r) => r.id === roundId)?.votes ?? []).toEqual([]);
    // A change from B comes in; A's hidden vote stays here.
    await b.api.createItem({ teamId, item: itemFields('From B') });
    await b.engine.sync(teamId);
    await a.engine.sync(teamId);
    expect(a.team(teamId).estimationRounds[0]!.votes.map((v) => v.card)).toEqual(['13']);
    expect(remoteFile(remote.path)).not.toContain('"13"');
    await a.api.revealVotes({ teamId, roundId });
    await a.engine.sync(teamId);
    await b.engine.sync(teamId);
    expect(b.team(teamId).estimationRounds[0]!.votes.map((v) => v.card)).toEqual(['13']);
  });

  it('refuses a remote file that does not validate, leaving the team here untouched', async () => {
    const { remote, a, teamId } = await sharedTeam();
    await a.api.createItem({ teamId, item: itemFields('Local only') });
    const before = a.team(teamId);
    // This Cadence's own format, so the file is read as it is (not upgraded) and fails validation.
    pushFile(remote.path, `{"schemaVersion": ${CURRENT_SCHEMA_VERSION}, "id": 12}\n`);
    const refused = await a.engine.sync(teamId);
    expect(refused.state).toBe('refused');
    expect(refused.message).toMatch(/refused/);
    expect(a.team(teamId)).toBe(before);
  });

  it('refuses a remote file from a newer Cadence, saying what to do', async () => {
    const { remote, a, teamId } = await sharedTeam();
    const newer = CODEC.encode(a.team(teamId)).replace(
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 2}`,
    );
    pushFile(remote.path, newer);
    const before = a.team(teamId);
    const refused = await a.engine.sync(teamId);
    expect(refused.state).toBe('refused');
    expect(refused.message).toMatch(/newer Cadence/);
    expect(a.team(teamId)).toBe(before);
  });

  it('refuses to share into a remote that holds another team', async () => {
    const { remote } = await sharedTeam();
    const other = await replica({ now });
    const teamId = (await other.api.createTeam({ name: 'Network' })).id;
    await expect(other.engine.share({ teamId, remote: remote.path, author: 'Cy' })).rejects.toThrow(
      /another team \(“Platform”\)/,
    );
    expect(other.engine.isShared(teamId)).toBe(false);
  });

  it('refuses to share into a repository created with a README, and says to create an empty one', async () => {
    const remote = bareRepository();
    const work = mkdtempSync(path.join(os.tmpdir(), 'cadence-readme-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', work, '-c', 'user.name=Web', '-c', 'user.email=w@x', ...args], { stdio: 'pipe' });
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(path.join(work, 'README.md'), '# platform-team\n');
    git('add', 'README.md');
    git('commit', '--quiet', '-m', 'Initial commit');
    git('push', '--quiet', remote.path, 'main');
    const a = await replica({ now });
    const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
    await expect(a.engine.share({ teamId, remote: remote.path, author: 'Ana' })).rejects.toThrow(
      /holds commits but no Cadence team .*create an empty repository \(without a README, licence or \.gitignore\)/,
    );
    expect(a.engine.isShared(teamId)).toBe(false);
    expect(remoteFile(remote.path, 'README.md')).toBe('# platform-team\n');
  });

  it('shares again into a remote holding this same team: the two copies merge with no base, additions silently', async () => {
    const { remote, a, teamId } = await sharedTeam();
    await a.engine.stop(teamId);
    await a.api.createItem({ teamId, item: itemFields('Added while not shared') });
    const again = await a.engine.share({ teamId, remote: remote.path, author: 'Ana' });
    expect(again).toMatchObject({ state: 'in_sync', conflicts: [] });
    expect(remoteFile(remote.path)).toContain('Added while not shared');
    expect(
      a
        .team(teamId)
        .items.map((i) => i.title)
        .sort(),
    ).toEqual(['Added while not shared', 'Upgrade Postgres']);
  });

  it('refuses to join a team this folder already has, and a remote that is empty', async () => {
    const { remote, a } = await sharedTeam();
    await expect(a.engine.join({ remote: remote.path, author: 'Ana' })).rejects.toThrow(/already has the team/);
    const b = await replica({ now });
    await expect(b.engine.join({ remote: bareRepository().path, author: 'Bo' })).rejects.toThrow(/is empty/);
    expect(b.store.snapshot().teams).toEqual([]);
  });

  it('joins a team whose remote file is in an older format, upgraded on the way in', async () => {
    const { remote, a, teamId } = await sharedTeam();
    // A format-3 file: what v4 added is absent (the migration fills it in).
    const current = JSON.parse(CODEC.encode(a.team(teamId))) as Record<string, unknown>;
    pushFile(remote.path, JSON.stringify({ ...current, schemaVersion: 3 }));
    const b = await replica({ now });
    const joined = await b.engine.join({ remote: remote.path, author: 'Bo' });
    expect(joined.teamId).toBe(teamId);
    expect(b.team(teamId).items.map((i) => i.title)).toEqual(['Upgrade Postgres']);
    // The next sync sends the upgraded format.
    await b.engine.sync(teamId);
    expect(remoteFile(remote.path)).toContain(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`);
  });

  it('stops sharing: the clone and the token go, the team stays', async () => {
    const { a, teamId } = await sharedTeam();
    await a.tokens.set(teamId, 'tok');
    await a.engine.stop(teamId);
    expect(a.engine.isShared(teamId)).toBe(false);
    expect(await a.tokens.get(teamId)).toBeNull();
    expect(a.team(teamId).name).toBe('Platform');
    expect(() => execFileSync('ls', [cloneFolder(a.dataDir, teamId)], { stdio: 'pipe' })).toThrow();
  });
});
