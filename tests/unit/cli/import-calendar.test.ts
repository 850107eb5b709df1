import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import type { TeamDoc } from '../../../src/domain/workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { holdAsDesktopApp } from '../../helpers/app-lock';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

const CALENDARS = path.join(import.meta.dirname, '../../fixtures/calendars');
const calendar = (name: string) => path.join(CALENDARS, name);

async function sprintOnDisk(dataDir: string) {
  const store = await openWorkspaceStore({ dataDir });
  const s = (store.snapshot().teams[0] as TeamDoc).sprints[0]!;
  await store.close();
  return s;
}

describe('cadence import calendar', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-cal-');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    const doc = team('Platform', {
      members: [member('Asha Patel'), member('Ben Ode'), member('Chidi Okafor')],
      sprints: [s12],
    });
    doc.settings.timeZone = 'Europe/Berlin';
    writeWorkspace(dataDir, [doc]);
  });

  it('gives a personal leave calendar to one member, printing each skipped event with why, then the figures', async () => {
    const { io, out } = captured(dataDir);
    const args = ['import', 'calendar', calendar('outlook-leave.ics'), '--team', 'platform', '--sprint', 'sprint 12'];
    expect(await runCli([...args, '--kind', 'leave', '--member', 'Asha Patel'], io)).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(/Focus time: skipped, Marked free \(TRANSP:TRANSPARENT\), so not leave$/),
      'added 2, updated 0, skipped 1',
    ]);
    const stored = await sprintOnDisk(dataDir);
    expect(stored.timeOff.map((t) => t.date)).toEqual(['2026-12-03', '2026-12-10', '2026-12-11']);
  });

  it("--kind holidays puts the holidays into the team's calendar, with or without --sprint", async () => {
    const args = ['import', 'calendar', calendar('google-holidays.ics'), '--team', 'Platform', '--kind', 'holidays'];
    const withSprint = captured(dataDir);
    expect(await runCli([...args, '--sprint', 'Sprint 12'], withSprint.io)).toBe(0);
    expect(withSprint.out.at(-1)).toBe('added 1, updated 0, skipped 0');
    // Without a sprint the calendar is read from the first open sprint to a year ahead.
    const teamWide = captured(dataDir);
    expect(await runCli(args, teamWide.io)).toBe(0);
    expect(teamWide.out.at(-1)).toBe('added 3, updated 0, skipped 1');
    const store = await openWorkspaceStore({ dataDir });
    const stored = store.snapshot().teams[0] as TeamDoc;
    await store.close();
    expect(stored.calendar.holidays.map((h) => h.date)).toEqual([
      '2026-12-03',
      '2026-12-25',
      '2026-12-26',
      '2027-01-01',
    ]);
    expect(stored.sprints[0]).not.toHaveProperty('holidays');

    const noSprint = captured(dataDir);
    const leave = ['import', 'calendar', calendar('outlook-leave.ics'), '--team', 'Platform', '--kind', 'leave'];
    expect(await runCli(leave, noSprint.io)).toBe(2);
    expect(noSprint.err.join('\n')).toContain('need --sprint NAME');
  });

  it('--dry-run prints the same figures and writes nothing, also while Cadence is open on the folder', async () => {
    holdAsDesktopApp(dataDir);
    const before = folderState(dataDir);
    const { io, out } = captured(dataDir);
    const args = [
      'import',
      'calendar',
      calendar('pagerduty-schedule.ics'),
      '--team',
      'Platform',
      '--sprint',
      'Sprint 12',
    ];
    expect(await runCli([...args, '--kind', 'on-call', '--dry-run'], io)).toBe(0);
    expect(out.at(-1)).toBe('added 3, updated 0, skipped 0 (dry run: nothing was written)');
    expect(folderState(dataDir)).toEqual(before);
  });

  it("shows control characters from the file's events escaped, so they cannot drive the terminal", async () => {
    const file = path.join(tempDir('cadence-cli-esc-'), 'rota.ics');
    const summary = 'On call nobody \u001b]0;PWNED\u0007\u001b[2J\u009b31mred';
    const event = [
      'BEGIN:VEVENT',
      'UID:e1',
      'DTSTART:20261201T080000Z',
      'DTEND:20261201T200000Z',
      `SUMMARY:${summary}`,
      'END:VEVENT',
    ];
    writeFileSync(file, ['BEGIN:VCALENDAR', 'VERSION:2.0', ...event, 'END:VCALENDAR'].join('\r\n'));
    const { io, out, err } = captured(dataDir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'on-call'];
    // Its one event is skipped, so nothing would be imported: exit 5.
    expect(await runCli([...args, '--dry-run'], io)).toBe(5);
    expect(out[0]).toBe(
      '2026-12-01 On call nobody \\x1b]0;PWNED\\x07\\x1b[2J\\x9b31mred: skipped, Names no team member (pick one, or import with --member)',
    );
    // One event, said in the singular.
    expect(err[0]).toBe('Read 1 event; 1 touches Sprint 12.');
    const printed = [...out, ...err].join('\n');
    for (const control of ['\u001b', '\u0007', '\u009b']) expect(printed).not.toContain(control);
  });

  it('names only the options it needs that were not given (exit 2), never the FILE that was', async () => {
    const file = calendar('outlook-leave.ics');
    for (const [args, said] of [
      [['--team', 'Platform'], 'import calendar needs --kind on-call|leave|holidays.'],
      [['--kind', 'holidays'], 'import calendar needs --team NAME.'],
      [[], 'import calendar needs --team NAME and --kind on-call|leave|holidays.'],
    ] as const) {
      const run = captured(dataDir);
      expect(await runCli(['import', 'calendar', file, ...args], run.io)).toBe(2);
      expect(run.err.join('\n').split('\n')[0]).toBe(said);
    }
  });

  it('refuses a wrong kind, an unknown sprint or member, and a file that is not a calendar, changing nothing', async () => {
    const before = await sprintOnDisk(dataDir);
    const base = ['import', 'calendar', calendar('outlook-leave.ics'), '--team', 'Platform', '--sprint', 'Sprint 12'];
    const kind = captured(dataDir);
    expect(await runCli([...base, '--kind', 'vacation'], kind.io)).toBe(2);
    expect(kind.err.join('\n')).toContain('--kind is one of on-call, leave, holidays');
    // A word every object has is no kind either.
    const inherited = captured(dataDir);
    expect(await runCli([...base, '--kind', 'constructor'], inherited.io)).toBe(2);
    expect(inherited.err.join('\n')).toContain('--kind is one of on-call, leave, holidays');

    const sprintMissing = captured(dataDir);
    const other = ['import', 'calendar', calendar('outlook-leave.ics'), '--team', 'Platform', '--sprint', 'Sprint 99'];
    expect(await runCli([...other, '--kind', 'leave'], sprintMissing.io)).toBe(1);
    expect(sprintMissing.err.join('\n')).toContain('Platform has no sprint named “Sprint 99”. Sprints: Sprint 12.');

    const memberMissing = captured(dataDir);
    expect(await runCli([...base, '--kind', 'leave', '--member', 'Zed'], memberMissing.io)).toBe(1);
    expect(memberMissing.err.join('\n')).toContain('no member named “Zed”');

    const notIcs = path.join(tempDir('cadence-cli-bad-'), 'notes.ics');
    writeFileSync(notIcs, Buffer.from([0xff, 0xfe, 0x42, 0x00, 0x45, 0x00]));
    const binary = captured(dataDir);
    const bad = ['import', 'calendar', notIcs, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'leave'];
    expect(await runCli(bad, binary.io)).toBe(1);
    expect(binary.err.join('\n')).toContain('is saved as UTF-16');

    writeFileSync(notIcs, 'just some notes\n');
    const plain = captured(dataDir);
    expect(await runCli(bad, plain.io)).toBe(1);
    expect(plain.err.join('\n')).toMatch(/not an iCal calendar/);
    expect(await sprintOnDisk(dataDir)).toEqual(before);
  });

  it('says why a calendar in another encoding, or too large, is refused, and what to do (exit 1, nothing changed)', async () => {
    const before = await sprintOnDisk(dataDir);
    const folder = tempDir('cadence-cli-enc-');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:u1',
      'DTSTART;VALUE=DATE:20261201',
      'DTEND;VALUE=DATE:20261202',
      'SUMMARY:Urlaub Jörg Müller',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const refusal = async (name: string, bytes: Buffer) => {
      const file = path.join(folder, name);
      writeFileSync(file, bytes);
      const { io, out, err } = captured(dataDir);
      const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'leave'];
      expect(await runCli(args, io)).toBe(1);
      expect(out).toEqual([]);
      return err.join('\n');
    };
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ics, 'utf16le')]);
    expect(await refusal('outlook.ics', utf16)).toBe(
      `${path.join(folder, 'outlook.ics')} is saved as UTF-16; Cadence reads iCal files in UTF-8, as they are written. Save or export it as UTF-8 and try again. Nothing was changed.`,
    );
    expect(await refusal('old-outlook.ics', Buffer.from(ics, 'latin1'))).toBe(
      `${path.join(folder, 'old-outlook.ics')} is not UTF-8 (it looks like Windows-1252, as older Outlook saves calendars); Cadence reads iCal files in UTF-8. Save or export it as UTF-8 and try again. Nothing was changed.`,
    );
    const event = (i: number) => `BEGIN:VEVENT\r\nUID:${i}\r\nSUMMARY:${'x'.repeat(500)}\r\nEND:VEVENT`;
    const huge = ['BEGIN:VCALENDAR', ...Array.from({ length: 6000 }, (_, i) => event(i)), 'END:VCALENDAR'].join('\r\n');
    expect(await refusal('whole-calendar.ics', Buffer.from(huge))).toBe(
      `${path.join(folder, 'whole-calendar.ics')} is 3.2 MB; Cadence imports calendars of up to 2 MB. Export only the weeks you need (the sprint's) and import that. Nothing was changed.`,
    );
    expect(await sprintOnDisk(dataDir)).toEqual(before);
  });

  it('counts a repeating event’s occurrences as occurrences, never "Read 1 event; 5 touch"', async () => {
    const file = path.join(tempDir('cadence-cli-cal-repeat-'), 'rota.ics');
    const series = [
      'BEGIN:VEVENT',
      'UID:rota-1',
      'DTSTART:20261130T080000Z',
      'DTEND:20261201T080000Z',
      'RRULE:FREQ=DAILY;COUNT=5',
      'SUMMARY:On call Asha Patel',
      'END:VEVENT',
    ];
    writeFileSync(file, ['BEGIN:VCALENDAR', 'VERSION:2.0', ...series, 'END:VCALENDAR'].join('\r\n'));
    const { io, err } = captured(dataDir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'on-call'];
    expect(await runCli([...args, '--dry-run'], io)).toBe(0);
    expect(err).toEqual(['Read 1 event; 5 occurrences of it touch Sprint 12.']);
  });

  it('prints an event whose title holds a line break on one line, as a script reads it', async () => {
    const file = path.join(tempDir('cadence-cli-cal-lines-'), 'leave.ics');
    const event = [
      'BEGIN:VEVENT',
      'UID:focus-1',
      'DTSTART;VALUE=DATE:20261203',
      'DTEND;VALUE=DATE:20261204',
      'SUMMARY:Focus time\\nno meetings',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
    writeFileSync(
      file,
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...event, 'END:VCALENDAR', ''].join('\r\n'),
    );
    const { io, out } = captured(dataDir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'leave'];
    expect(await runCli([...args, '--member', 'Asha Patel'], io)).toBe(0);
    expect(out.every((line) => !line.includes('\n'))).toBe(true);
    expect(out[0]).toMatch(/Focus time\\nno meetings: skipped, /);
  });

  it("prints a skipped event's reason on one line when it names a member whose name holds a line break", async () => {
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    writeWorkspace(dataDir, [
      team('Platform', { members: [member('Asha\nPatel', { takesOnCall: false })], sprints: [s12] }),
    ]);
    const file = path.join(tempDir('cadence-cli-cal-reason-'), 'rota.ics');
    const event = ['BEGIN:VEVENT', 'UID:r1', 'DTSTART:20261201T080000Z', 'DTEND:20261202T080000Z', 'SUMMARY:On call'];
    writeFileSync(file, ['BEGIN:VCALENDAR', 'VERSION:2.0', ...event, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'));
    const { io, out } = captured(dataDir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'on-call'];
    expect(await runCli([...args, '--member', 'Asha\nPatel', '--dry-run'], io)).toBe(5);
    expect(out[0]).toBe(
      '2026-12-01 On call: skipped, Asha\\nPatel does not take on-call shifts: turn on "Takes on-call shifts" for them on the Team screen, then import again',
    );
    expect(out.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('names the file in the refusal of one that is not a calendar or is cut short, so a loop over files can tell which', async () => {
    const before = await sprintOnDisk(dataDir);
    const folder = tempDir('cadence-cli-cal-named-');
    const refusal = async (name: string, text: string) => {
      const file = path.join(folder, name);
      writeFileSync(file, text);
      const { io, out, err } = captured(dataDir);
      const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'leave'];
      expect(await runCli(args, io)).toBe(1);
      expect(out).toEqual([]);
      return err;
    };
    expect(await refusal('notes.ics', 'just some notes\n')).toEqual([
      `${path.join(folder, 'notes.ics')}: This file is not an iCal calendar (.ics): it has no BEGIN:VCALENDAR. Nothing was added.`,
    ]);
    const cut = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:u1', 'SUMMARY:Leave'].join('\r\n');
    expect(await refusal('cut.ics', cut)).toEqual([
      `${path.join(folder, 'cut.ics')}: This iCal file could not be read: it ends before its calendar does (the file may be cut short). Nothing was added.`,
    ]);
    // A line break in the name typed is shown as `\n`: the refusal stays one line.
    expect(await refusal('q4\nnotes.ics', 'just some notes\n')).toEqual([
      `${path.join(folder, 'q4\\nnotes.ics')}: This file is not an iCal calendar (.ics): it has no BEGIN:VCALENDAR. Nothing was added.`,
    ]);
    expect(await sprintOnDisk(dataDir)).toEqual(before);
  });

  it('says a team has no members yet when --member names nobody there', async () => {
    writeWorkspace(dataDir, [
      team('Platform', {
        sprints: [sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' })],
      }),
    ]);
    const { io, err } = captured(dataDir);
    const args = ['import', 'calendar', calendar('outlook-leave.ics'), '--team', 'Platform', '--sprint', 'Sprint 12'];
    expect(await runCli([...args, '--kind', 'leave', '--member', 'Zed'], io)).toBe(1);
    expect(err.join('\n')).toContain('Platform has no member named “Zed”. Members: none yet.');
  });
});

describe('cadence import calendar --member NAME that two members share (stored before the app refused that)', () => {
  it('is refused (exit 1), listing how the two differ and what to do, and nothing is imported for either', async () => {
    const dataDir = tempDir('cadence-cli-cal-twins-');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    const members = [member('Ada Lovelace'), member('ada lovelace', { role: '', hoursPerDay: 4.5 })];
    writeWorkspace(dataDir, [team('Platform', { members, sprints: [s12] })]);
    const args = ['import', 'calendar', calendar('outlook-leave.ics'), '--team', 'Platform', '--sprint', 'Sprint 12'];
    for (const dryRun of [[], ['--dry-run']]) {
      const { io, out, err } = captured(dataDir);
      expect(await runCli([...args, '--kind', 'leave', '--member', 'ADA LOVELACE', ...dryRun], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        '2 members of Platform are named “ADA LOVELACE”, so the command cannot tell which one you mean: rename one of ' +
          'them in the app (Team screen: Edit, then add an initial or a surname) and run the command again with its ' +
          'new name. They are: Ada Lovelace (SRE, 6 hours a day), ada lovelace (no role, 4.5 hours a day). ' +
          'Nothing was changed.',
      ]);
    }
    expect((await sprintOnDisk(dataDir)).timeOff).toEqual([]);
  });
});
