import type { HandlerContext } from '../api/handler-types';
import { checkImportFileName, MAX_IMPORT_BYTES } from '../domain/imports/file-check';
import { keylessItemTitled, keylessTitles, keylessWarning } from '../domain/imports/keyless';
import {
  addImportPart,
  importSummary,
  MAX_IMPORT_ROWS,
  noImportYet,
  type BacklogImportInput,
  type BacklogImportResult,
} from '../domain/imports/row-schema';
import { isSiteAddress, type ImportRow } from '../domain/imports/map-rows';
import { columnNamesOf } from '../domain/imports/products';
import { readExport, type ReadExport } from '../domain/imports/read-export';
import { IMPORT_PRODUCTS, PRODUCT_NAMES, type ImportProduct } from '../domain/imports/source';
import type { RowProblem } from '../domain/imports/table';
import { fileSize } from '../domain/shared/file-size';
import { numberText, plural, pluralWord, quotedList } from '../domain/shared/words';
import { callApi } from './call-api';
import { COMMON_OPTIONS, requireOptions, stringOption, type CliCommand } from './commands';
import { CliError, EXIT, nothingImported, usageError } from './exit-codes';
import { teamNamed } from './find';
import { stoppableByCtrlC } from './interrupt';
import { readInput, shownFileName } from './read-file';
import { oneLine } from './terminal-text';
import { dryRunFolder, withStore } from './with-store';

/** What wrote the export, with its article: "a Jira export", "an Azure DevOps export". */
function exportKind(product: ImportProduct): string {
  if (product === 'csv') return "a CSV file that is no known product's export";
  const name = PRODUCT_NAMES[product];
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name} export`;
}

/**
 * A file with no column for the title imports nothing (every row would be skipped as "no title"): one message
 * says why, naming the columns looked for; the command line has no mapping to pick another.
 */
function refuseWithoutTitle(fileName: string, read: ReadExport): void {
  if (read.mapping.title.length > 0) return;
  throw new CliError(
    EXIT.error,
    `${fileName} has no column for the title: Cadence looks for one named ${quotedList(columnNamesOf(read.product, 'title'), 'or')} in ${exportKind(read.product)}. ` +
      "Rename the column in the file, or import it in the app, where each field's column can be picked. Nothing was imported.",
  );
}

/**
 * What the screen's preview notes on a row that is imported (a point value fitted to the scale, cells past the last
 * column, an unknown type), and a row whose quoting is broken: one `row N: note, …` line each, in row order, as a
 * script reads them. A skipped row's line (`row N: skipped, …`, after the import) gives its reason.
 */
function rowNotes(rows: readonly ImportRow[], problems: readonly RowProblem[]): string[] {
  const notes = [
    ...problems,
    ...rows.flatMap((row) => (row.skip === null ? row.notes.map((message) => ({ row: row.row, message })) : [])),
  ].sort((a, b) => a.row - b.row);
  // Papaparse may say the same of one row twice. A cell quoted in a note may hold line breaks: one row, one line.
  return [...new Set(notes.map(({ row, message }) => `row ${row}: note, ${oneLine(message)}`))];
}

/**
 * Sends the rows in parts of the most one call takes, as the screen sends a big file: later parts continue the
 * first's import (one backup before it). A key repeated across parts was marked when the whole file was mapped
 * (mapRows), so its row is skipped naming the first, as within one part. The figures are the parts' added up.
 */
async function importInParts(
  ctx: HandlerContext,
  input: Pick<BacklogImportInput, 'teamId' | 'product' | 'dryRun'>,
  rows: readonly ImportRow[],
  stopped: () => boolean,
): Promise<{ result: BacklogImportResult; sent: number }> {
  const total = noImportYet();
  let last: BacklogImportResult | null = null;
  let from = 0;
  for (; from === 0 || from < rows.length; from += MAX_IMPORT_ROWS) {
    // Ctrl+C: the parts sent stay (each one whole), and no further part is sent.
    if (from > 0 && stopped()) break;
    const part = rows.slice(from, from + MAX_IMPORT_ROWS);
    const answer = await callApi(ctx, 'importBacklog', { ...input, rows: part, continues: from > 0 }, true);
    if (!answer.ok) {
      const saved =
        from > 0 && !input.dryRun
          ? ` The file's first ${plural(from, 'row')} were imported before this part was refused.`
          : '';
      throw new CliError(EXIT.error, answer.error.message + saved);
    }
    last = answer.value as BacklogImportResult;
    addImportPart(total, last);
  }
  return { result: { ...(last as BacklogImportResult), ...total }, sent: Math.min(from, rows.length) };
}

/**
 * What the import refuses of FILE before reading it: its size, or its name. A CSV export a script saved under
 * another name (mktemp's `tmp.Xk2a9QzL1c`, wget's `export.csv.1`) is told how to go on, not only to export CSV.
 */
function refusedBeforeReading(name: string, size: number): string | null {
  const refused = checkImportFileName(name, size);
  // An empty file passes the size check: refused as one, the name is what is refused.
  if (!refused || !checkImportFileName(name, 0)) return refused?.message ?? null;
  return (
    `${name} is not named as a CSV or TSV file (.csv, .tsv or .txt), so it was not read. Export the backlog as CSV ` +
    'and give that file; a CSV export saved under another name (as mktemp names files) goes in once its name ends ' +
    'in .csv, or piped in: cadence import backlog - --team NAME < FILE. Nothing was imported.'
  );
}

/** The option that adds rows without a key again although items of their titles are in the backlog. */
const ADD_AGAIN = '--add-again';

/**
 * Rows without a key whose title an item without one already has (most often from an earlier run of the same
 * import: a script's nightly run) are skipped, saying why, unless `--add-again`: Cadence cannot tell them from
 * those items, and a second copy of every draft issue each night is worse than a row to add by hand. The screen
 * asks the person instead (its preview's warning).
 */
function skipKeylessRepeats(rows: readonly ImportRow[], items: Parameters<typeof keylessItemTitled>[0]): ImportRow[] {
  const known = keylessItemTitled(items);
  const reason = `no key, and an item of the same title without one is in the backlog already (an earlier import?); ${ADD_AGAIN} adds it anyway`;
  return rows.map((row) => (keylessTitles([row]).length > 0 && known(row.title) ? { ...row, skip: reason } : row));
}

/** What a later run does with rows without a key, as the warning says it: skips them, unless `--add-again`. */
const laterRunSkips = (it: 'it' | 'them') =>
  `a later run of this import skips ${it}, as ${it === 'it' ? 'an item of its title' : 'items of their titles'} will be in the backlog (${ADD_AGAIN} adds ${it} anyway)`;

/**
 * What a Ctrl+C between two parts leaves: how many rows went in, and how to bring in the rest. Rows with a key come
 * back unchanged from the same import run again; rows without one are skipped, their items being there, or with
 * `--add-again` added again (see keyless.ts).
 */
function stoppedAfter(rows: readonly ImportRow[], sent: number, dryRun: boolean, addAgain: boolean): string {
  const after = `Stopped by Ctrl+C after ${numberText(sent)} of ${plural(rows.length, 'row')}`;
  if (dryRun) return `${after} (dry run: nothing was written).`;
  const rest = rows.length - sent;
  const keyless = keylessTitles(rows.slice(0, sent)).length;
  const them = pluralWord(keyless, 'it', 'them');
  const withoutKey = `the ${plural(keyless, 'row')} without one imported already`;
  const again =
    keyless === 0
      ? 'the rows imported come back unchanged'
      : addAgain
        ? `rows with a key come back unchanged, but ${withoutKey} would be added again: take ${them} out of the file first, or run it without ${ADD_AGAIN}`
        : `rows with a key come back unchanged, and ${withoutKey} ${pluralWord(keyless, 'is', 'are')} skipped, as ${pluralWord(keyless, 'its item is', 'their items are')} there`;
  return `${after}: those were imported, the other ${numberText(rest)} ${pluralWord(rest, 'was', 'were')} not. Run the same import again to bring ${pluralWord(rest, 'it', 'them')} in (${again}).`;
}

/** `import backlog FILE --team NAME`: the screen's import, without a window. */
export const importBacklogCommand: CliCommand = {
  words: ['import', 'backlog'],
  usage: `import backlog FILE --team NAME [--site URL] [--product ${IMPORT_PRODUCTS.join('|')}] [${ADD_AGAIN}] [--data-dir DIR] [--dry-run]   (FILE -: read from stdin)`,
  options: {
    ...COMMON_OPTIONS,
    team: { type: 'string' },
    site: { type: 'string' },
    product: { type: 'string' },
    'add-again': { type: 'boolean' },
  },
  positionals: 1,
  async run({ positionals, values }, io) {
    requireOptions('import backlog', values, [['team', '--team NAME']]);
    const [file = ''] = positionals;
    const teamName = stringOption(values, 'team') ?? '';
    const product = stringOption(values, 'product');
    if (product !== undefined && !(IMPORT_PRODUCTS as readonly string[]).includes(product)) {
      throw usageError(`--product is one of ${IMPORT_PRODUCTS.join(', ')}.`);
    }
    const site = stringOption(values, 'site');
    if (site !== undefined && !isSiteAddress(site)) {
      throw usageError(
        '--site is not a web address: give the site the export came from, e.g. https://acme.atlassian.net. Nothing was imported.',
      );
    }
    const name = shownFileName(file);
    const bytes = await readInput(
      file,
      io,
      { bytes: MAX_IMPORT_BYTES, words: `Cadence imports files of up to ${fileSize(MAX_IMPORT_BYTES)}` },
      (size) => refusedBeforeReading(name, size),
    );
    const dryRun = values['dry-run'] === true;
    const addAgain = values['add-again'] === true;
    return withStore(dryRunFolder(values, dryRun), io, async (ctx) => {
      const team = teamNamed(ctx.store.snapshot(), teamName);
      const read = readExport(name, bytes, {
        scale: team.settings.pointScale,
        site: site ?? '',
        ...(product ? { product: product as ImportProduct } : {}),
      });
      if (!read.ok) throw new CliError(EXIT.error, read.message);
      const { problems } = read.read;
      refuseWithoutTitle(name, read.read);
      const rows = addAgain ? read.read.rows : skipKeylessRepeats(read.read.rows, team.items);
      const repeats = rows.filter((row, i) => row.skip !== read.read.rows[i]?.skip).length;
      const matched = read.read.product === 'csv' ? ' (its columns were matched by their names)' : '';
      io.err(`Read ${plural(rows.length, 'row')} of ${exportKind(read.read.product)}${matched}.`);
      if (read.read.product === 'jira' && !values.site) {
        io.err('Note: a Jira export does not name its site; pass --site https://your-site.atlassian.net for links.');
      }
      for (const line of rowNotes(rows, problems)) io.out(line);
      // Said of the whole file, against the backlog before the import (a part's would count its own rows only).
      const later = addAgain ? undefined : laterRunSkips;
      const keyless = keylessWarning(keylessTitles(rows), team.items, read.read.product, later);
      if (keyless) io.out(`warning: ${oneLine(keyless)}`);
      const { result, sent } = await stoppableByCtrlC(
        () =>
          io.err('Ctrl+C: stopping once the part of the file being written is saved (press it again to stop at once).'),
        (stopped) => importInParts(ctx, { teamId: team.id, product: read.read.product, dryRun }, rows, stopped),
      );
      for (const skipped of result.skippedRows) io.out(`row ${skipped.row}: skipped, ${oneLine(skipped.reason)}`);
      io.out(importSummary(result) + (dryRun ? ' (dry run: nothing was written)' : ''));
      if (sent < rows.length) {
        io.err(stoppedAfter(rows, sent, dryRun, addAgain));
        return EXIT.interrupted;
      }
      // Rows whose items hold their values already (or, without a key, whose items are there) leave nothing to do:
      // done. Nothing else brought in: exit 5.
      if (result.added + result.updated + result.unchanged + repeats > 0) return EXIT.done;
      const why =
        rows.length === 0
          ? `${name} has no rows under its header`
          : `every row of ${name} was skipped (the reasons are above)`;
      return nothingImported(io.err, dryRun, why);
    });
  },
};
