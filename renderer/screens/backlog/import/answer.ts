import { keylessTitles } from '../../../../src/domain/imports/keyless';
import type { ReadExport } from '../../../../src/domain/imports/read-export';
import { rowWrites } from '../../../../src/domain/imports/update-fields';
import { PREVIEW_ROWS, type ReadAnswer } from './messages';

/**
 * The header names worth offering in the mapping: columns with a value in some row, and those already mapped.
 * A Jira export has 2,000 mostly empty custom fields; eight lists of all of them would freeze the page.
 */
function filledColumns(read: ReadExport): string[] {
  const { header, rows } = read.table;
  const filled = new Array<boolean>(header.length).fill(false);
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      if (!filled[i] && cell.trim() !== '') filled[i] = true;
    });
  }
  const mapped = new Set(Object.values(read.mapping).flat());
  return [...new Set(header.filter((h, i) => h !== '' && (filled[i] || mapped.has(h))))];
}

/** What the screen gets of a read export: the preview and the counts, not every row (those stay where they were read). */
export function answerOf(read: ReadExport, fileName: string): ReadAnswer {
  const skipped = read.rows.filter((r) => r.skip !== null).length;
  return {
    type: 'read',
    fileName,
    product: read.product,
    mapping: read.mapping,
    columns: filledColumns(read),
    preview: read.rows.slice(0, PREVIEW_ROWS),
    counts: {
      total: read.rows.length,
      importable: read.rows.length - skipped,
      skipped,
      noted: read.rows.filter((r) => r.notes.length > 0).length,
    },
    problems: read.problems,
    keylessTitles: keylessTitles(read.rows),
    keys: read.rows.map((r) => ({
      row: r.row,
      key: r.key,
      site: r.site,
      skip: r.skip,
      status: r.status,
      writes: r.skip === null ? rowWrites(r, read.scale) : null,
    })),
  };
}
