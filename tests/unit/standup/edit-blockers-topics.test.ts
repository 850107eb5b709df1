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

/** A running standup of Ada and Bo with a blocker raised and a topic parked in it, each with a typo. */
async function raised() {
  const ada = member('Ada');
  const t = team('Platform', { members: [ada, member('Bo')] });
  const dataDir = tempDir();
  writeWorkspace(dataDir, [t]);
  let now = T0;
  backend = await inProcessApi({ dataDir, now: () => new Date(now) });
  const { api, call } = backend;
  const teamId = t.id;
  const standupId = (await api.startStandup({ teamId })).id;
  now += 20_000;
  const blocker = await api.raiseBlocker({ teamId, text: 'Waiting on the DNS tema', ownerId: ada.id, standupId });
  const topic = await api.addParkingTopic({ teamId, text: 'Vault upgarde plan', stayIds: [ada.id], standupId });
  const end = () => api.controlStandup({ teamId, standupId, action: { kind: 'end' } });
  return { api, call, teamId, standupId, blocker, topic, end };
}

describe('correcting a blocker’s or a parked topic’s text', () => {
  it('edits the text only, and the summary of the standup still running reads the new text', async () => {
    const { api, teamId, blocker, topic, end } = await raised();
    const b = await api.editBlocker({ teamId, blockerId: blocker.id, text: '  Waiting on the DNS team  ' });
    const p = await api.editParkingTopic({ teamId, topicId: topic.id, text: 'Vault upgrade plan' });
    expect(b).toEqual({ ...blocker, text: 'Waiting on the DNS team' });
    expect(p).toEqual({ ...topic, text: 'Vault upgrade plan' });
    const stored = await api.getTeam({ teamId });
    expect(stored.blockers).toEqual([b]);
    expect(stored.parkingLot).toEqual([p]);
    const summary = (await end()).summary!;
    expect(summary.blockersRaised.map((x) => x.text)).toEqual(['Waiting on the DNS team']);
    expect(summary.parkingLot.map((x) => x.text)).toEqual(['Vault upgrade plan']);
    expect(summaryMarkdown(summary)).not.toMatch(/tema|upgarde/);
  });

  it('after the standup ended, edits the open blocker and topic, and leaves the frozen summary as it was', async () => {
    const { api, teamId, blocker, topic, end } = await raised();
    const ended = await end();
    await api.editBlocker({ teamId, blockerId: blocker.id, text: 'Waiting on the DNS team' });
    await api.editParkingTopic({ teamId, topicId: topic.id, text: 'Vault upgrade plan' });
    const stored = await api.getTeam({ teamId });
    expect(stored.blockers.map((x) => x.text)).toEqual(['Waiting on the DNS team']);
    expect(stored.parkingLot.map((x) => x.text)).toEqual(['Vault upgrade plan']);
    expect(stored.standups[0]?.summary).toEqual(ended.summary);
  });

  it('refuses empty or too long text with the add form’s message, and changes nothing', async () => {
    const { api, call, teamId, blocker, topic } = await raised();
    const refusals = [
      [await call('editBlocker', { teamId, blockerId: blocker.id, text: '   ' }), /Blocker cannot be empty/],
      [
        await call('editBlocker', { teamId, blockerId: blocker.id, text: 'x'.repeat(5000) }),
        /Blocker is too long: use at most 500 characters/,
      ],
      [await call('editParkingTopic', { teamId, topicId: topic.id, text: '' }), /Topic cannot be empty/],
      [
        await call('editParkingTopic', { teamId, topicId: topic.id, text: 'x'.repeat(5000) }),
        /Topic is too long: use at most 500 characters/,
      ],
    ] as const;
    for (const [answer, message] of refusals) {
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(message) },
      });
    }
    const stored = await api.getTeam({ teamId });
    expect(stored.blockers).toEqual([blocker]);
    expect(stored.parkingLot).toEqual([topic]);
  });

  it('says a blocker or topic that is not there was not found', async () => {
    const { call, teamId } = await raised();
    expect(await call('editBlocker', { teamId, blockerId: 'gone', text: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/^The blocker was not found/) },
    });
    expect(await call('editParkingTopic', { teamId, topicId: 'gone', text: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/^The topic was not found/) },
    });
  });
});
