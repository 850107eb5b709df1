import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import type { TeamDoc } from '../../../src/domain/workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** Outlook's leave calendar: two leave events that name no member of the team, and a free focus block. */
const OUTLOOK_LEAVE = path.join(import.meta.dirname, '../../fixtures/calendars/outlook-leave.ics');

async function timeOffOnDisk(dataDir: string) {
  const store = await openWorkspaceStore({ dataDir });
  const days = (store.snapshot().teams[0] as TeamDoc).sprints[0]!.timeOff;
  await store.close();
  return days;
}

/**
 * A cron job that imports a person's leave calendar and forgets --member: every leave event is skipped, and the
 * one event Cadence needs nothing from (a free focus block) must not make the run look done (0) to the script.
 */
describe('a calendar import whose every event is skipped, some for nothing to add', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-cal-nothing-');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    const doc = team('Platform', { members: [member('Asha Patel')], sprints: [s12] });
    doc.settings.timeZone = 'Europe/Berlin';
    writeWorkspace(dataDir, [doc]);
  });

  it('exits 5 (nothing imported) when the other events were skipped for a problem, dry run or not', async () => {
    const args = [
      'import',
      'calendar',
      OUTLOOK_LEAVE,
      '--team',
      'Platform',
      '--sprint',
      'Sprint 12',
      '--kind',
      'leave',
    ];
    for (const [flags, words] of [
      [['--dry-run'], 'Nothing would be imported'],
      [[], 'Nothing was imported'],
    ] as const) {
      const { io, out, err } = captured(dataDir);
      expect(await runCli([...args, ...flags], io)).toBe(5);
      expect(out.filter((line) => line.includes('skipped, Names no team member'))).toHaveLength(2);
      expect(out.at(-1)).toMatch(/^added 0, updated 0, skipped 3/);
      expect(err.at(-1)).toBe(`${words}: every event of ${OUTLOOK_LEAVE} was skipped (the reasons are above).`);
    }
    expect(await timeOffOnDisk(dataDir)).toEqual([]);
  });

  it('is done (0) once the leave is in, though the free block is still skipped', async () => {
    const args = [
      'import',
      'calendar',
      OUTLOOK_LEAVE,
      '--team',
      'Platform',
      '--sprint',
      'Sprint 12',
      '--kind',
      'leave',
    ];
    const withMember = [...args, '--member', 'Asha Patel'];
    expect(await runCli(withMember, captured(dataDir).io)).toBe(0);
    const again = captured(dataDir);
    expect(await runCli(withMember, again.io)).toBe(0);
    expect(again.out.at(-1)).toBe('added 0, updated 0, skipped 3');
  });
});
