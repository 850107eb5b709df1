import { beforeEach, describe, expect, it } from 'vitest';
import { sprintCapacity } from '../../../src/domain/planning/capacity';
import type { TeamDoc } from '../../../src/domain/workspace';
import { errorOf, inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

const NOW = new Date('2026-11-01T10:00:00.000Z');
const item = (title: string, points: number | null) => ({
  title,
  type: 'task' as const,
  description: 'Why it matters',
  points,
  labels: [],
  acceptanceCriteria: [],
  links: [],
  needsChangeWindow: false,
  status: 'todo' as const,
  readyChecks: [],
});
const fields = (name: string, startDate: string, endDate: string) => ({ name, goal: 'Ship it', startDate, endDate });

describe('planning services through the api', () => {
  let b: InProcessApi;
  let team: TeamDoc;
  let ana: string;
  let bo: string;

  beforeEach(async () => {
    b = await inProcessApi({ now: () => NOW });
    team = await b.api.createTeam({ name: 'Platform' });
    // A 6 h standard day: Ana full time, Bo half time.
    ana = (
      await b.api.addMember({
        teamId: team.id,
        member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
      })
    ).id;
    bo = (
      await b.api.addMember({ teamId: team.id, member: { name: 'Bo', role: 'DBA', hoursPerDay: 3, takesOnCall: true } })
    ).id;
  });

  const createSprint = async (name = 'Sprint 1', start = '2026-11-02', end = '2026-11-13') =>
    (await b.api.createSprint({ teamId: team.id, sprint: fields(name, start, end) })).sprints[0]!;
  const snapshotTeam = () => b.store.snapshot().teams.find((t) => t.id === team.id)!;

  it('creates a sprint and refuses bad ranges and overlaps', async () => {
    const s = await createSprint();
    expect(s).toMatchObject({ name: 'Sprint 1', state: 'planned', startDate: '2026-11-02', endDate: '2026-11-13' });
    expect(
      await errorOf(b.api.createSprint({ teamId: team.id, sprint: fields('Back', '2026-11-20', '2026-11-16') })),
    ).toMatch(/end on or after its start/);
    expect(
      await errorOf(b.api.createSprint({ teamId: team.id, sprint: fields('Clash', '2026-11-10', '2026-11-20') })),
    ).toMatch(/overlap “Sprint 1”/);
    expect(
      await errorOf(b.api.createSprint({ teamId: team.id, sprint: fields('Weekend', '2026-11-14', '2026-11-15') })),
    ).toMatch(/none of the team's working days/);
    expect(snapshotTeam().sprints).toHaveLength(1);
  });

  it('refuses a date whose year is out of range (a two-digit year typed as 0026), saying to check the year', async () => {
    const refusal = async (method: string, input: unknown) => {
      const answer = await b.call(method, input);
      return answer.ok ? 'accepted' : answer.error.message;
    };
    expect(
      await refusal('createSprint', { teamId: team.id, sprint: fields('Typo', '0026-12-01', '0026-12-11') }),
    ).toMatch(/Check the year/);
    expect(
      await refusal('createSprint', { teamId: team.id, sprint: fields('Far', '2026-12-01', '3026-12-11') }),
    ).toMatch(/Check the year/);
    expect(snapshotTeam().sprints).toEqual([]);
    const s = await createSprint();
    const ref = { teamId: team.id, sprintId: s.id };
    expect(await refusal('updateSprint', { ...ref, sprint: fields('Sprint 1', '0026-11-02', '2026-11-13') })).toMatch(
      /Check the year/,
    );
    const range = { memberId: ana, startDate: '0026-11-02', endDate: '2026-11-03' };
    expect(await refusal('addTimeOff', { ...ref, range })).toMatch(/Check the year/);
    expect(await refusal('addOnCall', { ...ref, range })).toMatch(/Check the year/);
    expect(await refusal('importCalendarEntries', { ...ref, kind: 'timeOff', entries: [range] })).toMatch(
      /Check the year/,
    );
    expect(await refusal('addHoliday', { ...ref, holiday: { date: '0026-11-11', name: 'Typo day' } })).toMatch(
      /Check the year/,
    );
    const window = { name: 'W', kind: 'window', start: '0026-11-05T22:00:00.000Z', end: '2026-11-06T02:00:00.000Z' };
    expect(await refusal('addChangeWindow', { ...ref, window })).toMatch(/Check the year/);
    const t = snapshotTeam();
    expect(t.sprints[0]).toMatchObject({ startDate: '2026-11-02', timeOff: [], onCall: [] });
    expect(t.calendar).toEqual({ holidays: [], changeWindows: [] });
  });

  it('keeps the calendar inside the sprint and counts it in capacity', async () => {
    const s = await createSprint();
    const outside = await b.call('addOnCall', {
      teamId: team.id,
      sprintId: s.id,
      range: { memberId: ana, startDate: '2026-11-10', endDate: '2026-11-20' },
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(outside.ok ? '' : outside.error.message).toMatch(/on-call shift must fall inside the sprint/);
    await b.api.addOnCall({
      teamId: team.id,
      sprintId: s.id,
      range: { memberId: ana, startDate: '2026-11-02', endDate: '2026-11-06' },
    });
    await b.api.addTimeOff({
      teamId: team.id,
      sprintId: s.id,
      range: { memberId: ana, startDate: '2026-11-05', endDate: '2026-11-09' },
    });
    await b.api.addHoliday({ teamId: team.id, sprintId: s.id, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    const bad = await b.call('addChangeWindow', {
      teamId: team.id,
      sprintId: s.id,
      window: { name: 'Backwards', kind: 'window', start: '2026-11-05T22:00:00.000Z', end: '2026-11-05T21:00:00.000Z' },
    });
    expect(bad.ok ? '' : bad.error.message).toMatch(/end after it starts/);
    const up = await b.api.addChangeWindow({
      teamId: team.id,
      sprintId: s.id,
      window: {
        name: 'Thu prod window',
        kind: 'window',
        start: '2026-11-05T22:00:00.000Z',
        end: '2026-11-06T02:00:00.000Z',
      },
    });
    // Holidays and windows go into the team calendar; the answer carries it.
    expect(up.calendar?.changeWindows.map((w) => w.name)).toEqual(['Thu prod window']);
    expect(up.calendar?.holidays.map((h) => h.name)).toEqual(['Armistice Day']);
    const t = snapshotTeam();
    const saved = t.sprints.find((x) => x.id === s.id)!;
    // Thu, Fri, Mon off (weekend days are not stored); 1 holiday.
    expect(saved.timeOff.map((x) => x.date)).toEqual(['2026-11-05', '2026-11-06', '2026-11-09']);
    expect(saved).not.toHaveProperty('changeWindows');
    const c = sprintCapacity(saved, t.members, t.settings, t.sprints, t.calendar);
    // Ana: 10 − 3 off − 1 holiday = 6; on call Mon–Wed (Thu, Fri are off) → 6 − 3 × 0.5 = 4.5. Bo: 9 × 0.5 = 4.5.
    expect(c.members.map((m) => m.effective)).toEqual([4.5, 9]);
    expect(c.personDays).toBe(9);
    const removed = await b.api.removeCalendarEntry({
      teamId: team.id,
      sprintId: s.id,
      kind: 'holidays',
      entryId: t.calendar.holidays[0]!.id,
    });
    expect(removed.calendar?.holidays).toEqual([]);
    expect(snapshotTeam().calendar.holidays).toEqual([]);
  });

  it('moving a planned sprint keeps time off and shifts on their dates, says which are left outside, and does not count them', async () => {
    const s = await createSprint('Sprint 12');
    const ref = { teamId: team.id, sprintId: s.id };
    await b.api.addTimeOff({ ...ref, range: { memberId: ana, startDate: '2026-11-02', endDate: '2026-11-06' } });
    await b.api.addOnCall({ ...ref, range: { memberId: bo, startDate: '2026-11-02', endDate: '2026-11-08' } });
    const before = snapshotTeam();

    const moved = await b.api.updateSprint({ ...ref, sprint: fields('Sprint 12', '2026-11-16', '2026-11-27') });
    expect(moved.leftOutside).toBe(
      'The new dates leave 5 days off (Ana) and 1 on-call shift (Bo) outside Sprint 12. They keep their dates and are not counted; the Calendar tab lists them, to remove if they no longer apply.',
    );
    const t = snapshotTeam();
    const saved = t.sprints[0]!;
    expect(saved.timeOff).toEqual(before.sprints[0]!.timeOff);
    expect(saved.onCall).toEqual(before.sprints[0]!.onCall);
    const c = sprintCapacity(saved, t.members, t.settings, t.sprints, t.calendar);
    expect(c.members.map((m) => [m.daysOff, m.onCallDays])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    // Renaming leaves the dates alone: nothing to say. Moving back counts them again.
    expect(
      (await b.api.updateSprint({ ...ref, sprint: fields('Sprint 12b', '2026-11-16', '2026-11-27') })).leftOutside,
    ).toBeNull();
    expect(
      (await b.api.updateSprint({ ...ref, sprint: fields('Sprint 12', '2026-11-02', '2026-11-13') })).leftOutside,
    ).toBeNull();
    const back = snapshotTeam();
    expect(
      sprintCapacity(back.sprints[0]!, back.members, back.settings, back.sprints, back.calendar).members.map(
        (m) => m.daysOff,
      ),
    ).toEqual([5, 0]);
  });

  it('imports several shifts or days off at once, all or none, naming the entry at fault', async () => {
    const s = await createSprint();
    const range = (memberId: string, startDate: string, endDate: string) => ({ memberId, startDate, endDate });
    await b.api.addOnCall({ teamId: team.id, sprintId: s.id, range: range(bo, '2026-11-09', '2026-11-13') });

    // The third shift overlaps the second (same person): nothing is added, and the message says which.
    const refused = await errorOf(
      b.api.importCalendarEntries({
        teamId: team.id,
        sprintId: s.id,
        kind: 'onCall',
        entries: [
          range(ana, '2026-11-02', '2026-11-06'),
          range(ana, '2026-11-09', '2026-11-11'),
          range(ana, '2026-11-11', '2026-11-13'),
        ],
      }),
    );
    expect(refused).toBe(
      "Entry 3 (Ana, Wed 11 Nov – Fri 13 Nov): Ana is already on call Mon 9 Nov – Wed 11 Nov, and one person's shifts cannot overlap: to change a shift, remove it and add the new dates. Nothing was added.",
    );
    expect(snapshotTeam().sprints[0]!.onCall).toHaveLength(1);

    const added = await b.api.importCalendarEntries({
      teamId: team.id,
      sprintId: s.id,
      kind: 'onCall',
      entries: [range(ana, '2026-11-02', '2026-11-06'), range(ana, '2026-11-09', '2026-11-13')],
    });
    expect(added.sprints[0]!.onCall.map((o) => [o.memberId, o.startDate, o.endDate])).toEqual([
      [bo, '2026-11-09', '2026-11-13'],
      [ana, '2026-11-02', '2026-11-06'],
      [ana, '2026-11-09', '2026-11-13'],
    ]);

    // Time off: one entry per working day, days already off (or on a weekend) are not counted twice.
    const off = await b.api.importCalendarEntries({
      teamId: team.id,
      sprintId: s.id,
      kind: 'timeOff',
      entries: [range(bo, '2026-11-05', '2026-11-09'), range(bo, '2026-11-09', '2026-11-10')],
    });
    expect(off.sprints[0]!.timeOff.map((t) => t.date)).toEqual([
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
      '2026-11-10',
    ]);
    const outside = await b.call('importCalendarEntries', {
      teamId: team.id,
      sprintId: s.id,
      kind: 'timeOff',
      entries: [range(bo, '2026-11-12', '2026-11-20')],
    });
    expect(outside.ok ? '' : outside.error.message).toMatch(/^Entry 1 \(Bo, .*Time off must fall inside the sprint/);
    const empty = await b.call('importCalendarEntries', {
      teamId: team.id,
      sprintId: s.id,
      kind: 'onCall',
      entries: [],
    });
    expect(empty.ok ? '' : empty.error.message).toMatch(/Pick at least one entry/);
  });

  it('plans, starts with a frozen commitment, logs scope changes, and closes feeding velocity', async () => {
    await b.api.updateTeamSettings({ teamId: team.id, settings: { velocityWindow: 1 } });
    const s = await createSprint();
    const next = await createSprint('Sprint 2', '2026-11-16', '2026-11-27');
    const a = await b.api.createItem({ teamId: team.id, item: item('Rotate certs', 5) });
    const c = await b.api.createItem({ teamId: team.id, item: item('Patch kernels', 3) });
    const late = await b.api.createItem({ teamId: team.id, item: item('Urgent DNS fix', 2) });
    await b.api.planItem({ teamId: team.id, sprintId: s.id, itemId: a.id });
    await b.api.planItem({ teamId: team.id, sprintId: s.id, itemId: c.id });
    expect(await errorOf(b.api.startSprint({ teamId: team.id, sprintId: next.id }))).toMatch(/at least one item/);

    const started = (await b.api.startSprint({ teamId: team.id, sprintId: s.id })).sprints[0]!;
    // 10 + 5 person-days at the starting 1.0 → 15 forecast, 20% = 3 buffer, 12 plannable.
    expect(started.state).toBe('active');
    expect(started.commitment).toMatchObject({
      committedPoints: 8,
      personDays: 15,
      pointsPerPersonDay: 1,
      forecastPoints: 15,
      bufferPoints: 3,
      plannablePoints: 12,
    });
    expect(started.commitment?.items.map((i) => i.title)).toEqual(['Rotate certs', 'Patch kernels']);

    await b.api.planItem({ teamId: team.id, sprintId: next.id, itemId: late.id });
    expect(await errorOf(b.api.startSprint({ teamId: team.id, sprintId: next.id }))).toMatch(
      /“Sprint 1” is still active/,
    );
    await b.api.unplanItem({ teamId: team.id, itemId: late.id });

    expect(await errorOf(b.api.planItem({ teamId: team.id, sprintId: s.id, itemId: late.id }))).toMatch(/scope change/);
    const added = await b.api.planItem({
      teamId: team.id,
      sprintId: s.id,
      itemId: late.id,
      reason: 'Outage follow-up',
      planned: false,
    });
    expect(added.items[0]).toMatchObject({ sprintId: s.id, unplanned: true });
    expect(added.sprints[0]!.scopeChanges[0]).toMatchObject({
      kind: 'added',
      planned: false,
      reason: 'Outage follow-up',
      pointsAfter: 2,
    });
    expect(added.sprints[0]!.commitment?.committedPoints).toBe(8);

    await b.api.updateItem({ teamId: team.id, itemId: a.id, changes: { status: 'done' } });
    await b.api.updateItem({ teamId: team.id, itemId: late.id, changes: { status: 'done' } });
    expect(await errorOf(b.api.closeSprint({ teamId: team.id, sprintId: next.id, incompleteTo: 'backlog' }))).toMatch(
      /Only an active sprint/,
    );
    const closed = await b.api.closeSprint({ teamId: team.id, sprintId: s.id, incompleteTo: 'next_sprint' });
    const result = closed.sprints.find((x) => x.id === s.id)!.result!;
    expect(result).toMatchObject({
      committedPoints: 8,
      completedPlannedPoints: 5,
      completedUnplannedPoints: 2,
      incompleteItemIds: [c.id],
      incompleteTo: 'next_sprint',
      bufferReservedPoints: 3,
      bufferUsedPoints: 2,
      personDays: 15,
    });
    expect(closed.items.find((i) => i.id === c.id)?.sprintId).toBe(next.id);

    // Velocity is fed: with a window of 1, (5 planned + 2 unplanned) ÷ 15 person-days = 0.47.
    const t = snapshotTeam();
    const nextCap = sprintCapacity(
      t.sprints.find((x) => x.id === next.id)!,
      t.members,
      t.settings,
      t.sprints,
      t.calendar,
    );
    expect(nextCap.velocity.source).toBe('history');
    expect(nextCap.pointsPerPersonDay).toBe(0.47);
    expect(nextCap.suggestedBufferPercent).toBe(29);
  });

  it('closes with leftovers back to the backlog, and refuses next sprint when none exists', async () => {
    const s = await createSprint();
    const a = await b.api.createItem({ teamId: team.id, item: item('Upgrade Postgres', 8) });
    await b.api.planItem({ teamId: team.id, sprintId: s.id, itemId: a.id });
    await b.api.startSprint({ teamId: team.id, sprintId: s.id });
    expect(await errorOf(b.api.closeSprint({ teamId: team.id, sprintId: s.id, incompleteTo: 'next_sprint' }))).toMatch(
      /no planned sprint after this one/,
    );
    const closed = await b.api.closeSprint({ teamId: team.id, sprintId: s.id, incompleteTo: 'backlog' });
    expect(closed.items[0]).toMatchObject({ id: a.id, sprintId: null });
    expect(
      await errorOf(b.api.addHoliday({ teamId: team.id, sprintId: s.id, holiday: { date: '2026-11-03', name: 'x' } })),
    ).toMatch(/closed/);
  });

  it('deleting a planned sprint deletes its review and unlinks its retros and health checks', async () => {
    const s = await createSprint('Sprint 13');
    const other = await createSprint('Sprint 14', '2026-11-16', '2026-11-27');
    const review = await b.api.createReview({ teamId: team.id, sprintId: s.id });
    await b.api.addDemoSlot({
      teamId: team.id,
      reviewId: review.id,
      title: 'Cache',
      presenterId: null,
      timeboxMinutes: 5,
    });
    const otherReview = await b.api.createReview({ teamId: team.id, sprintId: other.id });
    const retro = await b.api.createRetro({
      teamId: team.id,
      kind: 'retro',
      title: 'Retro 13',
      sprintId: s.id,
      templateId: 'start-stop-continue',
    });
    const scores = { onCallLoad: 3, alertNoise: 2, toil: 4, deployConfidence: 5 };
    await b.api.recordHealthCheck({ teamId: team.id, retroId: retro.id, scores });

    await b.api.deleteSprint({ teamId: team.id, sprintId: s.id });
    const t = snapshotTeam();
    expect(t.sprints.map((x) => x.name)).toEqual(['Sprint 14']);
    expect(t.reviews.map((r) => r.id)).toEqual([otherReview.id]);
    expect(t.retros.find((r) => r.id === retro.id)?.sprintId).toBeNull();
    expect(t.healthChecks.map((h) => h.sprintId)).toEqual([null]);
    // A new sprint on the same dates starts with no review of its own.
    const again = await createSprint('Sprint 13');
    expect(t.reviews.some((r) => r.sprintId === again.id)).toBe(false);
  });

  it('refuses a buffer outside 0–90%', async () => {
    const r = await b.call('updateTeamSettings', { teamId: team.id, settings: { bufferPercent: 95 } });
    expect(r.ok ? '' : r.error.message).toMatch(/between 0% and 90%/);
  });

  it('runs planning poker: hidden votes, reveal, re-vote, accept, with history', async () => {
    const a = await b.api.createItem({ teamId: team.id, item: item('Migrate ingress', null) });
    const round = (await b.api.startEstimation({ teamId: team.id, itemId: a.id })).rounds[0]!;
    expect(round).toMatchObject({ number: 1, state: 'voting' });
    expect((await b.api.startEstimation({ teamId: team.id, itemId: a.id })).rounds[0]!.id).toBe(round.id);
    expect(await errorOf(b.api.revealVotes({ teamId: team.id, roundId: round.id }))).toMatch(/Nobody has voted/);
    expect(await errorOf(b.api.castVote({ teamId: team.id, roundId: round.id, memberId: ana, card: '4' }))).toMatch(
      /not a card/,
    );
    await b.api.castVote({ teamId: team.id, roundId: round.id, memberId: ana, card: '3' });
    await b.api.castVote({ teamId: team.id, roundId: round.id, memberId: bo, card: '13' });
    await b.api.revealVotes({ teamId: team.id, roundId: round.id });
    expect(await errorOf(b.api.castVote({ teamId: team.id, roundId: round.id, memberId: ana, card: '5' }))).toMatch(
      /revealed/,
    );
    const again = await b.api.revote({ teamId: team.id, roundId: round.id });
    const second = again.rounds.find((r) => r.id !== round.id)!;
    expect(again.rounds.find((r) => r.id === round.id)?.state).toBe('superseded');
    expect(second).toMatchObject({ number: 2, state: 'voting', votes: [] });
    await b.api.castVote({ teamId: team.id, roundId: second.id, memberId: ana, card: '5' });
    await b.api.castVote({ teamId: team.id, roundId: second.id, memberId: bo, card: 'coffee' });
    await b.api.revealVotes({ teamId: team.id, roundId: second.id });
    expect(await errorOf(b.api.acceptEstimate({ teamId: team.id, roundId: second.id, points: 4 }))).toMatch(
      /not on this team's point scale/,
    );
    const accepted = await b.api.acceptEstimate({ teamId: team.id, roundId: second.id, points: 5 });
    expect(accepted.items[0]?.points).toBe(5);
    const history = snapshotTeam().estimationRounds.filter((r) => r.itemId === a.id);
    expect(history.map((r) => [r.number, r.state, r.acceptedPoints])).toEqual([
      [1, 'superseded', null],
      [2, 'accepted', 5],
    ]);
    expect(history[1]!.votes).toEqual([
      { memberId: ana, card: '5', value: 5 },
      { memberId: bo, card: 'coffee', value: null },
    ]);
  });

  it('logs a re-estimate of an item in the active sprint as a scope change', async () => {
    const s = await createSprint();
    const a = await b.api.createItem({ teamId: team.id, item: item('Rotate certs', 3) });
    await b.api.planItem({ teamId: team.id, sprintId: s.id, itemId: a.id });
    await b.api.startSprint({ teamId: team.id, sprintId: s.id });
    const r = (await b.api.startEstimation({ teamId: team.id, itemId: a.id })).rounds[0]!;
    await b.api.castVote({ teamId: team.id, roundId: r.id, memberId: ana, card: '8' });
    await b.api.revealVotes({ teamId: team.id, roundId: r.id });
    const out = await b.api.acceptEstimate({ teamId: team.id, roundId: r.id, points: 8, reason: 'Found more hosts' });
    expect(out.sprints[0]!.scopeChanges).toEqual([
      expect.objectContaining({
        kind: 'reestimated',
        pointsBefore: 3,
        pointsAfter: 8,
        reason: 'Found more hosts',
        planned: true,
      }),
    ]);
    expect(out.sprints[0]!.commitment?.items[0]?.points).toBe(3);

    // Re-estimating in the backlog editor is logged too; an unchanged estimate is not.
    await b.api.updateItem({ teamId: team.id, itemId: a.id, changes: { points: 13 } });
    await b.api.updateItem({ teamId: team.id, itemId: a.id, changes: { points: 13, title: 'Rotate all certs' } });
    const changes = snapshotTeam().sprints[0]!.scopeChanges;
    expect(changes.map((c) => [c.kind, c.pointsBefore, c.pointsAfter, c.reason])).toEqual([
      ['reestimated', 3, 8, 'Found more hosts'],
      ['reestimated', 8, 13, 'Re-estimated in the backlog'],
    ]);
  });
});
