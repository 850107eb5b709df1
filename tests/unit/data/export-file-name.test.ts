import { afterAll, describe, expect, it } from 'vitest';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

// This file runs in a process of its own (vitest.config.ts, ISOLATED_UNIT_TESTS): it sets the machine's zone.
const machineZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = machineZone;
});

describe('the whole-workspace export’s file name', () => {
  it('is dated by this computer’s day, not by UTC', async () => {
    process.env.TZ = 'Australia/Sydney';
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    // Wed 4 Nov 22:30 UTC is Thu 5 Nov 09:30 in Sydney.
    const { api, store } = await inProcessApi({ dataDir: dir, now: () => new Date('2026-11-04T22:30:00.000Z') });
    try {
      expect((await api.exportWorkspace({})).fileName).toBe('cadence-workspace-2026-11-05.json');
    } finally {
      await store.close();
    }
  });
});
