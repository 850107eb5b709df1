import { afterEach, describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../../src/domain/standup/summary';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

async function standupOfAdaAndBo() {
  const t = team('Platform', { members: [member('Ada'), member('Bo')] });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  backend = await inProcessApi({ dataDir, now: () => new Date('2026-11-04T09:00:00.000Z') });
  const { api } = backend;
  const started = await api.startStandup({ teamId: t.id, absentIds: [] });
  return { api, teamId: t.id, standupId: started.id };
}

const cy = { name: 'Cy', role: '', hoursPerDay: 6, takesOnCall: true };

describe('a member added to the team while a standup runs', () => {
  it('speaks after the last speaker instead of the standup ending there', async () => {
    const { api, teamId, standupId } = await standupOfAdaAndBo();
    await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    await api.addMember({ teamId, member: cy });
    const onBo = await api.controlStandup({ teamId, standupId, action: { kind: 'pause' } });
    expect(onBo.timer.turns.map((t) => [t.name, t.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'speaking'],
      ['Cy', 'waiting'],
    ]);
    const onCy = await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    expect(onCy.state).toBe('running');
    expect(onCy.timer.turns[onCy.timer.current ?? -1]?.name).toBe('Cy');
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    expect(ended.summary?.speakers.map((s) => [s.name, s.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'done'],
      ['Cy', 'done'],
    ]);
  });

  it('is in the summary as not having had a turn when the standup ends before it', async () => {
    const { api, teamId, standupId } = await standupOfAdaAndBo();
    await api.addMember({ teamId, member: cy });
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(summaryMarkdown(ended.summary!)).toContain('| Cy | did not get a turn | — | — |');
  });
});
