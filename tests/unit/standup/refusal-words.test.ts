import { afterEach, describe, expect, it } from 'vitest';
import { member, team, writeWorkspace } from '../../helpers/fixtures';
import { errorOf, inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi | null = null;
afterEach(async () => {
  await backend?.store.close();
  backend = null;
});

/** Ada, Bo and Cy's team in a data folder, and Cy's id (she is removed in each test before she is named). */
async function platform() {
  const people = [member('Ada'), member('Bo'), member('Cy')];
  const t = team('Platform', { members: people });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  backend = await inProcessApi({ dataDir, now: () => new Date('2026-11-04T09:00:00.000Z') });
  const id = (name: string) => people.find((p) => p.name === name)!.id;
  return { api: backend.api, teamId: t.id, id };
}

/**
 * The screens show what another window or a synced change did without a reload (the event feed; the standup fetches
 * the team again when refused), a reload loses what was typed, and the command line and the phones have none.
 */
const noReload = (message: string) => expect(message).not.toMatch(/reload/i);

describe('the standup’s refusals of someone no longer on the team', () => {
  it('say what happened and what to do, without asking for a reload', async () => {
    const { api, teamId, id } = await platform();
    const cy = id('Cy');
    const started = await api.startStandup({ teamId, absentIds: [cy] });
    await api.removeMember({ teamId, memberId: cy });

    const arrived = await errorOf(
      api.controlStandup({ teamId, standupId: started.id, action: { kind: 'arrived', memberId: cy } }),
    );
    expect(arrived).toMatch(/Cy is no longer on the team/);
    noReload(arrived);

    const noTurn = await errorOf(
      api.controlStandup({ teamId, standupId: started.id, action: { kind: 'arrived', memberId: 'nobody-here' } }),
    );
    expect(noTurn).toMatch(/no turn in this standup/);
    noReload(noTurn);

    const blocker = await errorOf(
      api.raiseBlocker({ teamId, text: 'Vendor VPN down', ownerId: cy, standupId: started.id }),
    );
    expect(blocker).toMatch(/no longer on the team/);
    noReload(blocker);

    await api.controlStandup({ teamId, standupId: started.id, action: { kind: 'end' } });
    const start = await errorOf(api.startStandup({ teamId, absentIds: [cy] }));
    expect(start).toMatch(/no longer on the team/);
    noReload(start);
  });
});
