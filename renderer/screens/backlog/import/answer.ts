import type { ReadExport } from '../../../../src/domain/imports/read-export';
import { PREVIEW_ROWS, type ReadAnswer } from './messages';

/** What the screen gets of a read export: the preview and the counts, not every row (those stay where they were read). */
export function answerOf(read: ReadExport, fileName: string): ReadAnswer {
  const skipped = read.rows.filter((r) => r.skip !== null).length;
  return {
    type: 'read',
    fileName,
    product: read.product,
    mapping: read.mapping,
    columns: [...new Set(read.table.header.filter((h) => h !== ''))],
    preview: read.rows.slice(0, PREVIEW_ROWS),
    counts: {
      total: read.rows.length,
      importable: read.rows.length - skipped,
      skipped,
      noted: read.rows.filter((r) => r.notes.length > 0).length,
    },
    problems: read.problems,
  };
}
