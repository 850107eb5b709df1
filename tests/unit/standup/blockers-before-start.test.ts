import { afterEach, describe, expect, it } from 'vitest';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

/** 08:55 on Friday, on the team's clock (Berlin, UTC+1 in November). */
const BEFORE_STANDUP = Date.parse('2026-11-20T07:55:00.000Z');
const MINUTE = 60_000;

/** Ada and Bo's team in Berlin, its clock set by `at`/`advance`; nothing running yet. */
async function team2() {
  const ada = member('Ada');
  const t = team('Platform', { members: [ada, member('Bo')] });
  t.settings.timeZone = 'Europe/Berlin';
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = BEFORE_STANDUP;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  return {
    api: backend.api,
    teamId: t.id,
    adaId: ada.id,
    at: (ms: number) => {
      now = ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('blockers raised before the standup starts', () => {
  it('are in its summary when raised that morning (a phone, the panel), not when raised the day before', async () => {
    const { api, teamId, adaId, at, advance } = await team2();
    // Thursday afternoon, after Thursday's standup: yesterday's news by Friday's standup.
    at(BEFORE_STANDUP - 20 * 60 * MINUTE);
    await api.raiseBlocker({ teamId, text: 'Thursday: build agents offline', ownerId: null, standupId: null });
    // Friday, five minutes before the standup, raised from a phone or the Standup tab's Add blocker (no standup runs).
    at(BEFORE_STANDUP);
    await api.raiseBlocker({ teamId, text: 'Waiting on the firewall change', ownerId: adaId, standupId: null });
    advance(5 * MINUTE);
    const standup = await api.startStandup({ teamId, absentIds: [] });
    advance(MINUTE);
    await api.raiseBlocker({ teamId, text: 'VPN certificate expired', ownerId: null, standupId: standup.id });
    advance(MINUTE);
    const ended = await api.controlStandup({ teamId, standupId: standup.id, action: { kind: 'end' } });

    expect(ended.summary?.blockersRaised.map((b) => [b.text, b.owner])).toEqual([
      ['Waiting on the firewall change', 'Ada'],
      ['VPN certificate expired', 'Unassigned'],
    ]);
    expect(ended.summary?.openBlockers).toBe(3);
  });

  it('belong to the next standup of the day, not to one that had ended before they were raised', async () => {
    const { api, teamId, advance } = await team2();
    const first = await api.startStandup({ teamId, absentIds: [] });
    advance(10 * MINUTE);
    const morning = await api.controlStandup({ teamId, standupId: first.id, action: { kind: 'end' } });
    expect(morning.summary?.blockersRaised).toEqual([]);

    // Raised after the morning's standup, for the afternoon's.
    advance(3 * 60 * MINUTE);
    await api.raiseBlocker({ teamId, text: 'Staging disk full', ownerId: null, standupId: null });
    advance(MINUTE);
    const second = await api.startStandup({ teamId, absentIds: [] });
    advance(MINUTE);
    const afternoon = await api.controlStandup({ teamId, standupId: second.id, action: { kind: 'end' } });
    expect(afternoon.summary?.blockersRaised.map((b) => b.text)).toEqual(['Staging disk full']);
    // The morning's summary stays as it froze.
    const kept = await api.getTeam({ teamId });
    expect(kept.standups.find((s) => s.id === first.id)?.summary?.blockersRaised).toEqual([]);
  });

  it('leave out a blocker raised and resolved before the standup started: it never came to it', async () => {
    const { api, teamId, advance } = await team2();
    const gone = await api.raiseBlocker({ teamId, text: 'Jenkins down', ownerId: null, standupId: null });
    advance(MINUTE);
    await api.resolveBlocker({ teamId, blockerId: gone.id });
    advance(MINUTE);
    const standup = await api.startStandup({ teamId, absentIds: [] });
    advance(MINUTE);
    const ended = await api.controlStandup({ teamId, standupId: standup.id, action: { kind: 'end' } });
    expect(ended.summary?.blockersRaised).toEqual([]);
  });

  it('bring a topic parked that morning (from a phone) into its parking lot, not one parked the day before', async () => {
    const { api, teamId, adaId, at, advance } = await team2();
    at(BEFORE_STANDUP - 20 * 60 * MINUTE);
    await api.addParkingTopic({ teamId, text: 'Thursday: on-call swap', stayIds: [], standupId: null });
    at(BEFORE_STANDUP);
    await api.addParkingTopic({ teamId, text: 'Vault upgrade plan', stayIds: [adaId], standupId: null });
    // Discussed before the standup began: it never came to it.
    const settled = await api.addParkingTopic({ teamId, text: 'Lunch order', stayIds: [], standupId: null });
    await api.closeParkingTopic({ teamId, topicId: settled.id });
    advance(5 * MINUTE);
    const standup = await api.startStandup({ teamId, absentIds: [] });
    advance(MINUTE);
    const ended = await api.controlStandup({ teamId, standupId: standup.id, action: { kind: 'end' } });
    expect(ended.summary?.parkingLot.map((p) => [p.text, p.stay])).toEqual([['Vault upgrade plan', ['Ada']]]);
  });
});
