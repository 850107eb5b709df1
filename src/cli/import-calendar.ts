import { plural, pluralWord } from '../domain/shared/words';
import { fileSize } from '../domain/shared/file-size';
import { importSummary } from '../domain/imports/row-schema';
import { calendarFileText } from '../domain/planning/ical-file';
import { MAX_ICS_BYTES, MAX_ICS_SIZE, type ImportKind } from '../domain/planning/ical-import';
import { ownEntry } from '../domain/shared/plain-object';
import type { CalendarImportResult } from '../services/calendar-import-service';
import { callApi } from './call-api';
import { COMMON_OPTIONS, requireOptions, stringOption, type CliCommand } from './commands';
import { CliError, EXIT, nothingImported, usageError } from './exit-codes';
import { memberNamed, sprintNamed, teamNamed } from './find';
import { oneLine } from './terminal-text';
import { readInput, shownFileName } from './read-file';
import { dryRunFolder, withStore } from './with-store';

/** The command line's words for what a calendar holds, and the import's own. */
const KINDS: Record<string, ImportKind> = { 'on-call': 'onCall', leave: 'timeOff', holidays: 'holidays' };

/** The import's bound on a calendar's size, as its refusals say it. */
const BOUND = {
  bytes: MAX_ICS_BYTES,
  words: `Cadence imports calendars of up to ${MAX_ICS_SIZE}`,
};

/** The refusal of a calendar over the import's bound, with its size in bytes, as the bound is stated. */
function tooLarge(file: string, size: number): string {
  return `${file} is ${fileSize(size)}; ${BOUND.words}. Export only the weeks you need (the sprint's) and import that. Nothing was changed.`;
}

/**
 * UTF-8 text (a BOM is dropped), or an error that says what the file is and how to fix it: a calendar in another
 * encoding is not guessed at (iCal is UTF-8), and one over the import's bound is refused before it is sent, with its
 * size. The api's contract checks the same bound, for the screen.
 */
function calendarText(file: string, bytes: Uint8Array): string {
  // The bound is in bytes: a calendar of names in Cyrillic or CJK holds two or three bytes a letter.
  if (bytes.length > MAX_ICS_BYTES) throw new CliError(EXIT.error, tooLarge(file, bytes.length));
  const decoded = calendarFileText(bytes);
  if ('problem' in decoded) throw new CliError(EXIT.error, `${file} ${decoded.problem}. Nothing was changed.`);
  return decoded.text;
}

/**
 * How many of the file's entries touch the days read: its events, or, when a repeating event gives more rows than
 * the file has events, their occurrences ("Read 1 event; 5 occurrences of it touch Sprint 12", not "5 touch").
 */
function touching({ eventCount, rows }: CalendarImportResult): string {
  const touch = pluralWord(rows.length, 'touches', 'touch');
  if (rows.length <= eventCount) return `${rows.length} ${touch}`;
  return `${plural(rows.length, 'occurrence')} of ${pluralWord(eventCount, 'it', 'them')} ${touch}`;
}

/** Why an import brought nothing in: no events, none on the days read, or every one skipped. */
function nothingWhy(name: string, result: CalendarImportResult, sprintName: string | undefined): string {
  if (result.eventCount === 0) return `${name} holds no events`;
  if (result.rows.length > 0) return `every event of ${name} was skipped (the reasons are above)`;
  const days = sprintName ? `the days of ${sprintName}` : "the days the team's calendar is read for";
  return `no event of ${name} falls on ${days}`;
}

/**
 * The import's refusal, naming FILE when the refusal is the file's (not iCal, cut short): the words are the
 * screen's ("This file is not an iCal calendar…"), and a script looping over files must tell which one failed.
 */
function refusalOf(file: string, error: { message: string; issues: readonly { path: string }[] }): string {
  return error.issues.some((issue) => issue.path === 'text') ? `${file}: ${error.message}` : error.message;
}

/**
 * `import calendar FILE --team NAME --sprint NAME --kind …`: the Calendar tab's import, without a window.
 * Holidays go into the team's calendar, so `--sprint` is optional with `--kind holidays` (and still accepted).
 */
export const importCalendarCommand: CliCommand = {
  words: ['import', 'calendar'],
  usage: `import calendar FILE --team NAME [--sprint NAME] --kind ${Object.keys(KINDS).join('|')} [--member NAME] [--data-dir DIR] [--dry-run]   (FILE -: read from stdin)`,
  options: {
    ...COMMON_OPTIONS,
    team: { type: 'string' },
    sprint: { type: 'string' },
    kind: { type: 'string' },
    member: { type: 'string' },
  },
  positionals: 1,
  async run({ positionals, values }, io) {
    requireOptions('import calendar', values, [
      ['team', '--team NAME'],
      ['kind', `--kind ${Object.keys(KINDS).join('|')}`],
    ]);
    const [file = ''] = positionals;
    const teamName = stringOption(values, 'team') ?? '';
    const sprintName = stringOption(values, 'sprint');
    const kindWord = stringOption(values, 'kind') ?? '';
    const kind = ownEntry(KINDS, kindWord);
    if (!kind) throw usageError(`--kind is one of ${Object.keys(KINDS).join(', ')}.`);
    if (!sprintName && kind !== 'holidays') throw usageError('--kind on-call and leave need --sprint NAME.');
    const memberName = stringOption(values, 'member');
    if (memberName !== undefined && kind === 'holidays') throw usageError('--member goes with on-call or leave.');
    const name = shownFileName(file);
    const bytes = await readInput(file, io, BOUND, (size) => (size > MAX_ICS_BYTES ? tooLarge(name, size) : null));
    const text = calendarText(name, bytes);
    const dryRun = values['dry-run'] === true;
    return withStore(dryRunFolder(values, dryRun), io, async (ctx) => {
      const team = teamNamed(ctx.store.snapshot(), teamName);
      const sprint = sprintName === undefined ? null : sprintNamed(team, sprintName);
      const member = memberName === undefined ? undefined : memberNamed(team, memberName);
      const input = {
        teamId: team.id,
        ...(sprint ? { sprintId: sprint.id } : {}),
        text,
        kind,
        ...(member ? { memberId: member.id } : {}),
        dryRun,
      };
      const answer = await callApi(ctx, 'importCalendar', input, true);
      if (!answer.ok) throw new CliError(EXIT.error, refusalOf(name, answer.error));
      const result = answer.value as CalendarImportResult;
      const where = sprint ? sprint.name : "the days the team's calendar is read for";
      io.err(`Read ${plural(result.eventCount, 'event')}; ${touching(result)} ${where}.`);
      for (const problem of result.problems) io.out(`problem: ${oneLine(problem)}`);
      // Each event that is not simply added: skipped with why (a problem says how to fix it), or what changed.
      // A reason may name a member, whose name may hold a line break: one event, one line.
      for (const row of result.rows) {
        if (row.action === 'skip')
          io.out(`${row.startDate} ${oneLine(row.summary)}: skipped, ${oneLine(row.reason ?? 'nothing to add')}`);
        if (row.action === 'update')
          io.out(`${row.startDate} ${oneLine(row.summary)}: changed, ${oneLine(row.reason ?? 'moved')}`);
      }
      io.out(importSummary(result) + (dryRun ? ' (dry run: nothing was written)' : ''));
      // Events the calendar needs nothing from (held already, free, no working day) leave nothing to do: done, when
      // every event is one. One skipped for a problem (no member named) while nothing came in: nothing imported,
      // however many free blocks the file also holds.
      const nothingLeft = result.rows.length > 0 && result.rows.every((r) => r.covered);
      if (result.added + result.updated > 0 || nothingLeft) return EXIT.done;
      return nothingImported(io.err, dryRun, nothingWhy(name, result, sprint?.name));
    });
  },
};
