import { ITEM_TYPE_NAMES } from '../../../../src/domain/backlog/vocabulary';
import type { ReadAnswer } from './messages';

/** The rows as they will be created, with each row's problem; the first hundred, problems counted for all. */
export function ImportPreview({ read }: { read: ReadAnswer }) {
  const { preview: rows, problems, counts } = read;
  const { skipped, noted } = counts;
  return (
    <div className="import-preview">
      <p>
        {counts.importable} of {counts.total} rows will become items; {skipped} will be skipped and {noted} have a note.
        {problems.length > 0 ? ` ${problems.length} rows of the file have broken quoting.` : ''}
      </p>
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
