import { afterEach, describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../../src/domain/standup/summary';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const T0 = Date.parse('2026-11-04T09:00:00.000Z');

/** A running standup of Ada, Bo and Cy (in the team's order), with those in `absent` marked absent at the start. */
async function running(absent: string[] = []) {
  const people = [member('Ada'), member('Bo'), member('Cy')];
  const t = team('Platform', { members: people });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = T0;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  const { api } = backend;
  const teamId = t.id;
  const idOf = (name: string) => people.find((p) => p.name === name)!.id;
  const standupId = (await api.startStandup({ teamId, absentIds: absent.map(idOf) })).id;
  return {
    api,
    idOf,
    teamId,
    standupId,
    advance: (ms: number) => {
      now += ms;
    },
    control: (kind: 'skip' | 'next' | 'end') => api.controlStandup({ teamId, standupId, action: { kind } }),
    arrived: (name: string) =>
      api.controlStandup({ teamId, standupId, action: { kind: 'arrived', memberId: idOf(name) } }),
  };
}

const queue = (s: { timer: { turns: { name: string; status: string }[] } }) =>
  s.timer.turns.map((t) => `${t.name} ${t.status}`);

describe('a late arrival put back in the queue', () => {
  it('keeps the place of someone marked absent whose turn has not come yet, and they speak in it', async () => {
    const { arrived, control } = await running(['Bo']);
    const back = await arrived('Bo');
    expect(queue(back)).toEqual(['Ada speaking', 'Bo waiting', 'Cy waiting']);
    expect(queue(await control('next'))).toEqual(['Ada done', 'Bo speaking', 'Cy waiting']);
    await control('next');
    const ended = await control('next');
    expect(ended.summary?.speakers.map((s) => `${s.name} ${s.status}`)).toEqual(['Ada done', 'Bo done', 'Cy done']);
    expect(summaryMarkdown(ended.summary!)).not.toContain('absent');
  });

  it('puts someone skipped as absent at the end of the queue, with a full turn', async () => {
    const { advance, arrived, control } = await running();
    advance(20_000); // the room looks for Ada, then skips her
    await control('skip');
    advance(30_000);
    const back = await arrived('Ada');
    expect(queue(back)).toEqual(['Bo speaking', 'Cy waiting', 'Ada waiting']);
    await control('next');
    const adaUp = await control('next');
    expect(queue(adaUp)).toEqual(['Bo done', 'Cy done', 'Ada speaking']);
    // The seconds spent looking for her were not her turn: she starts with all of it.
    expect(adaUp.timer.turns[2]).toMatchObject({ spentMs: 0 });
    advance(45_000);
    const ended = await control('next');
    expect(ended.summary?.speakers.find((s) => s.name === 'Ada')).toMatchObject({ status: 'done', spokeMs: 45_000 });
  });

  it('does nothing for someone already waiting, and refuses someone who has spoken or is not in this standup', async () => {
    const { api, teamId, standupId, arrived, control } = await running();
    expect(queue(await arrived('Cy'))).toEqual(['Ada speaking', 'Bo waiting', 'Cy waiting']);
    await control('next');
    await expect(arrived('Ada')).rejects.toThrow('Ada has already spoken in this standup.');
    await expect(
      api.controlStandup({ teamId, standupId, action: { kind: 'arrived', memberId: 'nobody-here' } }),
    ).rejects.toThrow('That person has no turn in this standup.');
  });

  it('refuses someone removed from the team since they were marked absent, leaving the queue as it was', async () => {
    const { api, idOf, teamId, arrived } = await running(['Bo']);
    await api.removeMember({ teamId, memberId: idOf('Bo') });
    await expect(arrived('Bo')).rejects.toThrow(
      'Bo is no longer on the team, so they cannot be put back in the queue.',
    );
    const team = await api.getTeam({ teamId });
    expect(queue(team.standups[0]!)).toEqual(['Ada speaking', 'Bo skipped', 'Cy waiting']);
  });
});
