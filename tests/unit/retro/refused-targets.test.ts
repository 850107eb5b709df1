import { beforeEach, describe, expect, it } from 'vitest';
import type { Retro } from '../../../src/domain/retro/schema';
import { topicsOf } from '../../../src/domain/retro/voting';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

let backend: InProcessApi;
let teamId: string;
let ana: string;
let bo: string;

async function refused(method: string, input: unknown): Promise<string> {
  const envelope = await backend.call(method, input);
  if (envelope.ok) throw new Error(`${method} was accepted`);
  return envelope.error.message;
}

const stored = (retroId: string): Retro =>
  backend.store
    .snapshot()
    .teams.find((t) => t.id === teamId)!
    .retros.find((r) => r.id === retroId)!;

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Platform SRE' })).id;
  const add = async (name: string) =>
    (await backend.api.addMember({ teamId, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } })).id;
  ana = await add('Ana');
  bo = await add('Bo');
});

describe('setRetroTopicNotes', () => {
  it('refuses a card that is in a group, whose notes would never show, and keeps the notes stored', async () => {
    const retro = await backend.api.createRetro({
      teamId,
      kind: 'retro',
      title: 'Retro',
      sprintId: null,
      templateId: 'ops',
      incident: null,
    });
    const retroId = retro.id;
    const add = (text: string) => backend.api.addRetroCard({ teamId, retroId, columnId: 'alerts', text });
    await add('Disk alerts are noise');
    const cards = (await add('CPU alert flaps')).cards;
    await backend.api.groupRetroCard({ teamId, retroId, cardId: cards[1]!.id, ontoId: cards[0]!.id });
    // The group as the Discuss phase lists it, with its title.
    const group = topicsOf(stored(retroId)).find((t) => t.kind === 'group')!;
    await backend.api.setRetroTopicNotes({ teamId, retroId, targetId: group.id, notes: 'Tune thresholds' });

    expect(await refused('setRetroTopicNotes', { teamId, retroId, targetId: cards[0]!.id, notes: 'Lost' })).toBe(
      `That card is in the group “${group.title}” now: write the notes on the group.`,
    );
    expect(stored(retroId).notes).toEqual([{ targetId: group.id, notes: 'Tune thresholds' }]);
  });
});

describe('updateIncident', () => {
  const incident = (commanderId: string | null, scribeId: string | null) => ({
    severity: 'sev2' as const,
    startedAt: '2026-11-18T02:10:00.000Z',
    endedAt: null,
    services: ['dns'],
    commanderId,
    scribeId,
    impact: '',
  });

  it('refuses a commander or a scribe who is not a member of the team, and keeps the incident as it was', async () => {
    const retro = await backend.api.createRetro({
      teamId,
      kind: 'postmortem',
      title: 'Postmortem: DNS',
      sprintId: null,
      templateId: 'postmortem',
      incident: incident(ana, null),
    });
    const retroId = retro.id;
    expect(await refused('updateIncident', { teamId, retroId, incident: incident('someone-else', null) })).toBe(
      'The incident commander is not a member of this team.',
    );
    expect(await refused('updateIncident', { teamId, retroId, incident: incident(ana, 'someone-else') })).toBe(
      'The scribe is not a member of this team.',
    );
    expect(stored(retroId).incident).toEqual(incident(ana, null));

    await backend.api.updateIncident({ teamId, retroId, incident: incident(bo, ana) });
    expect(stored(retroId).incident).toEqual(incident(bo, ana));
  });

  it('keeps a commander who has left the team since, as the form sends them back', async () => {
    const retro = await backend.api.createRetro({
      teamId,
      kind: 'postmortem',
      title: 'Postmortem: DNS',
      sprintId: null,
      templateId: 'postmortem',
      incident: incident(ana, bo),
    });
    await backend.api.removeMember({ teamId, memberId: ana });
    await backend.api.updateIncident({ teamId, retroId: retro.id, incident: { ...incident(ana, bo), impact: 'x' } });
    expect(stored(retro.id).incident?.commanderId).toBe(ana);
  });
});
