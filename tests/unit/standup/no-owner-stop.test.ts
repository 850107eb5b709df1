import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';
import { item, member, sprint, team, writeWorkspace } from '../../helpers/fixtures';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const T0 = Date.parse('2026-11-24T09:00:00.000Z');

/** Ada and Bo (in that order) and an active sprint with a card of Ada's and the cards given. */
async function standupWith(cards: { title: string; status?: 'todo' | 'done' }[]) {
  const ada = member('Ada');
  const bo = member('Bo');
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-23', endDate: '2026-12-04', state: 'active' });
  const t = team('Platform', {
    members: [ada, bo],
    sprints: [s],
    items: [
      item('Patch the bastion hosts', { sprintId: s.id, ownerId: ada.id }),
      ...cards.map((c) =>
        item(c.title, {
          sprintId: s.id,
          status: c.status ?? 'todo',
          ownerId: null,
        }),
      ),
    ],
  });
  t.settings.timeZone = 'UTC';
  t.settings.standupOrder = 'fixed';
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = T0;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  const api = backend.api;
  const standup = await api.startStandup({ teamId: t.id, absentIds: [] });
  const control = (kind: 'next' | 'skip' | 'end' | 'pause') => {
    now += 30_000;
    return api.controlStandup({ teamId: t.id, standupId: standup.id, action: { kind } });
  };
  const advance = (ms: number) => {
    now += ms;
  };
  return { api, teamId: t.id, standupId: standup.id, control, advance };
}

describe('the walk’s last stop: sprint cards with no owner', () => {
  it('comes after the last speaker when the sprint has open cards without an owner, and Next from it ends', async () => {
    const { api, teamId, standupId, control } = await standupWith([{ title: 'Renew the wildcard certificate' }]);
    await control('next');
    const atStop = await control('next');
    // Everyone has spoken; the standup runs on, at the stop that walks the cards with no owner.
    expect(atStop.state).toBe('running');
    expect(atStop.timer.current).toBeNull();
    expect(atStop.timer.turns.map((t) => t.status)).toEqual(['done', 'done']);
    // A note there is the team's.
    const noted = await api.addStandupNote({ teamId, standupId, text: 'Cem takes the certificate' });
    expect(noted.notes.map((n) => n.memberId)).toEqual([null]);
    // Nobody is there to mark absent: S by reflex does not end the standup.
    expect(await errorOf(control('skip'))).toMatch(/nobody to mark absent/i);
    const ended = await control('next');
    expect(ended.state).toBe('ended');
    expect(ended.summary?.speakers.map((s) => [s.name, s.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'done'],
    ]);
    expect(ended.summary?.notes).toEqual([{ name: 'Team', text: 'Cem takes the certificate' }]);
  });

  it('is not made when every card has an owner, or the cards without one are done', async () => {
    const { control } = await standupWith([{ title: 'Old unowned chore', status: 'done' }]);
    await control('next');
    expect((await control('next')).state).toBe('ended');
  });
});

describe('a standup left running at the walk’s last stop', () => {
  it('ends the next morning as it was left: when the last speaker finished, not at its start', async () => {
    const { api, teamId, standupId, control, advance } = await standupWith([
      { title: 'Renew the wildcard certificate' },
    ]);
    await control('next');
    await control('next');
    // Ada and Bo spoke 30 s each; then the laptop was closed at the stop, and the standup ended the next morning.
    advance(24 * 60 * 60_000);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.summary?.durationMs).toBe(60_000);
    expect(ended.summary?.speakers.map((s) => s.spokeMs)).toEqual([30_000, 30_000]);
  });
});

describe('someone who arrives at the walk’s last stop', () => {
  it('speaks, and Next after their turn ends the standup: the cards with no owner were walked once already', async () => {
    const { api, teamId, standupId, control } = await standupWith([{ title: 'Renew the wildcard certificate' }]);
    await control('next');
    // Bo is not there when called: marked absent, the walk goes on to the cards with no owner.
    const atStop = await control('skip');
    expect(atStop.timer.current).toBeNull();
    expect(atStop.state).toBe('running');
    // Bo walks in while the team looks at those cards, and is given his turn.
    const bo = atStop.timer.turns[1]!.memberId;
    await api.controlStandup({ teamId, standupId, action: { kind: 'arrived', memberId: bo } });
    const boSpeaks = await control('next');
    expect(boSpeaks.timer.turns.find((t) => t.status === 'speaking')?.name).toBe('Bo');
    const ended = await control('next');
    expect(ended.state).toBe('ended');
    expect(ended.summary?.speakers.map((s) => [s.name, s.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'done'],
    ]);
  });
});
