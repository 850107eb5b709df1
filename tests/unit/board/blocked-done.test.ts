import { afterEach, describe, expect, it } from 'vitest';
import { item, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

async function seeded() {
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const done = item('Rotate TLS certificates', { sprintId: s.id, points: 5, status: 'done' });
  const open = item('Patch the bastion hosts', { sprintId: s.id, points: 3, status: 'in_progress' });
  const t = team('Platform', { sprints: [s], items: [done, open] });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  backend = await inProcessApi({ dataDir });
  return { api: backend.api, call: backend.call, teamId: t.id, done, open };
}

describe('blocking a card on the board', () => {
  it('refuses to block a Done card with a clear message, and leaves it as it was', async () => {
    const { api, call, teamId, done } = await seeded();
    const res = await call('setCardBlocked', { teamId, itemId: done.id, blocked: true });
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '“Rotate TLS certificates” is done, so it cannot be blocked. Move it back to a column still in progress first.',
      },
    });
    const stored = (await api.getTeam({ teamId })).items.find((i) => i.id === done.id);
    expect(stored).toMatchObject({ status: 'done', blocked: false });
  });

  it('still blocks a card in progress, and unblocks any card', async () => {
    const { api, teamId, done, open } = await seeded();
    expect(await api.setCardBlocked({ teamId, itemId: open.id, blocked: true })).toMatchObject({ blocked: true });
    expect(await api.setCardBlocked({ teamId, itemId: done.id, blocked: false })).toMatchObject({ blocked: false });
  });
});
