import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * A postmortem's timeline is in the order the events happened, however precisely their times were written, and
 * only a postmortem's timeline can be edited.
 */
let backend: InProcessApi;
let teamId: string;
let postmortemId: string;

async function refused(method: string, input: unknown): Promise<string> {
  const envelope = await backend.call(method, input);
  if (envelope.ok) throw new Error(`${method} was accepted`);
  return envelope.error.message;
}

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Platform SRE' })).id;
  postmortemId = (
    await backend.api.createRetro({
      teamId,
      kind: 'postmortem',
      title: 'PM: DNS',
      sprintId: null,
      templateId: 'postmortem',
      incident: {
        severity: 'sev1',
        startedAt: '2026-11-18T02:10:00.000Z',
        endedAt: null,
        services: ['dns'],
        commanderId: null,
        scribeId: null,
        impact: '',
      },
    })
  ).id;
});

const add = (at: string, event: string) =>
  backend.api.addTimelineEntry({ teamId, retroId: postmortemId, at, event, link: '' });

describe('the postmortem timeline', () => {
  it('puts an event half a second later after one written without fractions', async () => {
    await add('2026-11-18T02:12:00.500Z', 'Second alert');
    const r = await add('2026-11-18T02:12:00Z', 'First alert');
    expect(r.timeline.map((t) => t.event)).toEqual(['First alert', 'Second alert']);
  });

  it('orders an event by its time when it is edited', async () => {
    await add('2026-11-18T02:12:00Z', 'Paged');
    const r = await add('2026-11-18T02:13:00Z', 'Acked');
    const acked = r.timeline.find((t) => t.event === 'Acked')!;
    const edited = await backend.api.editTimelineEntry({
      teamId,
      retroId: postmortemId,
      entryId: acked.id,
      at: '2026-11-18T02:12:00.250Z',
      event: 'Acked',
      link: '',
    });
    expect(edited.timeline.map((t) => t.event)).toEqual(['Paged', 'Acked']);
  });

  it('refuses to edit or delete a timeline event of a retro that is not a postmortem', async () => {
    const retroId = (
      await backend.api.createRetro({
        teamId,
        kind: 'retro',
        title: 'Retro',
        sprintId: null,
        templateId: 'ops',
        incident: null,
      })
    ).id;
    const entry = { teamId, retroId, entryId: 'x', at: '2026-11-18T02:12:00Z', event: 'Paged', link: '' };
    expect(await refused('editTimelineEntry', entry)).toBe('Only a postmortem has an incident and a timeline.');
    expect(await refused('deleteTimelineEntry', { teamId, retroId, entryId: 'x' })).toBe(
      'Only a postmortem has an incident and a timeline.',
    );
  });
});
