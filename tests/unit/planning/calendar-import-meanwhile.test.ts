import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { icsOf } from '../../helpers/ics';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

/**
 * An import takes a backup before it writes. Entries added while that backup is written (from another window, a
 * synced computer) must stay: the import adds its own to the calendar as it is then, not as it was when it began.
 */
async function platform() {
  const dir = tempDir();
  const asha = member('Asha Patel');
  const ben = member('Ben Ode');
  const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
  const doc = team('Platform', { members: [asha, ben], sprints: [s12] });
  writeWorkspace(dir, [doc]);
  const harness = await inProcessApi({ dataDir: dir });
  const stored = () => (harness.store.snapshot().teams[0] as TeamDoc).sprints[0]!;
  return { ...harness, asha, ben, ref: { teamId: doc.id, sprintId: s12.id }, stored };
}

const leave = icsOf([
  'UID:asha-leave',
  'SUMMARY:Asha Patel - leave',
  'DTSTART;VALUE=DATE:20261201',
  'DTEND;VALUE=DATE:20261203',
]);
const shift = icsOf([
  'UID:asha-week',
  'SUMMARY:On call - Asha Patel',
  'DTSTART;VALUE=DATE:20261130',
  'DTEND;VALUE=DATE:20261205',
]);

describe('entries added while an import is being written', () => {
  it('time off added meanwhile stays beside the imported time off', async () => {
    const { api, ref, asha, ben, stored } = await platform();
    const importing = api.importCalendar({ ...ref, text: leave, kind: 'timeOff' });
    await api.addTimeOff({ ...ref, range: { memberId: ben.id, startDate: '2026-12-07', endDate: '2026-12-07' } });
    const result = await importing;
    expect(result.added).toBe(1);
    expect(
      stored()
        .timeOff.map((t) => `${t.memberId === asha.id ? 'Asha' : 'Ben'} ${t.date}`)
        .sort(),
    ).toEqual(['Asha 2026-12-01', 'Asha 2026-12-02', 'Ben 2026-12-07']);
  });

  it('an on-call shift added meanwhile stays beside the imported shift', async () => {
    const { api, ref, ben, stored } = await platform();
    const importing = api.importCalendar({ ...ref, text: shift, kind: 'onCall' });
    await api.addOnCall({ ...ref, range: { memberId: ben.id, startDate: '2026-12-07', endDate: '2026-12-11' } });
    await importing;
    expect(
      stored()
        .onCall.map((s) => `${s.startDate}…${s.endDate}`)
        .sort(),
    ).toEqual(['2026-11-30…2026-12-04', '2026-12-07…2026-12-11']);
  });
});
