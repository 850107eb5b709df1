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

/** A running standup of Ada then Bo, with Ada on the floor. */
async function running() {
  const t = team('Platform', { members: [member('Ada'), member('Bo')] });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = T0;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  const { api } = backend;
  const teamId = t.id;
  const standupId = (await api.startStandup({ teamId })).id;
  return {
    api,
    teamId,
    standupId,
    advance: (ms: number) => {
      now += ms;
    },
    control: (kind: 'skip' | 'next' | 'end' | 'add_time') =>
      api.controlStandup({
        teamId,
        standupId,
        action: kind === 'add_time' ? { kind, ms: 30_000 } : { kind },
      }),
  };
}

describe('Skip (absent) for someone who has spoken', () => {
  it('moves on without marking absent a speaker whose update was noted', async () => {
    const { api, teamId, standupId, advance, control } = await running();
    advance(40_000);
    await api.addStandupNote({ teamId, standupId, text: 'Cert rotation done in staging' });
    const skipped = await control('skip');
    expect(skipped.timer.turns.map((t) => [t.name, t.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'speaking'],
    ]);
    const ended = await control('end');
    expect(ended.summary?.speakers.map((s) => [s.name, s.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'done'],
    ]);
    expect(summaryMarkdown(ended.summary!)).toContain('| Ada | spoke | 40 s | — |');
  });

  it('moves on without marking absent a speaker who was given more time', async () => {
    const { advance, control } = await running();
    advance(80_000);
    await control('add_time');
    advance(30_000);
    const skipped = await control('skip');
    expect(skipped.timer.turns[0]).toMatchObject({ name: 'Ada', status: 'done', spentMs: 110_000 });
  });

  it('still marks absent a speaker the standup has heard nothing from', async () => {
    const { advance, control } = await running();
    advance(5_000);
    const skipped = await control('skip');
    expect(skipped.timer.turns.map((t) => [t.name, t.status])).toEqual([
      ['Ada', 'skipped'],
      ['Bo', 'speaking'],
    ]);
  });
});
