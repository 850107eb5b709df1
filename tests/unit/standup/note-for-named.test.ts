import { afterEach, describe, expect, it } from 'vitest';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

/** A running standup of Ada then Bo (and Cy, who is not in it), with Ada on the floor. */
async function running() {
  const ada = member('Ada');
  const bo = member('Bo');
  const t = team('Platform', { members: [ada, bo] });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  backend = await inProcessApi({ dataDir });
  const { api } = backend;
  const standupId = (await api.startStandup({ teamId: t.id })).id;
  return { api, teamId: t.id, standupId, ada, bo };
}

describe('an update noted for a named speaker', () => {
  it('is theirs when the floor has passed on since the form named them', async () => {
    const { api, teamId, standupId, ada } = await running();
    await api.controlStandup({ teamId, standupId, action: { kind: 'next' } });
    const saved = await api.addStandupNote({ teamId, standupId, text: 'Bastions patched', memberId: ada.id });
    expect(saved.notes.map((n) => [n.memberId, n.text])).toEqual([[ada.id, 'Bastions patched']]);
  });

  it('is theirs when they were removed from the team during their turn', async () => {
    const { api, teamId, standupId, ada } = await running();
    await api.removeMember({ teamId, memberId: ada.id });
    const saved = await api.addStandupNote({ teamId, standupId, text: 'Bastions patched', memberId: ada.id });
    expect(saved.notes.map((n) => n.memberId)).toEqual([ada.id]);
    const ended = await api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
    expect(ended.summary?.notes).toEqual([{ name: 'Ada', text: 'Bastions patched' }]);
  });

  it('is refused for someone neither on the team nor in this standup, and nothing is noted', async () => {
    const { api, teamId, standupId } = await running();
    await expect(api.addStandupNote({ teamId, standupId, text: 'Who?', memberId: 'someone-else' })).rejects.toThrow(
      /no longer on the team/,
    );
    expect((await api.getTeam({ teamId })).standups[0]?.notes).toEqual([]);
  });
});
