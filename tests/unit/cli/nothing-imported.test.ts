import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

const CALENDARS = path.join(import.meta.dirname, '../../fixtures/calendars');

/**
 * An import that reads its file but brings nothing in (every row skipped, or none there) exits 5, so a script
 * tells it from a done import (0) and from a refused file (1); an import with nothing left to change exits 0.
 */
describe('an import that imports nothing', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-nothing-');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    writeWorkspace(dataDir, [team('Platform', { members: [member('Asha Patel')], sprints: [s12] })]);
  });

  it('backlog: every row skipped exits 5 with the reasons on stdout and why on stderr, dry run or not', async () => {
    const file = path.join(dataDir, 'untitled.csv');
    writeFileSync(file, 'Summary,Issue key\n,OPS-1\n  ,OPS-2\n');
    for (const [flags, words] of [
      [['--dry-run'], 'Nothing would be imported'],
      [[], 'Nothing was imported'],
    ] as const) {
      const { io, out, err } = captured(dataDir);
      expect(await runCli(['import', 'backlog', file, '--team', 'Platform', ...flags], io)).toBe(5);
      expect(out.slice(0, 2)).toEqual(['row 2: skipped, no title', 'row 3: skipped, no title']);
      expect(out[2]).toMatch(/^added 0, updated 0, skipped 2/);
      expect(err.at(-1)).toBe(`${words}: every row of ${file} was skipped (the reasons are above).`);
    }
  });

  it('backlog: a file with a header and no rows exits 5, saying so', async () => {
    const file = path.join(dataDir, 'empty-filter.csv');
    writeFileSync(file, 'Summary,Issue key\n');
    const { io, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], io)).toBe(5);
    expect(err.at(-1)).toBe(`Nothing was imported: ${file} has no rows under its header.`);
  });

  it('calendar: every event skipped for a problem exits 5; events already in the calendar exit 0', async () => {
    const file = path.join(tempDir('cadence-cli-nothing-cal-'), 'rota.ics');
    const event = ['BEGIN:VEVENT', 'UID:e1', 'DTSTART:20261201T080000Z', 'DTEND:20261201T200000Z'];
    const ics = (summary: string) =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', ...event, `SUMMARY:${summary}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'on-call'];

    writeFileSync(file, ics('On call nobody'));
    const nobody = captured(dataDir);
    expect(await runCli(args, nobody.io)).toBe(5);
    expect(nobody.out.at(-1)).toBe('added 0, updated 0, skipped 1');
    expect(nobody.err.at(-1)).toBe(`Nothing was imported: every event of ${file} was skipped (the reasons are above).`);

    writeFileSync(file, ics('On call Asha Patel'));
    expect(await runCli(args, captured(dataDir).io)).toBe(0);
    const again = captured(dataDir);
    expect(await runCli(args, again.io)).toBe(0);
    expect(again.out.at(-1)).toBe('added 0, updated 0, skipped 1');
    expect(again.err).toEqual(['Read 1 event; 1 touches Sprint 12.']);
  });

  it('calendar: no event on the sprint’s days exits 5, naming the sprint', async () => {
    const s1 = sprint({ name: 'Sprint 1', startDate: '2025-01-06', endDate: '2025-01-17', state: 'planned' });
    writeWorkspace(dataDir, [team('Platform', { members: [member('Asha Patel')], sprints: [s1] })]);
    const file = path.join(CALENDARS, 'pagerduty-schedule.ics');
    const { io, err } = captured(dataDir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 1', '--kind', 'on-call'];
    expect(await runCli([...args, '--dry-run'], io)).toBe(5);
    expect(err.at(-1)).toBe(`Nothing would be imported: no event of ${file} falls on the days of Sprint 1.`);
  });

  it('help lists the exit codes, 5 among them; a usage mistake shows the usage alone', async () => {
    const help = captured(dataDir);
    expect(await runCli(['import', 'backlog', '--help'], help.io)).toBe(0);
    const text = help.out.join('\n');
    expect(text).toMatch(/^Exit codes:$/m);
    expect(text).toMatch(/^ {2}5 {2}nothing imported: /m);
    const usage = captured(dataDir);
    expect(await runCli(['import', 'backlog'], usage.io)).toBe(2);
    expect(usage.err.join('\n')).not.toContain('Exit codes');
  });
});
