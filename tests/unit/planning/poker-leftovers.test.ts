import { afterEach, describe, expect, it } from 'vitest';
import { EstimationRoundSchema } from '../../../src/domain/planning/estimation';
import { unrevealedSecrets } from '../../../src/domain/room/redact';
import { item, itemFields, member, team, writeWorkspace } from '../../helpers/fixtures';
import { errorOf, inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let b: InProcessApi | null = null;
afterEach(async () => {
  await b?.store.close();
  b = null;
});

async function started() {
  b = await inProcessApi({ now: () => new Date('2026-11-03T10:00:00.000Z') });
  const api = b.api;
  const teamId = (await api.createTeam({ name: 'Ops' })).id;
  const member = (name: string) =>
    api.addMember({ teamId, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  const ana = (await member('Ana')).id;
  const bo = (await member('Bo')).id;
  const snap = () => b!.store.snapshot().teams.find((t) => t.id === teamId)!;
  return { api, teamId, ana, bo, snap };
}

describe('poker rounds that outlive their item', () => {
  it('deleting an item closes its round still voting without revealing it; the export works; Undo brings no votes back', async () => {
    const { api, teamId, ana, snap } = await started();
    const kept = await api.createItem({ teamId, item: itemFields('Patch kernel') });
    const round = (await api.startEstimation({ teamId, itemId: kept.id })).rounds[0]!;
    await api.castVote({ teamId, roundId: round.id, memberId: ana, card: '21' });

    await api.deleteItem({ teamId, itemId: kept.id });
    const closed = snap().estimationRounds.find((r) => r.id === round.id)!;
    expect(closed).toMatchObject({ state: 'superseded', votes: [], closedAt: '2026-11-03T10:00:00.000Z' });
    const { content } = await api.exportWorkspace({});
    expect(content).not.toContain('"card":"21"');

    await api.restoreItem({ teamId, itemId: kept.id });
    expect(snap().estimationRounds.find((r) => r.id === round.id)).toMatchObject({ state: 'superseded', votes: [] });
    // The item is estimated afresh: a new round opens.
    const next = (await api.startEstimation({ teamId, itemId: kept.id })).rounds[0]!;
    expect(next).toMatchObject({ number: 2, state: 'voting', votes: [] });
  });

  it('a round an older version left voting on a deleted item blocks no export and leaves its votes out', async () => {
    const ana = member('Ana');
    const orphan = EstimationRoundSchema.parse({
      id: 'round-orphan',
      itemId: 'item-gone',
      number: 1,
      state: 'voting',
      startedAt: '2026-11-02T09:00:00.000Z',
      votes: [{ memberId: ana.id, card: '21', value: 21 }],
    });
    const t = team('Ops', { members: [ana], items: [item('Tune alerts')], estimationRounds: [orphan] });
    expect(unrevealedSecrets(t)).toEqual([]);
    const dataDir = tempDir();
    writeWorkspace(dataDir, [t]);
    b = await inProcessApi({ dataDir });
    const exported = JSON.parse((await b.api.exportWorkspace({})).content) as {
      teams: { estimationRounds: { id: string; votes: unknown[] }[] }[];
    };
    expect(exported.teams[0]!.estimationRounds.find((r) => r.id === 'round-orphan')?.votes).toEqual([]);
  });

  it("the export's refusal names the round's item and where to reveal it", async () => {
    const { api, teamId, ana } = await started();
    const done = await api.createItem({ teamId, item: itemFields('Patch kernel') });
    const round = (await api.startEstimation({ teamId, itemId: done.id })).rounds[0]!;
    await api.castVote({ teamId, roundId: round.id, memberId: ana, card: '5' });
    await api.updateItem({ teamId, itemId: done.id, changes: { status: 'done' } });
    expect(await errorOf(api.exportWorkspace({}))).toMatch(
      /the poker round on “Patch kernel” has votes not revealed yet \(reveal them in Planning, Estimate view\)/,
    );
  });
});

describe('a poker round keeps the deck it started with', () => {
  it('votes, results and the accepted estimate use the round’s scale after the team changes its scale', async () => {
    const { api, teamId, ana, bo, snap } = await started();
    const it1 = await api.createItem({ teamId, item: itemFields('Rotate certs') });
    const round = (await api.startEstimation({ teamId, itemId: it1.id })).rounds[0]!;
    expect(round.scale).toBe('fibonacci');
    await api.castVote({ teamId, roundId: round.id, memberId: ana, card: '21' });
    await api.updateTeamSettings({ teamId, settings: { pointScale: 'tshirt' } });
    expect(await errorOf(api.castVote({ teamId, roundId: round.id, memberId: bo, card: 'S' }))).toMatch(
      /not a card of this deck \(0, 1, 2, 3, 5, 8, 13, 21, 34/,
    );
    await api.castVote({ teamId, roundId: round.id, memberId: bo, card: '13' });
    await api.revealVotes({ teamId, roundId: round.id });
    const accepted = await api.acceptEstimate({ teamId, roundId: round.id, points: 21 });
    expect(accepted.items[0]?.points).toBe(21);
    expect(snap().estimationRounds.find((r) => r.id === round.id)).toMatchObject({
      state: 'accepted',
      scale: 'fibonacci',
    });

    // A round started now takes the team's new scale.
    const it2 = await api.createItem({ teamId, item: itemFields('Tune alerts') });
    const tshirt = (await api.startEstimation({ teamId, itemId: it2.id })).rounds[0]!;
    expect(tshirt.scale).toBe('tshirt');
    await api.castVote({ teamId, roundId: tshirt.id, memberId: bo, card: 'S' });
    await api.revealVotes({ teamId, roundId: tshirt.id });
    const revote = await api.revote({ teamId, roundId: tshirt.id });
    expect(revote.rounds.find((r) => r.id !== tshirt.id)?.scale).toBe('tshirt');
  });

  it('a round from an older file, without a scale, uses the team’s current scale', async () => {
    const ana = member('Ana');
    const open = item('Tune alerts');
    const old = EstimationRoundSchema.parse({
      id: 'round-old',
      itemId: open.id,
      number: 1,
      state: 'voting',
      startedAt: '2026-11-02T09:00:00.000Z',
    });
    const t = team('Ops', { members: [ana], items: [open], estimationRounds: [old] });
    t.settings.pointScale = 'tshirt';
    const dataDir = tempDir();
    writeWorkspace(dataDir, [t]);
    b = await inProcessApi({ dataDir });
    const voted = await b.api.castVote({ teamId: t.id, roundId: 'round-old', memberId: ana.id, card: 'M' });
    expect(voted.rounds[0]).not.toHaveProperty('scale');
    await b.api.revealVotes({ teamId: t.id, roundId: 'round-old' });
    const accepted = await b.api.acceptEstimate({ teamId: t.id, roundId: 'round-old', points: 3 });
    expect(accepted.items[0]?.points).toBe(3);
  });
});
