import { ITEM_STATUS_NAMES, ITEM_TYPE_NAMES } from '../../../../src/domain/backlog/vocabulary';
import type { OptionalField } from '../../../../src/domain/imports/map-rows';
import { tallyMatches, type RowMatch } from '../../../../src/domain/imports/match';
import { numberText, plural, pluralWord } from '../../../../src/domain/shared/words';
import { formatPoints, type PointScale } from '../../../../src/domain/team/scales';
import type { ReadAnswer } from './messages';

interface PreviewCounts {
  importable: number;
  total: number;
  skipped: number;
  noted: number;
  /** Rows that update an item the backlog has (same key); none when the backlog is not known. */
  updated?: number;
  /** Rows whose item (same key) holds them already: importing them changes nothing. */
  unchanged?: number;
  /** Rows that add an item as done (closed in the tracker): it is not listed in the backlog. */
  done?: number;
  /** Rows that close their item (done in the tracker, to do and in no sprint here): it leaves the backlog list. */
  closing?: number;
}

/**
 * The worker's counts, with what the rows do to the backlog when it is known (updates, rows its items hold already,
 * deleted items skipped). Rows left unchanged are not counted as imported: they change nothing.
 */
export function previewCounts(
  read: ReadAnswer,
  matches: readonly RowMatch[] | null,
  unchangedRows: ReadonlySet<number> = new Set(),
  closingRows: ReadonlySet<number> = new Set(),
): PreviewCounts {
  // A row that adds an item gives it its status; an update keeps the item's own, but closes one (closes.ts).
  const addsDone = (i: number) => read.keys[i]?.status === 'done' && (matches ? matches[i]?.kind === 'add' : true);
  const done = read.keys.filter((k, i) => k.skip === null && addsDone(i)).length;
  if (!matches) return { ...read.counts, done };
  const { added, updated, unchanged, skipped } = tallyMatches(matches, unchangedRows);
  const closing = closingRows.size;
  return { ...read.counts, importable: added + updated, skipped, updated, unchanged, done, closing };
}

/**
 * "3 of 5 rows will become items; 1 will be skipped and 1 has a note.", counted in words that agree; with rows
 * that update items the backlog has, "3 of 5 rows will be imported: 2 add items and 1 updates an item…"; with rows
 * its items hold already, "…; 2 are unchanged (their items hold them already); …".
 */
export function importSummary(counts: PreviewCounts, brokenRows: number): string {
  const { importable, total, skipped, noted, updated = 0, unchanged = 0, done = 0, closing = 0 } = counts;
  if (total === 0) return 'The file has a header row and no rows under it: there is nothing to import.';
  const added = importable - updated;
  const adds = added > 0 ? `${numberText(added)} ${pluralWord(added, 'adds an item', 'add items')}` : null;
  const updates = `${numberText(updated)} ${pluralWord(updated, 'updates an item the backlog has', 'update items the backlog has')} (same key)`;
  const become =
    updated === 0
      ? pluralWord(importable, 'will become an item', 'will become items')
      : `will be imported: ${adds ? `${adds} and ${updates}` : updates}`;
  const broken =
    brokenRows > 0
      ? ` ${plural(brokenRows, 'row')} of the file ${pluralWord(brokenRows, 'has', 'have')} broken quoting.`
      : '';
  const held =
    unchanged > 0
      ? ` ${numberText(unchanged)} ${pluralWord(unchanged, 'is unchanged (its item holds it already)', 'are unchanged (their items hold them already)')};`
      : '';
  return `${numberText(importable)} of ${plural(total, 'row')} ${become};${held} ${numberText(skipped)} will be skipped and ${numberText(noted)} ${pluralWord(noted, 'has', 'have')} a note.${doneText(done)}${closingText(closing)}${broken}`;
}

/**
 * What the preview says of the rows that come in done (closed in the tracker): done work is not listed in the
 * backlog, so a scrum master who sees fewer rows there than the file had knows where the others are.
 */
function doneText(done: number): string {
  if (done === 0) return '';
  const them = pluralWord(done, 'it', 'they');
  return ` ${numberText(done)} ${pluralWord(done, 'is', 'are')} done in the export: ${them} ${pluralWord(done, 'is', 'are')} imported as done, so ${them} ${pluralWord(done, 'is', 'are')} not listed in the backlog ("Show done items" lists ${pluralWord(done, 'it', 'them')}).`;
}

/**
 * What the preview says of the rows that close their item: the tracker closed the issue, and the item is still to do
 * here and in no sprint, so the import marks it done and it leaves the backlog list.
 */
function closingText(closing: number): string {
  if (closing === 0) return '';
  return ` ${numberText(closing)} ${pluralWord(closing, 'closes its item', 'close their items')}: done in the export, to do and in no sprint here, so ${pluralWord(closing, 'it is', 'they are')} marked done and no longer listed in the backlog.`;
}

/** What the preview says of a row that closes its item, beside what its update does. */
const CLOSES = 'closes the item: done in the export, to do and in no sprint here';

/** A cell of a row that updates an item where the item keeps its own value. */
const UNCHANGED = 'unchanged';

/** What the preview says of a row that updates an item: that it does, or that the item holds the row already. */
const updateText = (unchanged: boolean) =>
  unchanged
    ? 'unchanged: the item of this key in the backlog holds this row already'
    : 'updates the item of this key in the backlog';

/**
 * The rows as they will be created, with each row's problem; the first hundred, problems counted for all.
 * `unchanged`: the indexes of the rows whose items hold them already. Points are shown on the team's `scale`
 * ("M (3)" for T-shirt sizes), as the backlog will show them.
 */
export function ImportPreview({
  read,
  matches,
  scale,
  unchanged = new Set(),
  closing = new Set(),
}: {
  read: ReadAnswer;
  matches: readonly RowMatch[] | null;
  scale: PointScale;
  unchanged?: ReadonlySet<number>;
  /** The indexes of the rows that close their item (closes.ts). */
  closing?: ReadonlySet<number>;
}) {
  const { preview: rows, problems } = read;
  const counts = previewCounts(read, matches, unchanged, closing);
  return (
    <div className="import-preview">
      <p>{importSummary(counts, problems.length)}</p>
      <div className="import-preview__table" tabIndex={0} role="region" aria-label="Rows as they will be created">
        <table>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Key</th>
              <th scope="col">Title</th>
              <th scope="col">Type</th>
              <th scope="col">Points</th>
              <th scope="col">Labels</th>
              <th scope="col">Status</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              // The preview is the first rows, so a row's match has its index.
              const match = matches?.[i];
              const skip = match?.kind === 'skip' ? match.reason : r.skip;
              const update = match?.kind === 'update' ? updateText(unchanged.has(i)) : null;
              // An update writes no field the file has no column for, nor one from an empty cell (the service's
              // writtenFields): the item keeps its own.
              const kept = (field: OptionalField, empty: boolean) =>
                update !== null && (empty || (r.unmapped ?? []).includes(field));
              const closes = closing.has(i);
              const problem = [skip ? `Skipped: ${skip}` : null, update, closes ? CLOSES : null, ...r.notes]
                .filter(Boolean)
                .join('; ');
              return (
                <tr key={r.row} className={skip ? 'import-preview__skipped' : undefined}>
                  <td>{r.row}</td>
                  <td>{r.key ?? ''}</td>
                  <td>{r.title}</td>
                  <td>{kept('type', false) ? UNCHANGED : ITEM_TYPE_NAMES[r.type]}</td>
                  <td>
                    {kept('points', r.points === null)
                      ? UNCHANGED
                      : r.points === null
                        ? '–'
                        : formatPoints(scale, r.points)}
                  </td>
                  <td>{kept('labels', r.labels.length === 0) ? UNCHANGED : r.labels.join(', ')}</td>
                  {/* An update changes an item's status only to close it: the rest is the team's own work. */}
                  <td>{update !== null && !closes ? UNCHANGED : ITEM_STATUS_NAMES[r.status ?? 'todo']}</td>
                  <td>{problem}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {counts.total > rows.length ? <p>…and {plural(counts.total - rows.length, 'more row')}.</p> : null}
    </div>
  );
}
