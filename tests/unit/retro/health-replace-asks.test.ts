import { beforeEach, describe, expect, it } from 'vitest';
import type { HealthScores } from '../../../src/domain/retro/schema';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { sprint } from '../../helpers/fixtures';

let backend: InProcessApi;
let teamId: string;
let retroId: string;

const all = (n: number): HealthScores => ({ onCallLoad: n, alertNoise: n, toil: n, deployConfidence: n });
const storedChecks = () =>
  backend.store
    .snapshot()
    .teams.find((t) => t.id === teamId)!
    .healthChecks.map((c) => ({ answers: c.answers, scores: c.scores }));

beforeEach(async () => {
  backend = await inProcessApi({ now: () => new Date('2026-11-27T09:00:00.000Z') });
  teamId = (await backend.api.createTeam({ name: 'Platform SRE' })).id;
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });
  await backend.store.mutate({ teamId }, (d) => {
    d.teams.find((t) => t.id === teamId)!.sprints.push(s);
  });
  const retro = await backend.api.createRetro({
    teamId,
    kind: 'retro',
    title: 'Retro — Sprint 1',
    sprintId: s.id,
    templateId: 'ops',
    incident: null,
  });
  retroId = retro.id;
  // Three phones answered during the check-in; the room has closed since.
  await backend.store.mutate({ teamId }, (d) => {
    d.teams
      .find((t) => t.id === teamId)!
      .healthChecks.push({
        id: 'hc-phones',
        sprintId: s.id,
        retroId,
        recordedAt: '2026-11-27T08:55:00.000Z',
        scores: all(2),
        answers: 3,
      });
  });
});

describe('health scores saved on the shared screen over the phones’ answers', () => {
  it('are refused until the call says it replaces them, naming how many answered and not their scores', async () => {
    const envelope = await backend.call('recordHealthCheck', { teamId, retroId, scores: all(4) });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('conflict');
    expect(envelope.error.message).toMatch(/3 people have answered on their phones/);
    // The medians are still hidden from the shared screen while the check-in is open.
    expect(envelope.error.message).not.toMatch(/2/);
    expect(storedChecks()).toEqual([{ answers: 3, scores: all(2) }]);

    await backend.api.recordHealthCheck({ teamId, retroId, scores: all(4), replacesAnswers: true });
    expect(storedChecks()).toEqual([{ answers: undefined, scores: all(4) }]);
  });

  it('replace scores entered on the screen without asking', async () => {
    await backend.api.recordHealthCheck({ teamId, retroId, scores: all(4), replacesAnswers: true });
    await backend.api.recordHealthCheck({ teamId, retroId, scores: all(5) });
    expect(storedChecks()).toEqual([{ answers: undefined, scores: all(5) }]);
  });
});
