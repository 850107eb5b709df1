import { afterEach, describe, expect, it } from 'vitest';
import { bufferUsedPoints } from '../../../src/domain/board/buffer';
import { buildSummary, summaryMarkdown } from '../../../src/domain/standup/summary';
import { FORMER_MEMBER } from '../../../src/domain/team/member-name';
import { item, member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const T0 = Date.parse('2026-11-04T09:00:00.000Z');

async function seeded(options: { members?: boolean; active?: boolean; timeZone?: string; at?: number } = {}) {
  const ada = member('Ada');
  const bo = member('Bo');
  const s = sprint({
    startDate: '2026-11-02',
    endDate: '2026-11-13',
    state: options.active === false ? 'planned' : 'active',
    commitment: {
      at: '2026-11-02T09:00:00.000Z',
      items: [],
      committedPoints: 13,
      personDays: 20,
      pointsPerPersonDay: 1.5,
      forecastPoints: 30,
      bufferPercent: 20,
      bufferPoints: 6,
      plannablePoints: 24,
    },
  });
  const card = item('Rotate TLS certificates', { sprintId: s.id, points: 5, ownerId: ada.id });
  const t = team('Platform', { members: options.members === false ? [] : [ada, bo], sprints: [s], items: [card] });
  if (options.timeZone) t.settings.timeZone = options.timeZone;
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = options.at ?? T0;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  return {
    api: backend.api,
    call: backend.call,
    teamId: t.id,
    ada,
    bo,
    sprint: s,
    card,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('board api', () => {
  it('moves a card across columns, stamping when it entered and when it was done', async () => {
    const { api, teamId, card, advance } = await seeded();
    const moved = await api.moveBoardCard({ teamId, itemId: card.id, status: 'done' });
    expect(moved).toMatchObject({ status: 'done', statusChangedAt: new Date(T0).toISOString() });
    expect(moved.completedAt).toBe(new Date(T0).toISOString());
    advance(60_000);
    const back = await api.moveBoardCard({ teamId, itemId: card.id, status: 'review' });
    expect(back.completedAt).toBeNull();
    expect(back.statusChangedAt).toBe(new Date(T0 + 60_000).toISOString());
  });

  it('refuses to move an item that is not on the board', async () => {
    const { call, teamId } = await seeded();
    const res = await call('moveBoardCard', { teamId, itemId: 'nope', status: 'done' });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('logs an interrupt as unplanned work in the active sprint that burns the buffer', async () => {
    const { api, teamId, bo, sprint: s } = await seeded();
    const { item: logged, sprint: after } = await api.logInterrupt({
      teamId,
      interrupt: { title: 'Disk full on db-3', key: 'INC-42', severity: 'sev2', hours: 3, takenBy: bo.id },
    });
    expect(logged).toMatchObject({
      sprintId: s.id,
      unplanned: true,
      type: 'incident',
      ownerId: bo.id,
      status: 'in_progress',
      interrupt: { key: 'INC-42', severity: 'sev2', hours: 3, takenBy: bo.id },
    });
    expect(after.scopeChanges).toHaveLength(1);
    expect(after.scopeChanges[0]).toMatchObject({ kind: 'added', planned: false, itemId: logged.id });
    const doc = await api.getTeam({ teamId });
    // 3 h ÷ 6 h × 1.5 points per person-day.
    expect(bufferUsedPoints(doc.items, after, doc.settings)).toBeCloseTo(0.75);
  });

  it('refuses an interrupt without an estimate, or with both, or off the scale, and changes nothing', async () => {
    const { call, api, teamId } = await seeded();
    const base = { title: 'Pager storm', severity: 'sev3' };
    const none = await call('logInterrupt', { teamId, interrupt: base });
    expect(none).toMatchObject({ ok: false, error: { message: expect.stringMatching(/points or in hours/) } });
    const both = await call('logInterrupt', { teamId, interrupt: { ...base, points: 3, hours: 2 } });
    expect(both.ok).toBe(false);
    const offScale = await call('logInterrupt', { teamId, interrupt: { ...base, points: 4 } });
    expect(offScale).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not on this team's point scale/) },
    });
    expect((await api.getTeam({ teamId })).items).toHaveLength(1);
  });

  it('says plainly when there is no active sprint', async () => {
    const { call, teamId } = await seeded({ active: false });
    const res = await call('logInterrupt', { teamId, interrupt: { title: 'X', severity: 'sev1', points: 1 } });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no active sprint/) } });
  });
});

describe('standup api', () => {
  it('runs a standup through every speaker and saves the summary with the sprint', async () => {
    const { api, teamId, ada, bo, sprint: s, advance } = await seeded();
    const started = await api.startStandup({ teamId });
    expect(started.sprintId).toBe(s.id);
    expect(started.timer.turns.map((t) => t.name)).toEqual(['Ada', 'Bo']);
    advance(60_000);
    await api.addStandupNote({ teamId, standupId: started.id, text: 'Cert rotation done in staging' });
    await api.raiseBlocker({ teamId, text: 'Waiting for firewall change', ownerId: ada.id, standupId: started.id });
    await api.controlStandup({ teamId, standupId: started.id, action: { kind: 'next' } });
    advance(100_000);
    await api.addParkingTopic({ teamId, text: 'Alert noise on db', stayIds: [ada.id, bo.id], standupId: started.id });
    const ended = await api.controlStandup({ teamId, standupId: started.id, action: { kind: 'next' } });
    expect(ended.state).toBe('ended');
    const summary = ended.summary;
    expect(summary?.speakers.map((x) => [x.name, x.spokeMs, x.overtimeMs])).toEqual([
      ['Ada', 60_000, 0],
      ['Bo', 100_000, 10_000],
    ]);
    expect(summary?.blockersRaised).toEqual([
      expect.objectContaining({ text: 'Waiting for firewall change', owner: 'Ada' }),
    ]);
    expect(summary?.parkingLot).toEqual([expect.objectContaining({ text: 'Alert noise on db', stay: ['Ada', 'Bo'] })]);
    expect(summary?.notes).toEqual([{ name: 'Ada', text: 'Cert rotation done in staging' }]);
    const markdown = summaryMarkdown(summary!);
    expect(markdown.split('\n')[0]).toMatch(/^# Standup Wed 4 Nov 2026\b/);
    expect(markdown).toContain('| Bo | spoke | 1 min 40 s | 10 s |');
    expect(markdown).toContain('- Waiting for firewall change (owner: Ada)');
    expect(markdown).toContain('- Alert noise on db — stay: Ada, Bo');
    const doc = await api.getTeam({ teamId });
    expect(doc.standups.filter((x) => x.sprintId === s.id)).toHaveLength(1);
  });

  it('dates a standup by the team’s day, in its time zone', async () => {
    // Wed 4 Nov 22:30 UTC is Thu 5 Nov 09:30 in Sydney.
    const { api, teamId } = await seeded({ timeZone: 'Australia/Sydney', at: Date.parse('2026-11-04T22:30:00.000Z') });
    const started = await api.startStandup({ teamId });
    const ended = await api.controlStandup({ teamId, standupId: started.id, action: { kind: 'end' } });
    expect(ended.summary?.date).toBe('2026-11-05');
    expect(summaryMarkdown(ended.summary!).split('\n')[0]).toMatch(/^# Standup Thu 5 Nov 2026\b/);
  });

  it('keeps a running standup in the data file so a reload resumes it', async () => {
    const { api, teamId, advance } = await seeded();
    const started = await api.startStandup({ teamId });
    advance(30_000);
    await api.controlStandup({ teamId, standupId: started.id, action: { kind: 'pause' } });
    const dataDir = backend!.dataDir;
    await backend!.store.close();
    backend = await inProcessApi({ dataDir, now: () => new Date(T0 + 600_000) });
    const doc = await backend.api.getTeam({ teamId });
    const running = doc.standups.find((x) => x.state === 'running');
    expect(running?.timer.pausedAt).toBe(new Date(T0 + 30_000).toISOString());
    expect(running?.timer.turns[0]?.spentMs).toBe(30_000);
  });

  it('refuses a second standup while one runs', async () => {
    const { api, call, teamId } = await seeded();
    await api.startStandup({ teamId });
    const again = await call('startStandup', { teamId });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already running/) },
    });
  });

  it('gives a clear message with no members, or with everyone absent', async () => {
    const empty = await seeded({ members: false });
    const res = await empty.call('startStandup', { teamId: empty.teamId });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no members yet/) } });
    await backend!.store.close();
    const full = await seeded();
    const all = await full.call('startStandup', { teamId: full.teamId, absentIds: [full.ada.id, full.bo.id] });
    expect(all).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Everyone is marked absent/) } });
    expect((await full.api.getTeam({ teamId: full.teamId })).standups).toHaveLength(0);
  });

  it('validates actions and blocker text at the api', async () => {
    const { api, call, teamId } = await seeded();
    const started = await api.startStandup({ teamId });
    const bad = await call('controlStandup', { teamId, standupId: started.id, action: { kind: 'rewind' } });
    expect(bad.ok).toBe(false);
    const blank = await call('raiseBlocker', { teamId, text: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Blocker cannot be empty/) } });
  });

  it('resolves a blocker once, with the date', async () => {
    const { api, call, teamId, advance } = await seeded();
    const b = await api.raiseBlocker({ teamId, text: 'VPN access for Bo', ownerId: null });
    advance(2 * 86_400_000);
    const resolved = await api.resolveBlocker({ teamId, blockerId: b.id });
    expect(resolved.resolvedAt).toBe(new Date(T0 + 2 * 86_400_000).toISOString());
    const again = await call('resolveBlocker', { teamId, blockerId: b.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('blockers and parking-lot topics after the fact', () => {
  it('a blocker whose owner left keeps them, and its owner can be changed; only a new owner is checked', async () => {
    const { api, call, teamId, ada, bo } = await seeded();
    const b = await api.raiseBlocker({ teamId, text: 'Vendor VPN down', ownerId: ada.id });
    await api.removeMember({ teamId, memberId: ada.id });
    // The form sends the stored owner back as it is.
    expect(await api.setBlockerOwner({ teamId, blockerId: b.id, ownerId: ada.id })).toMatchObject({ ownerId: ada.id });
    expect(await api.setBlockerOwner({ teamId, blockerId: b.id, ownerId: bo.id })).toMatchObject({ ownerId: bo.id });
    const gone = await call('setBlockerOwner', { teamId, blockerId: b.id, ownerId: ada.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.setBlockerOwner({ teamId, blockerId: b.id, ownerId: null })).toMatchObject({ ownerId: null });
    expect((await api.getTeam({ teamId })).blockers[0]).toMatchObject({ id: b.id, ownerId: null });
  });

  it('the summary names an owner who left as a former member, and a blocker nobody owns as Unassigned', () => {
    const blocker = (id: string, ownerId: string | null) => ({
      id,
      text: id,
      ownerId,
      raisedAt: new Date(T0).toISOString(),
      resolvedAt: null,
      sprintId: null,
      standupId: 'su',
    });
    const summary = buildSummary({
      standupId: 'su',
      timer: {
        speakerMs: 60_000,
        totalMs: 900_000,
        startedAt: new Date(T0).toISOString(),
        endedAt: new Date(T0).toISOString(),
        pausedAt: null,
        pausedMs: 0,
        current: null,
        turns: [],
      },
      notes: [],
      blockers: [blocker('left', 'member-gone'), blocker('nobody', null)],
      parkingLot: [],
      members: [],
      sprintName: null,
      timeZone: 'UTC',
      now: T0,
    });
    expect(summary.blockersRaised.map((b) => b.owner)).toEqual([FORMER_MEMBER, 'Unassigned']);
  });

  it('reopens a resolved blocker with its id and raised date, and refuses one still open', async () => {
    const { api, call, teamId, ada, advance } = await seeded();
    const b = await api.raiseBlocker({ teamId, text: 'DNS flaps', ownerId: ada.id });
    advance(6 * 86_400_000);
    await api.resolveBlocker({ teamId, blockerId: b.id });
    const reopened = await api.reopenBlocker({ teamId, blockerId: b.id });
    expect(reopened).toEqual({ ...b, resolvedAt: null });
    expect((await api.getTeam({ teamId })).blockers).toHaveLength(1);
    const again = await call('reopenBlocker', { teamId, blockerId: b.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'This blocker is not resolved.' } });
  });

  it('reopens a topic marked as discussed, and refuses one still open', async () => {
    const { api, call, teamId, ada } = await seeded();
    const topic = await api.addParkingTopic({ teamId, text: 'Pager rota', stayIds: [ada.id] });
    await api.closeParkingTopic({ teamId, topicId: topic.id });
    expect(await api.reopenParkingTopic({ teamId, topicId: topic.id })).toEqual({ ...topic, closedAt: null });
    const again = await call('reopenParkingTopic', { teamId, topicId: topic.id });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This topic is not marked as discussed.' },
    });
  });
});
