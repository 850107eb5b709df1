import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * An incident's end is judged against its start as moments, however precisely each was written: a script writes
 * "02:10:00Z", the incident form "02:10:00.000Z", and as text "." sorts before "Z".
 */
let backend: InProcessApi;
let teamId: string;
let retroId: string;

const incident = { severity: 'sev2' as const, services: ['dns'], commanderId: null, scribeId: null, impact: '' };
const update = (startedAt: string, endedAt: string) =>
  backend.call('updateIncident', { teamId, retroId, incident: { ...incident, startedAt, endedAt } });

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Ops' })).id;
  retroId = (
    await backend.api.createRetro({
      teamId,
      kind: 'postmortem',
      title: 'Postmortem: DNS blip',
      sprintId: null,
      templateId: 'postmortem',
      incident: { ...incident, startedAt: '2026-11-18T02:10:00Z', endedAt: null },
    })
  ).id;
});

describe('an incident whose start and end were written with different precision', () => {
  it('may end in the same moment it started', async () => {
    const answer = await update('2026-11-18T02:10:00Z', '2026-11-18T02:10:00.000Z');
    expect(answer.ok).toBe(true);
    const stored = backend.store.snapshot().teams[0]!.retros.find((r) => r.id === retroId)!;
    expect(stored.incident?.endedAt).toBe('2026-11-18T02:10:00.000Z');
  });

  it('may not end half a second before it started', async () => {
    const answer = await update('2026-11-18T02:10:00.500Z', '2026-11-18T02:10:00Z');
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toBe('The incident cannot end before it started.');
  });
});
