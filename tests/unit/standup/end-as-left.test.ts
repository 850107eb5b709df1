import { afterEach, describe, expect, it } from 'vitest';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { errorOf, inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const MORNING = Date.parse('2026-11-20T09:00:00.000Z');

/** Ada and Bo's team (UTC), its clock set by `advance`; a standup started at 09:00 with Ada on the floor. */
async function startedToday() {
  const t = team('Platform', { members: [member('Ada'), member('Bo')] });
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
    standupId: standup.id,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('ending a standup "as it was left"', () => {
  it('is refused for a standup started today (a stale screen), which keeps running as it was', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    // Ada has spoken four minutes past her timebox: "as it was left" would cut her turn short.
    advance(5 * 60_000);
    const message = await errorOf(api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } }));
    expect(message).toMatch(/started today/);
    const kept = (await api.getTeam({ teamId })).standups.find((s) => s.id === standupId);
    expect(kept?.state).toBe('running');
    expect(kept?.timer.endedAt).toBeNull();
  });

  it('ends one left running since an earlier day when it was left', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    advance(24 * 60 * 60_000);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.state).toBe('ended');
    // Ada's 90-second timebox (the team's default) from 09:00, not the night.
    expect(ended.summary?.date).toBe('2026-11-20');
    expect(Date.parse(ended.timer.endedAt ?? '')).toBeLessThan(MORNING + 60 * 60_000);
  });

  it('ends one left running as it was left also for a plain end (a screen that does not say so), not with the night', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    advance(24 * 60 * 60_000);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(ended.state).toBe('ended');
    expect(Date.parse(ended.timer.endedAt ?? '')).toBeLessThan(MORNING + 60 * 60_000);
    const ada = ended.summary?.speakers.find((r) => r.name === 'Ada');
    expect(ada?.spokeMs).toBeLessThanOrEqual(90_000);
  });

  it('counts the blockers open when it was left, not those raised or resolved the days after', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    advance(30_000);
    const raisedThen = await api.raiseBlocker({
      teamId,
      text: 'Waiting on the firewall change',
      ownerId: null,
      standupId,
    });
    // The next morning: two blockers raised outside the standup, and the one of the standup resolved.
    advance(24 * 60 * 60_000);
    await api.raiseBlocker({ teamId, text: 'VPN certificate expired', ownerId: null, standupId: null });
    await api.raiseBlocker({ teamId, text: 'Staging disk full', ownerId: null, standupId: null });
    await api.resolveBlocker({ teamId, blockerId: raisedThen.id });
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.summary?.blockersRaised.map((b) => b.text)).toEqual(['Waiting on the firewall change']);
    expect(ended.summary?.openBlockers).toBe(1);
  });

  it('refuses to pause or move on a standup left running since an earlier day, which still ends as it was left', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    advance(24 * 60 * 60_000);
    // Space or N pressed by reflex the next morning would count the night as Ada's turn.
    for (const kind of ['pause', 'next', 'skip'] as const) {
      const message = await errorOf(api.controlStandup({ teamId, standupId, action: { kind } }));
      expect(message).toMatch(/left running since an earlier day.*End it as it was left/);
    }
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.summary?.speakers.find((s) => s.name === 'Ada')?.spokeMs).toBe(90_000);
  });

  it('refuses a note the next morning, which would count the night as the speaker’s turn', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    advance(24 * 60 * 60_000);
    const message = await errorOf(api.addStandupNote({ teamId, standupId, text: 'Patched the bastion hosts' }));
    expect(message).toMatch(/left running since an earlier day.*End it as it was left/);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.notes).toEqual([]);
    expect(ended.summary?.speakers.find((s) => s.name === 'Ada')?.spokeMs).toBe(90_000);
  });

  it('leaves a blocker or topic raised the next morning out of the summary of the day it was left', async () => {
    const { api, teamId, standupId, advance } = await startedToday();
    advance(24 * 60 * 60_000);
    // Raised from the capture bar of the standup still on screen: it stays open, but it was not raised back then.
    await api.raiseBlocker({ teamId, text: 'VPN certificate expired', ownerId: null, standupId });
    await api.addParkingTopic({ teamId, text: 'Who renews the certificate?', stayIds: [], standupId });
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.summary?.blockersRaised).toEqual([]);
    expect(ended.summary?.parkingLot).toEqual([]);
    const kept = await api.getTeam({ teamId });
    expect(kept.blockers.map((b) => b.text)).toEqual(['VPN certificate expired']);
    expect(kept.parkingLot.map((p) => p.text)).toEqual(['Who renews the certificate?']);
  });
});
