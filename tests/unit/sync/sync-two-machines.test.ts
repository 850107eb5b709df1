import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../../src/api/contract/sync';
import { dispatch } from '../../../src/api/dispatch';
import type { HandlerContext } from '../../../src/api/handler-types';
import { cloneFolder } from '../../../src/sync/clone';
import { FileTokenStore } from '../../../src/sync/token-store';
import { tokenFile, withSync } from '../../../src/sync/with-sync';
import { bareRepository } from '../../helpers/git-remote';
import { inProcessApi } from '../../helpers/in-process-api';
import { CODEC, replica } from '../../helpers/sync-replica';

const now = () => new Date('2026-11-13T10:00:00.000Z');

/** A and B share “Ops” through a bare repository, in sync. */
async function pair() {
  const remote = bareRepository();
  const a = await replica({ now });
  const teamId = (await a.api.createTeam({ name: 'Ops' })).id;
  await a.engine.share({ teamId, remote: remote.path, author: 'Ana' });
  const b = await replica({ now });
  await b.engine.join({ remote: remote.path, author: 'Bo' });
  return { remote, a, b, teamId };
}

/** A machine as the app wires it: the api's store is the one sharing observes (timers never fire). */
async function machine() {
  const api = await inProcessApi({ now });
  const timers = {
    setInterval: () => 0,
    clearInterval: () => undefined,
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  };
  const wired = withSync(api.store, now, { codec: CODEC, timers }, () => undefined);
  const ctx: HandlerContext = { ...api.ctx, store: wired.store, sync: wired.sync };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const envelope = await dispatch(ctx, method, input, () => undefined);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  return { api, host: wired.sync, call, dataDir: api.dataDir };
}

describe('two machines', { timeout: 60_000 }, () => {
  it('that both start the review of one sprint end with one review holding both sides’ feedback', async () => {
    const { a, b, teamId } = await pair();
    const sprintId = (
      await a.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: 'g', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    await a.engine.sync(teamId);
    await b.engine.sync(teamId);
    const onA = await a.api.createReview({ teamId, sprintId });
    await a.api.addReviewFeedback({ teamId, reviewId: onA.id, text: 'From Alice', from: 'Alice' });
    await a.api.setReviewGoalOutcome({ teamId, reviewId: onA.id, status: 'met', sentence: 'A: met' });
    const onB = await b.api.createReview({ teamId, sprintId });
    await b.api.addReviewFeedback({ teamId, reviewId: onB.id, text: 'From Bob', from: 'Bob' });
    await b.api.setReviewGoalOutcome({ teamId, reviewId: onB.id, status: 'not_met', sentence: 'B: not met' });

    await a.engine.sync(teamId);
    const asked = await b.engine.sync(teamId);
    expect(asked.state).toBe('conflicts');
    expect(asked.conflicts.map((c) => [c.key, c.mine, c.theirs])).toEqual([
      [`reviews/sprint/${sprintId}/goalOutcome`, 'Not met: B: not met', 'Met: A: met'],
    ]);
    const decided = await b.engine.sync(teamId, [{ key: asked.conflicts[0]!.key, keep: 'theirs' }]);
    expect(decided).toMatchObject({ state: 'in_sync', conflicts: [] });
    expect(await a.engine.sync(teamId)).toMatchObject({ state: 'in_sync', conflicts: [] });
    for (const r of [a, b]) {
      const reviews = r.team(teamId).reviews.filter((x) => x.sprintId === sprintId);
      expect(reviews).toHaveLength(1);
      expect(reviews[0]!.feedback.map((f) => f.text).sort()).toEqual(['From Alice', 'From Bob']);
      expect(reviews[0]!.goalOutcome).toEqual({ status: 'met', sentence: 'A: met' });
    }
    expect(a.team(teamId).reviews).toEqual(b.team(teamId).reviews);
  });
});

describe('a shared team deleted here', { timeout: 60_000 }, () => {
  it('stops being shared: the clone and the token go, and the remote can be joined again', async () => {
    const remote = bareRepository();
    const m = await machine();
    const teamId = (await m.call<{ id: string }>('createTeam', { name: 'Ops' })).id;
    await m.call('shareTeam', { teamId, remote: remote.path, token: 'tok-secret', author: 'Ana' });
    const tokens = new FileTokenStore(tokenFile(m.dataDir));
    expect(await tokens.get(teamId)).toBe('tok-secret');

    await m.call('deleteTeam', { teamId });
    await m.host.idle();
    expect(existsSync(cloneFolder(m.dataDir, teamId))).toBe(false);
    expect(await tokens.get(teamId)).toBeNull();
    expect(await m.call('listSyncStatus', {})).toEqual([]);

    const joined = await m.call<SyncReport>('joinSharedTeam', { remote: remote.path, author: 'Ana' });
    expect(joined.status).toMatchObject({ teamId, state: 'in_sync' });
    expect(m.api.store.snapshot().teams.map((t) => t.name)).toEqual(['Ops']);
  });

  it('left behind by an older Cadence (clone and token, no team) does not stop a join', async () => {
    const { remote, b, teamId } = await pair();
    await b.tokens.set(teamId, 'old-token');
    await b.api.deleteTeam({ teamId });
    expect(existsSync(cloneFolder(b.dataDir, teamId))).toBe(true);

    const joined = await b.engine.join({ remote: remote.path, author: 'Bo' });
    expect(joined).toMatchObject({ teamId, state: 'in_sync' });
    expect(b.team(teamId).name).toBe('Ops');
    // The stale token was the deleted team's: joining without one does not bring it back.
    expect(await b.tokens.get(teamId)).toBeNull();
    expect(await b.engine.sync(teamId)).toMatchObject({ state: 'in_sync' });
  });

  it('is still refused when the team is really here', async () => {
    const { remote, b } = await pair();
    await expect(b.engine.join({ remote: remote.path, author: 'Bo' })).rejects.toThrow(/already has the team “Ops”/);
  });
});

describe('a team renamed on another machine', { timeout: 60_000 }, () => {
  it('to a name a team here already has keeps two names apart, and the sync says so', async () => {
    const { a, b, teamId } = await pair();
    await b.api.createTeam({ name: 'Platform' });
    await a.api.renameTeam({ teamId, name: 'Platform' });
    await a.engine.sync(teamId);
    const synced = await b.engine.sync(teamId);
    expect(synced).toMatchObject({ state: 'in_sync', conflicts: [] });
    expect(synced.notes).toEqual([
      expect.stringMatching(/a team here already has that name: it is now “Platform \(2\)”/),
    ]);
    expect(
      b.store
        .snapshot()
        .teams.map((t) => t.name)
        .sort(),
    ).toEqual(['Platform', 'Platform (2)']);
    await a.engine.sync(teamId);
    expect(a.team(teamId).name).toBe('Platform (2)');
  });
});
