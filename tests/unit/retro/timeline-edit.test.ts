import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/** Editing a postmortem's timeline event: its time and text change, its place follows its time, its id stays. */
let backend: InProcessApi;
let teamId: string;
let retroId: string;

async function refused(method: string, input: unknown): Promise<string> {
  const envelope = await backend.call(method, input);
  if (envelope.ok) throw new Error(`${method} was accepted`);
  return envelope.error.message;
}

const add = (at: string, event: string) => backend.api.addTimelineEntry({ teamId, retroId, at, event, link: '' });

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Platform SRE' })).id;
  retroId = (
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
  await add('2026-11-18T02:12:00.000Z', 'Paged');
  await add('2026-11-18T02:30:00.000Z', 'Rolled bakc');
});

describe('editTimelineEntry', () => {
  it('fixes an event’s text and time, keeps its id, and keeps the timeline in time order', async () => {
    const before = (await add('2026-11-18T02:40:00.000Z', 'Resolved')).timeline;
    const typo = before.find((t) => t.event === 'Rolled bakc')!;
    const r = await backend.api.editTimelineEntry({
      teamId,
      retroId,
      entryId: typo.id,
      at: '2026-11-18T02:05:00.000Z',
      event: 'Rolled back',
      link: 'https://runbook.example/dns',
    });
    expect(r.timeline.map((t) => [t.at, t.event, t.link])).toEqual([
      ['2026-11-18T02:05:00.000Z', 'Rolled back', 'https://runbook.example/dns'],
      ['2026-11-18T02:12:00.000Z', 'Paged', ''],
      ['2026-11-18T02:40:00.000Z', 'Resolved', ''],
    ]);
    expect(r.timeline[0]!.id).toBe(typo.id);
    // The other events are untouched.
    expect(r.timeline.slice(1)).toEqual(before.filter((t) => t.id !== typo.id));
  });

  it('refuses what adding refuses, with the same words, and changes nothing', async () => {
    const r = await add('2026-11-18T02:40:00.000Z', 'Resolved');
    const entryId = r.timeline[0]!.id;
    const edit = { teamId, retroId, entryId, at: '2026-11-18T02:12:00.000Z', event: 'Paged', link: '' };
    expect(await refused('editTimelineEntry', { ...edit, event: '  ' })).toBe('Event cannot be empty.');
    expect(await refused('editTimelineEntry', { ...edit, link: 'javascript:alert(1)' })).toBe(
      'Links must start with http:// or https://.',
    );
    expect(await refused('editTimelineEntry', { ...edit, at: '0026-11-18T02:15:00.000Z' })).toBe(
      'Time must be in the years 1970–2999. Check the year.',
    );
    expect(await refused('editTimelineEntry', { ...edit, entryId: 'gone' })).toMatch(
      /The timeline entry was not found/,
    );
    const team = backend.store.snapshot().teams.find((t) => t.id === teamId)!;
    expect(team.retros.find((x) => x.id === retroId)!.timeline).toEqual(r.timeline);
  });
});
