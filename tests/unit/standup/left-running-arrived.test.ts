import { afterEach, describe, expect, it } from 'vitest';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { errorOf, inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

const MORNING = Date.parse('2026-11-20T09:00:00.000Z');

describe('a late arrival on a standup left running since an earlier day', () => {
  it('is refused: the summary of that day keeps them absent, and the standup still ends as it was left', async () => {
    const bo = member('Bo');
    const t = team('Platform', { members: [member('Ada'), bo] });
    t.settings.timeZone = 'UTC';
    const dataDir = tempDir();
    writeWorkspace(dataDir, [t]);
    let now = MORNING;
    backend = await inProcessApi({ dataDir, now: () => new Date(now) });
    const { api } = backend;
    const standupId = (await api.startStandup({ teamId: t.id, absentIds: [bo.id] })).id;
    // The next morning Bo walks in: he arrived today, not at yesterday's standup.
    now += 24 * 60 * 60_000;
    const message = await errorOf(
      api.controlStandup({ teamId: t.id, standupId, action: { kind: 'arrived', memberId: bo.id } }),
    );
    expect(message).toMatch(/left running since an earlier day.*End it as it was left/);
    const ended = await api.controlStandup({ teamId: t.id, standupId, action: { kind: 'end', asLeft: true } });
    expect(ended.summary?.speakers.find((s) => s.name === 'Bo')?.status).toBe('skipped');
  });
});
