import { afterEach, describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../../src/domain/standup/summary';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

async function standupOfAdaBoAndCy() {
  const people = [member('Ada'), member('Bo'), member('Cy')];
  const t = team('Platform', { members: people });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  backend = await inProcessApi({ dataDir, now: () => new Date('2026-11-04T09:00:00.000Z') });
  const { api } = backend;
  const started = await api.startStandup({ teamId: t.id, absentIds: [] });
  const [ada, bo, cy] = people;
  return { api, teamId: t.id, standupId: started.id, ada: ada!, bo: bo!, cy: cy! };
}

describe('a member removed from the team while a standup runs', () => {
  it('is not called when their turn comes up, and the summary keeps only the turns taken', async () => {
    const { api, teamId, standupId, bo } = await standupOfAdaBoAndCy();
    await api.removeMember({ teamId, memberId: bo.id });
    const onCy = await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    expect(onCy.timer.turns[onCy.timer.current ?? -1]?.name).toBe('Cy');
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    expect(ended.summary?.speakers.map((s) => [s.name, s.status])).toEqual([
      ['Ada', 'done'],
      ['Cy', 'done'],
    ]);
    expect(summaryMarkdown(ended.summary!)).not.toContain('| Bo |');
  });

  it('keeps a turn already taken in the summary, under the name they had', async () => {
    const { api, teamId, standupId, ada } = await standupOfAdaBoAndCy();
    await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    await api.removeMember({ teamId, memberId: ada.id });
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(ended.summary?.speakers.map((s) => [s.name, s.status])).toEqual([
      ['Ada', 'done'],
      ['Bo', 'done'],
      ['Cy', 'waiting'],
    ]);
  });
});

describe('a member renamed while a standup runs', () => {
  it('is named by the new name when told they have already spoken', async () => {
    const { api, teamId, standupId, ada } = await standupOfAdaBoAndCy();
    await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    await api.updateMember({ teamId, memberId: ada.id, member: { name: 'Adaeze' } });
    await expect(
      api.controlStandup({ teamId, standupId, action: { kind: 'arrived', memberId: ada.id } }),
    ).rejects.toThrow('Adaeze has already spoken in this standup.');
  });
});
