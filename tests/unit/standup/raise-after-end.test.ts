import { afterEach, describe, expect, it } from 'vitest';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const MORNING = Date.parse('2026-11-20T09:00:00.000Z');

/** Ada and Bo's team (UTC) with a standup started at 09:00; the clock moves with `advance`. */
async function started() {
  const ada = member('Ada');
  const t = team('Platform', { members: [ada, member('Bo')] });
  t.settings.timeZone = 'UTC';
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = MORNING;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  const api = backend.api;
  const standup = await api.startStandup({ teamId: t.id, absentIds: [] });
  return {
    api,
    teamId: t.id,
    adaId: ada.id,
    standupId: standup.id,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('a blocker or topic raised with a standup that is no longer running today', () => {
  it('is raised for the team after the standup ended (a capture dialog left open), and the summary stays as it was', async () => {
    const { api, teamId, adaId, standupId, advance } = await started();
    advance(60_000);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    advance(30_000);
    const blocker = await api.raiseBlocker({ teamId, text: 'Waiting on the DNS team', ownerId: adaId, standupId });
    const topic = await api.addParkingTopic({ teamId, text: 'Vault upgrade plan', stayIds: [adaId], standupId });
    // Kept, open, and not tied to a standup whose summary can no longer show it.
    expect(blocker.standupId).toBeNull();
    expect(topic.standupId).toBeNull();
    const kept = await api.getTeam({ teamId });
    expect(kept.blockers.map((b) => [b.text, b.standupId, b.resolvedAt])).toEqual([
      ['Waiting on the DNS team', null, null],
    ]);
    expect(kept.parkingLot.map((p) => [p.text, p.standupId])).toEqual([['Vault upgrade plan', null]]);
    expect(kept.standups.find((s) => s.id === standupId)?.summary).toEqual(ended.summary);
  });

  it('is raised for the team from a standup left running since an earlier day', async () => {
    const { api, teamId, standupId, advance } = await started();
    advance(24 * 60 * 60_000);
    const blocker = await api.raiseBlocker({ teamId, text: 'VPN certificate expired', ownerId: null, standupId });
    const topic = await api.addParkingTopic({ teamId, text: 'Who renews it?', stayIds: [], standupId });
    expect(blocker.standupId).toBeNull();
    expect(topic.standupId).toBeNull();
  });

  it('stays tied to a standup running today', async () => {
    const { api, teamId, standupId, advance } = await started();
    advance(60_000);
    const blocker = await api.raiseBlocker({ teamId, text: 'Staging disk full', ownerId: null, standupId });
    expect(blocker.standupId).toBe(standupId);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(ended.summary?.blockersRaised.map((b) => b.text)).toEqual(['Staging disk full']);
  });
});
