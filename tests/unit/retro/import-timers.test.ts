import { describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { isRunning, remainingMs } from '../../../src/domain/retro/timer';
import { inProcessApi } from '../../helpers/in-process-api';
import { retro } from './build';

const EXPORTED_AT = '2026-11-20T12:00:00.000Z';
/** The import happens months later: a timer still running from its old start would be hours over. */
const IMPORTED_AT = new Date('2027-02-01T09:00:00.000Z');

/** A retro exported while its write timer ran (10 min; 1 min before a pause, then 5 min since 11:55). */
function exportedWhileRunning(exportedAt = EXPORTED_AT): string {
  const r = retro({
    phase: 'write',
    timers: {
      write: { durationMs: 600_000, startedAt: '2026-11-20T11:55:00.000Z', elapsedMs: 60_000 },
      'topic:x': { durationMs: 300_000, startedAt: null, elapsedMs: 120_000 },
    },
  });
  return retroToJson(r, null, exportedAt, String);
}

async function imported(json: string) {
  const { api } = await inProcessApi({ now: () => IMPORTED_AT });
  const team = await api.createTeam({ name: 'Platform' });
  return (await api.importRetro({ teamId: team.id, json })).retro;
}

describe('importing a retro exported while a timer ran', () => {
  it('brings the running timer in paused, with the time it had left when the file was written', async () => {
    const r = await imported(exportedWhileRunning());
    const write = r.timers.write!;
    expect(isRunning(write)).toBe(false);
    expect(write).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 360_000 });
    expect(remainingMs(write, IMPORTED_AT)).toBe(240_000);
    // A paused timer is brought in as it was.
    expect(r.timers['topic:x']).toEqual({ durationMs: 300_000, startedAt: null, elapsedMs: 120_000 });
  });

  it('without a readable export time, pauses it with the time run before its last start', async () => {
    const r = await imported(exportedWhileRunning('sometime last week'));
    expect(r.timers.write).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 60_000 });
  });
});
