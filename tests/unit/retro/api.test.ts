import { beforeEach, describe, expect, it } from 'vitest';
import { readDataText } from '../../../src/storage/read-layout';
import { retroToJson } from '../../../src/domain/retro/export/json';
import type { Retro } from '../../../src/domain/retro/schema';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { sprint } from '../../helpers/fixtures';

let backend: InProcessApi;
let teamId: string;
let ana: string;
let bo: string;
let sprintId: string;

async function refused(method: string, input: unknown): Promise<string> {
  const envelope = await backend.call(method, input);
  if (envelope.ok) throw new Error(`${method} was accepted`);
  return envelope.error.message;
}

function stored(retroId: string): Retro {
  return backend.store
    .snapshot()
    .teams.find((t) => t.id === teamId)!
    .retros.find((r) => r.id === retroId)!;
}

beforeEach(async () => {
  // A clock that moves one second per reading: each retro is created after the one before, without sleeping.
  let clock = Date.parse('2026-11-27T09:00:00.000Z');
  backend = await inProcessApi({ now: () => new Date((clock += 1000)) });
  const team = await backend.api.createTeam({ name: 'Platform SRE' });
  teamId = team.id;
  ana = (
    await backend.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } })
  ).id;
  bo = (await backend.api.addMember({ teamId, member: { name: 'Bo', role: 'SRE', hoursPerDay: 6, takesOnCall: true } }))
    .id;
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });
  sprintId = s.id;
  await backend.store.mutate({ teamId }, (d) => {
    d.teams.find((t) => t.id === teamId)!.sprints.push(s);
  });
});

const newRetro = () =>
  backend.api.createRetro({
    teamId,
    kind: 'retro',
    title: 'Retro — Sprint 1',
    sprintId,
    templateId: 'ops',
    incident: null,
  });

describe('retro api', () => {
  it('creates an ops retro with the prompts as columns and the team size as participants', async () => {
    const r = await newRetro();
    expect(r.columns.map((c) => c.prompt)).toContain('Which interrupts disrupted planned work?');
    expect(r.columns.map((c) => c.prompt)).toContain('How did we work with dev teams?');
    expect(r).toMatchObject({ phase: 'checkin', participants: 2, sprintId, revealed: false });
  });

  it('stores no author at all for an anonymous card, in memory and in the file', async () => {
    const r = await newRetro();
    const after = await backend.api.addRetroCard({
      teamId,
      retroId: r.id,
      columnId: 'alerts',
      text: 'Disk alerts are noise',
    });
    const signed = await backend.api.addRetroCard({
      teamId,
      retroId: r.id,
      columnId: 'alerts',
      text: 'Mine',
      authorId: ana,
    });
    expect(Object.keys(after.cards[0]!)).not.toContain('authorId');
    expect(signed.cards).toHaveLength(2);
    const stored = backend.store.snapshot().teams[0]!.retros[0]!.cards;
    expect(Object.keys(stored[0]!)).not.toContain('authorId');
    expect(stored[1]!.authorId).toBe(ana);
    await backend.store.flush();
    const file = JSON.parse(readDataText(backend.dataDir) ?? 'null');
    const card = file.teams[0].retros[0].cards[0];
    expect(card).not.toHaveProperty('authorId');
  });

  it('refuses empty and oversized cards and changes nothing', async () => {
    const r = await newRetro();
    expect(await refused('addRetroCard', { teamId, retroId: r.id, columnId: 'alerts', text: '   ' })).toMatch(
      /Card text cannot be empty/,
    );
    expect(await refused('addRetroCard', { teamId, retroId: r.id, columnId: 'alerts', text: 'x'.repeat(501) })).toMatch(
      /too long: use at most 500/,
    );
    expect(await refused('addRetroCard', { teamId, retroId: r.id, columnId: 'nope', text: 'hi' })).toMatch(/column/);
    expect(stored(r.id).cards).toEqual([]);
  });

  it('enforces the vote budget and the per-card cap, changing nothing on refusal', async () => {
    await backend.api.updateTeamSettings({ teamId, settings: { retroVotesPerPerson: 4, retroMaxVotesPerCard: 3 } });
    let r = await newRetro();
    r = await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'A' });
    r = await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'B' });
    const [a, b] = r.cards;
    await backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: ana, targetId: a!.id, delta: 3 });
    const before = stored(r.id).votes;
    expect(await refused('castRetroVotes', { teamId, retroId: r.id, voterId: ana, targetId: a!.id, delta: 1 })).toBe(
      'At most 3 votes per person on one card or group.',
    );
    expect(await refused('castRetroVotes', { teamId, retroId: r.id, voterId: ana, targetId: b!.id, delta: 2 })).toBe(
      'Only 4 votes per person: Ana has 1 left.',
    );
    expect(stored(r.id).votes).toEqual(before);
    await backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: bo, targetId: b!.id, delta: 3 });
    await backend.api.closeRetroVoting({ teamId, retroId: r.id, closed: true });
    expect(await refused('castRetroVotes', { teamId, retroId: r.id, voterId: bo, targetId: a!.id, delta: 1 })).toMatch(
      /Voting has ended/,
    );
  });

  it('grouping dotted cards keeps each person to the per-card cap, and dots can be taken back', async () => {
    await backend.api.updateTeamSettings({ teamId, settings: { retroVotesPerPerson: 5, retroMaxVotesPerCard: 3 } });
    let r = await newRetro();
    r = await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'A' });
    r = await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'B' });
    const [a, b] = r.cards.map((x) => x.id);
    await backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: ana, targetId: a!, delta: 3 });
    await backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: ana, targetId: b!, delta: 2 });
    r = await backend.api.groupRetroCard({ teamId, retroId: r.id, cardId: b!, ontoId: a! });
    const group = r.groups[0]!.id;
    // 3 + 2 would be 5 on one topic: the cap keeps 3, and the 2 others are Ana's to place again.
    expect(r.votes).toEqual([{ voterId: ana, targetId: group, count: 3 }]);
    r = await backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: ana, targetId: group, delta: -1 });
    expect(r.votes).toEqual([{ voterId: ana, targetId: group, count: 2 }]);
  });

  it('groups, titles, merges and ungroups through the api', async () => {
    let r = await newRetro();
    for (const text of ['A', 'B', 'C', 'D'])
      r = await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text });
    const [a, b, c, d] = r.cards.map((x) => x.id);
    r = await backend.api.groupRetroCard({ teamId, retroId: r.id, cardId: a!, ontoId: b! });
    r = await backend.api.groupRetroCard({ teamId, retroId: r.id, cardId: c!, ontoId: d! });
    expect(r.groups).toHaveLength(2);
    const [g1, g2] = r.groups.map((g) => g.id);
    r = await backend.api.titleRetroGroup({ teamId, retroId: r.id, groupId: g1!, title: 'Alert noise' });
    r = await backend.api.mergeRetroGroups({ teamId, retroId: r.id, groupId: g2!, intoId: g1! });
    expect(r.groups).toEqual([{ id: g1, title: 'Alert noise' }]);
    expect(r.cards.every((x) => x.groupId === g1)).toBe(true);
    r = await backend.api.ungroupRetroCard({ teamId, retroId: r.id, cardId: a! });
    expect(r.cards.find((x) => x.id === a)?.groupId).toBeNull();
  });

  it('carries an earlier action over, and marks it done in a later retro', async () => {
    const first = await newRetro();
    const withAction = await backend.api.addRetroAction({
      teamId,
      retroId: first.id,
      action: {
        text: 'Tune alerts',
        ownerId: ana,
        dueDate: '2026-12-01',
        type: 'prevent',
        ticketKey: 'OPS-1',
        sourceId: null,
      },
    });
    const actionId = withAction.actions[0]!.id;
    const second = await newRetro();
    const reviewed = await backend.api.reviewRetroAction({
      teamId,
      retroId: second.id,
      fromRetroId: first.id,
      actionId,
      outcome: 'carried',
    });
    expect(reviewed.actions[0]).toMatchObject({
      status: 'open',
      reviews: [{ retroId: second.id, outcome: 'carried' }],
    });
    expect(
      await refused('reviewRetroAction', {
        teamId,
        retroId: first.id,
        fromRetroId: second.id,
        actionId,
        outcome: 'done',
      }),
    ).toMatch(/earlier retros/);
  });

  it('refuses an action owned by someone outside the team', async () => {
    const r = await newRetro();
    const message = await refused('addRetroAction', {
      teamId,
      retroId: r.id,
      action: { text: 'x', ownerId: 'ghost', dueDate: null, type: 'process', ticketKey: '', sourceId: null },
    });
    expect(message).toMatch(/owner is not a member/);
  });

  it('re-imports a JSON export, and refuses a malformed one without changing anything', async () => {
    let r = await newRetro();
    await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'Keep me' });
    r = await backend.api.revealRetroCards({ teamId, retroId: r.id, revealed: true });
    const json = retroToJson(r, null, new Date().toISOString(), String);
    expect(await refused('importRetro', { teamId, json })).toMatch(/already in this team/);
    const before = backend.store.snapshot();
    expect(await refused('importRetro', { teamId, json: '{"format":"cadence-retro"' })).toMatch(/not valid JSON/);
    expect(await refused('importRetro', { teamId, json: json.replace('"alerts"', '"nowhere"') })).toMatch(
      /cannot be imported/,
    );
    expect(backend.store.snapshot()).toBe(before);
    await backend.api.deleteRetro({ teamId, retroId: r.id });
    const { retro } = await backend.api.importRetro({ teamId, json });
    expect(retro.cards.map((c) => c.text)).toEqual(['Keep me']);
  });

  it('runs a postmortem: incident required, timeline kept in time order, links checked', async () => {
    expect(
      await refused('createRetro', {
        teamId,
        kind: 'postmortem',
        title: 'PM',
        sprintId: null,
        templateId: 'postmortem',
        incident: null,
      }),
    ).toMatch(/needs the incident/);
    const pm = await backend.api.createRetro({
      teamId,
      kind: 'postmortem',
      title: 'PM: DNS',
      sprintId: null,
      templateId: 'postmortem',
      incident: {
        severity: 'sev1',
        startedAt: '2026-11-18T02:10:00.000Z',
        endedAt: '2026-11-18T03:40:00.000Z',
        services: ['dns'],
        commanderId: ana,
        scribeId: bo,
        impact: 'All lookups failed.',
      },
    });
    expect(pm.phase).toBe('incident');
    expect(pm.columns.map((c) => c.title)).toEqual([
      'What went well',
      'What went wrong',
      'Where we got lucky',
      'Contributing factors',
    ]);
    await backend.api.addTimelineEntry({
      teamId,
      retroId: pm.id,
      at: '2026-11-18T02:30:00.000Z',
      event: 'Rolled back',
      link: '',
    });
    const r = await backend.api.addTimelineEntry({
      teamId,
      retroId: pm.id,
      at: '2026-11-18T02:12:00.000Z',
      event: 'Paged',
      link: 'https://x.example',
    });
    expect(r.timeline.map((t) => t.event)).toEqual(['Paged', 'Rolled back']);
    expect(
      await refused('addTimelineEntry', {
        teamId,
        retroId: pm.id,
        at: '2026-11-18T02:12:00.000Z',
        event: 'x',
        link: 'javascript:alert(1)',
      }),
    ).toMatch(/http/);
    expect(await refused('setRetroPhase', { teamId, retroId: pm.id, phase: 'checkin' })).toMatch(/not a phase/);
  });

  it('saves team templates of 1–6 columns and refuses 7', async () => {
    const cols = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: `Col ${i}`, prompt: '' }));
    const t = await backend.api.saveRetroTemplate({ teamId, name: 'Hot air balloon', columns: cols(2) });
    const r = await backend.api.createRetro({
      teamId,
      kind: 'retro',
      title: 'x',
      sprintId: null,
      templateId: t.id,
      incident: null,
    });
    expect(r.templateName).toBe('Hot air balloon');
    expect(await refused('saveRetroTemplate', { teamId, name: 'Too wide', columns: cols(7) })).toMatch(
      /at most 6 columns/,
    );
    expect(await refused('saveRetroTemplate', { teamId, name: 'Empty', columns: [] })).toMatch(/at least 1 column/);
  });

  it('keeps one health check per retro, tied to its sprint', async () => {
    const r = await newRetro();
    const scores = { onCallLoad: 2, alertNoise: 1, toil: 3, deployConfidence: 4 };
    await backend.api.recordHealthCheck({ teamId, retroId: r.id, scores });
    await backend.api.recordHealthCheck({ teamId, retroId: r.id, scores: { ...scores, toil: 4 } });
    const checks = backend.store.snapshot().teams[0]!.healthChecks;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ sprintId, scores: { toil: 4 } });
    expect(await refused('recordHealthCheck', { teamId, retroId: r.id, scores: { ...scores, toil: 6 } })).toMatch(
      /1 to 5/,
    );
  });
});

describe('phases', () => {
  it('moving past the vote ends it; going back to an earlier phase does not reopen it', async () => {
    const r = await newRetro();
    await backend.api.setRetroPhase({ teamId, retroId: r.id, phase: 'vote' });
    expect(stored(r.id).votingClosed).toBe(false);
    await backend.api.setRetroPhase({ teamId, retroId: r.id, phase: 'discuss' });
    expect(stored(r.id).votingClosed).toBe(true);
    await backend.api.setRetroPhase({ teamId, retroId: r.id, phase: 'write' });
    expect(stored(r.id)).toMatchObject({ phase: 'write', votingClosed: true });
  });
});

describe('vote deltas', () => {
  it('two quick adds count twice and taking back below zero is refused', async () => {
    let r = await newRetro();
    r = await backend.api.addRetroCard({ teamId, retroId: r.id, columnId: 'alerts', text: 'A' });
    const targetId = r.cards[0]!.id;
    await Promise.all([
      backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: ana, targetId, delta: 1 }),
      backend.api.castRetroVotes({ teamId, retroId: r.id, voterId: ana, targetId, delta: 1 }),
    ]);
    expect(stored(r.id).votes).toEqual([{ voterId: ana, targetId, count: 2 }]);
    expect(await refused('castRetroVotes', { teamId, retroId: r.id, voterId: bo, targetId, delta: -1 })).toMatch(
      /no vote on it/,
    );
    expect(await refused('castRetroVotes', { teamId, retroId: r.id, voterId: 'ghost', targetId, delta: 1 })).toMatch(
      /not in this team/,
    );
  });
});
