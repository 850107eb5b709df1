import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { readCalendar } from '../../../src/domain/planning/ical-read';
import { captured } from '../../helpers/cli-io';
import { icsOf } from '../../helpers/ics';
import { sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** A megabyte as every size Cadence shows is counted (the Backups list, the backlog import's 20 MB). */
const MB = 1024 * 1024;

/** One holiday on the sprint's Thursday, padded with a long description to exactly `bytes` bytes of ASCII. */
function holidayCalendarOf(bytes: number): string {
  const bare = icsOf(['UID:h1', 'DTSTART;VALUE=DATE:20261203', 'SUMMARY:Team day', 'DESCRIPTION:']);
  const text = icsOf([
    'UID:h1',
    'DTSTART;VALUE=DATE:20261203',
    'SUMMARY:Team day',
    `DESCRIPTION:${'x'.repeat(bytes - bare.length)}`,
  ]);
  expect(Buffer.byteLength(text)).toBe(bytes);
  return text;
}

/**
 * The calendar import's bound and its words agree: "up to 2 MB" means 2 MB as the file's size is shown beside it,
 * so a file at the bound is taken and one refused never reads as the bound ("2.0 MB; … up to 2 MB").
 */
describe('cadence import calendar: the size bound is the size its refusal names', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-cal-size-');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    writeWorkspace(dataDir, [team('Platform', { sprints: [s12] })]);
  });

  const importFile = async (bytes: number) => {
    const file = path.join(tempDir('cadence-cli-cal-size-file-'), 'holidays.ics');
    writeFileSync(file, holidayCalendarOf(bytes));
    const { io, out, err } = captured(dataDir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--kind', 'holidays', '--dry-run'];
    const code = await runCli([...args, '--data-dir', dataDir], io);
    return { code, out, err: err.join('\n'), file };
  };

  it('takes a calendar of exactly 2 MB, the bound its refusal states', async () => {
    const { code, out, err } = await importFile(2 * MB);
    expect(err).not.toMatch(/MB/);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/added 1, updated 0, skipped 0/);
  });

  it('takes a calendar a few bytes over two million, which is under 2 MB, and never says "2.0 MB; … up to 2 MB"', async () => {
    const { code, err } = await importFile(2_000_001);
    expect(err).not.toMatch(/2\.0 MB; Cadence imports calendars of up to 2 MB/);
    expect(code).toBe(0);
  });

  it('refuses one byte over 2 MB with a size larger than the bound it names', async () => {
    const { code, err, file } = await importFile(2 * MB + 1);
    expect(code).toBe(1);
    expect(err).toBe(
      `${file} is 2.1 MB; Cadence imports calendars of up to 2 MB. Export only the weeks you need (the sprint's) and import that. Nothing was changed.`,
    );
  });
});

describe('the Calendar tab’s reading of a calendar: the same bound, in the same words', () => {
  const read = (bytes: number) => readCalendar(holidayCalendarOf(bytes), '2026-11-30', '2026-12-11', 'Europe/Berlin');

  it('reads a calendar of exactly 2 MB', () => {
    const reading = read(2 * MB);
    expect(reading.unreadable).toBe(false);
    expect(reading.events.map((e) => e.summary)).toEqual(['Team day']);
  });

  it('refuses one over 2 MB, saying so', () => {
    const reading = read(2 * MB + 1);
    expect(reading.unreadable).toBe(true);
    expect(reading.problems).toEqual(['This file is too large for a schedule export (over 2 MB).']);
  });
});
