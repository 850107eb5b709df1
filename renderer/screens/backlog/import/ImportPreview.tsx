import { ITEM_TYPE_NAMES } from '../../../../src/domain/backlog/vocabulary';
import { plural, pluralWord } from '../../../../src/domain/shared/words';
import type { ReadAnswer } from './messages';

/** "3 of 5 rows will become items; 1 will be skipped and 1 has a note.", counted in words that agree. */
export function importSummary(
  counts: { importable: number; total: number; skipped: number; noted: number },
  brokenRows: number,
): string {
  const { importable, total, skipped, noted } = counts;
  const become = pluralWord(importable, 'will become an item', 'will become items');
  const broken =
    brokenRows > 0
      ? ` ${plural(brokenRows, 'row')} of the file ${pluralWord(brokenRows, 'has', 'have')} broken quoting.`
      : '';
  return `${importable} of ${plural(total, 'row')} ${become}; ${skipped} will be skipped and ${noted} ${pluralWord(noted, 'has', 'have')} a note.${broken}`;
}

/** The rows as they will be created, with each row's problem; the first hundred, problems counted for all. */
export function ImportPreview({ read }: { read: ReadAnswer }) {
  const { preview: rows, problems, counts } = read;
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
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className={r.skip ? 'import-preview__skipped' : undefined}>
                <td>{r.row}</td>
                <td>{r.key ?? ''}</td>
                <td>{r.title}</td>
                <td>{ITEM_TYPE_NAMES[r.type]}</td>
                <td>{r.points ?? '–'}</td>
                <td>{r.labels.join(', ')}</td>
                <td>{[r.skip ? `Skipped: ${r.skip}` : null, ...r.notes].filter(Boolean).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {counts.total > rows.length ? <p>…and {counts.total - rows.length} more rows.</p> : null}
    </div>
  );
}
