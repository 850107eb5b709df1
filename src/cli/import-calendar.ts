import { plural, pluralWord } from '../domain/shared/words';
import { dispatch } from '../api/dispatch';
import { importSummary } from '../domain/imports/row-schema';
import type { ImportKind } from '../domain/planning/ical-import';
import { ownEntry } from '../domain/shared/plain-object';
import type { CalendarImportResult } from '../services/calendar-import-service';
import { COMMON_OPTIONS, stringOption, type CliCommand } from './commands';
import { CliError, EXIT, usageError } from './exit-codes';
import { memberNamed, sprintNamed, teamNamed } from './find';
import { oneLine } from './terminal-text';
import { readBytes } from './read-file';
import { dryRunFolder, withStore } from './with-store';

/** The command line's words for what a calendar holds, and the import's own. */
const KINDS: Record<string, ImportKind> = { 'on-call': 'onCall', leave: 'timeOff', holidays: 'holidays' };

/**
 * UTF-8 text (a BOM is dropped), or an error: a calendar in another encoding is not guessed at. Its size is
 * checked where the screen's is, by the api's contract.
 */
function calendarText(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(EXIT.error, `${file} is not UTF-8 text, so it is not an iCal calendar. Nothing was changed.`);
  }
}

/**
 * `import calendar FILE --team NAME --sprint NAME --kind …`: the Calendar tab's import, without a window.
 * Holidays go into the team's calendar, so `--sprint` is optional with `--kind holidays` (and still accepted).
 */
export const importCalendarCommand: CliCommand = {
  words: ['import', 'calendar'],
  usage: `import calendar FILE --team NAME [--sprint NAME] --kind ${Object.keys(KINDS).join('|')} [--member NAME] [--data-dir DIR] [--dry-run]`,
  options: {
    ...COMMON_OPTIONS,
    team: { type: 'string' },
    sprint: { type: 'string' },
    kind: { type: 'string' },
    member: { type: 'string' },
  },
  positionals: 1,
  async run({ positionals, values }, io) {
    const [file] = positionals;
    const teamName = stringOption(values, 'team');
    const sprintName = stringOption(values, 'sprint');
    const kindWord = stringOption(values, 'kind');
    if (!file || !teamName || !kindWord) {
      throw usageError('import calendar needs a FILE, --team NAME, --kind, and --sprint NAME for on-call or leave.');
    }
    const kind = ownEntry(KINDS, kindWord);
    if (!kind) throw usageError(`--kind is one of ${Object.keys(KINDS).join(', ')}.`);
    if (!sprintName && kind !== 'holidays') throw usageError('--kind on-call and leave need --sprint NAME.');
    const memberName = stringOption(values, 'member');
    if (memberName !== undefined && kind === 'holidays') throw usageError('--member goes with on-call or leave.');
    const text = calendarText(file, await readBytes(file));
    const dryRun = values['dry-run'] === true;
    return withStore(dryRunFolder(values, dryRun), io, async (ctx) => {
      const team = teamNamed(ctx.store.snapshot(), teamName);
      const sprint = sprintName === undefined ? null : sprintNamed(team, sprintName);
      const member = memberName === undefined ? undefined : memberNamed(team, memberName);
      const answer = await dispatch(ctx, 'importCalendar', {
        teamId: team.id,
        ...(sprint ? { sprintId: sprint.id } : {}),
        text,
        kind,
        ...(member ? { memberId: member.id } : {}),
        dryRun,
      });
      if (!answer.ok) throw new CliError(EXIT.error, answer.error.message);
      const result = answer.value as CalendarImportResult;
      const where = sprint ? sprint.name : "the days the team's calendar is read for";
      io.err(
        `Read ${plural(result.eventCount, 'event')}; ${result.rows.length} ${pluralWord(result.rows.length, 'touches', 'touch')} ${where}.`,
      );
      for (const problem of result.problems) io.out(`problem: ${oneLine(problem)}`);
      // Each event that is not simply added: skipped with why (a problem says how to fix it), or what changed.
      for (const row of result.rows) {
        if (row.action === 'skip')
          io.out(`${row.startDate} ${oneLine(row.summary)}: skipped, ${row.reason ?? 'nothing to add'}`);
        if (row.action === 'update')
          io.out(`${row.startDate} ${oneLine(row.summary)}: changed, ${row.reason ?? 'moved'}`);
      }
      io.out(importSummary(result) + (dryRun ? ' (dry run: nothing was written)' : ''));
      return EXIT.done;
    });
  },
};
