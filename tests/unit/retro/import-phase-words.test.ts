import { describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { inProcessApi } from '../../helpers/in-process-api';
import { samplePostmortem } from './export-fixture';

describe('importing a retro export whose phase is not one of its kind', () => {
  it('refuses it, naming the phase in the quotes every message uses, and imports nothing', async () => {
    const { call, api, store } = await inProcessApi();
    const team = await api.createTeam({ name: 'Platform' });
    // A postmortem's phase on a plain retro: as a hand-edited file might hold.
    const file = JSON.parse(retroToJson(samplePostmortem(), null, '2026-11-20T12:00:00.000Z', () => 'Ana'));
    file.retro.kind = 'retro';
    file.retro.phase = 'timeline';
    const answer = await call('importRetro', { teamId: team.id, json: JSON.stringify(file) });
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).toContain('cannot be imported: “timeline” is not a phase of a retro');
    expect(store.snapshot().teams[0]!.retros).toEqual([]);
  });
});
