import { beforeEach, describe, expect, it } from 'vitest';
import { RetroSchema } from '../../../src/domain/retro/schema';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * A year typed with two digits (0026 for 2026) or one too many, in a retro's dates: an action's due date, an
 * incident's start and end, a timeline event's time. Refused with the message every other form gives.
 */
let backend: InProcessApi;
let teamId: string;
let retroId: string;

async function refused(method: string, input: unknown): Promise<string> {
  const envelope = await backend.call(method, input);
  if (envelope.ok) throw new Error(`${method} was accepted`);
  return envelope.error.message;
}

const incident = { severity: 'sev2', endedAt: null, services: [], commanderId: null, scribeId: null, impact: '' };

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Ops' })).id;
  retroId = (
    await backend.api.createRetro({
      teamId,
      kind: 'postmortem',
      title: 'Postmortem: DNS',
      sprintId: null,
      templateId: 'postmortem',
      incident: { ...incident, severity: 'sev2', startedAt: '2026-11-18T02:10:00.000Z' },
    })
  ).id;
});

describe('years typed into a retro', () => {
  it('refuses an action due in 0026', async () => {
    const action = { text: 'Alert on cert expiry', ownerId: null, type: 'prevent', ticketKey: '', sourceId: null };
    expect(await refused('addRetroAction', { teamId, retroId, action: { ...action, dueDate: '0026-11-20' } })).toBe(
      'Due date must be in the years 1970–2999. Check the year.',
    );
  });

  it('refuses an incident that started or ended in 0026', async () => {
    const update = (times: { startedAt: string; endedAt: string | null }) =>
      refused('updateIncident', { teamId, retroId, incident: { ...incident, ...times } });
    expect(await update({ startedAt: '0026-11-18T02:10:00.000Z', endedAt: null })).toBe(
      'Start must be in the years 1970–2999. Check the year.',
    );
    expect(await update({ startedAt: '2026-11-18T02:10:00.000Z', endedAt: '3026-11-18T03:10:00.000Z' })).toBe(
      'End must be in the years 1970–2999. Check the year.',
    );
  });

  it('says how many services an incident may list, not a schema message', async () => {
    const services = Array.from({ length: 21 }, (_, i) => `svc-${i + 1}`);
    const input = { ...incident, startedAt: '2026-11-18T02:10:00.000Z', services };
    expect(await refused('updateIncident', { teamId, retroId, incident: input })).toBe(
      'List at most 20 services affected.',
    );
  });

  it('refuses a timeline event at a time in 0026', async () => {
    expect(
      await refused('addTimelineEntry', { teamId, retroId, at: '0026-11-18T02:15:00.000Z', event: 'Paged', link: '' }),
    ).toBe('Time must be in the years 1970–2999. Check the year.');
  });

  it('still loads a retro stored with such a year', () => {
    const at = '2026-11-18T02:10:00.000Z';
    const parsed = RetroSchema.safeParse({
      id: 'r1',
      kind: 'postmortem',
      title: 'Old',
      templateName: 'Blameless postmortem',
      columns: [{ id: 'c', title: 'C' }],
      phase: 'incident',
      incident: { ...incident, startedAt: '0026-11-18T02:10:00.000Z' },
      timeline: [{ id: 't1', at: '0026-11-18T02:15:00.000Z', event: 'Paged' }],
      actions: [
        {
          id: 'a1',
          text: 'Old action',
          ownerId: null,
          dueDate: '0026-11-20',
          type: 'prevent',
          sourceId: null,
          createdAt: at,
        },
      ],
      createdAt: at,
      updatedAt: at,
    });
    expect(parsed.success).toBe(true);
  });
});
