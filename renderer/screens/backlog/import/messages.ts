import type { ItemStatus } from '../../../../src/domain/backlog/vocabulary';
import type { ImportRow } from '../../../../src/domain/imports/map-rows';
import type { RowKey } from '../../../../src/domain/imports/match';
import type { ImportMapping } from '../../../../src/domain/imports/products';
import type { ImportProduct } from '../../../../src/domain/imports/source';
import type { RowProblem } from '../../../../src/domain/imports/table';
import type { RowWrites } from '../../../../src/domain/imports/update-fields';
import type { PointScale } from '../../../../src/domain/team/scales';

/** What the screen asks the parse worker, and what it answers (structured-cloned, so plain data only). */
export interface MapSettings {
  scale: PointScale;
  site: string;
  product?: ImportProduct;
  mapping?: ImportMapping;
}

export type ToWorker =
  | { type: 'read'; file: File; settings: MapSettings }
  | { type: 'remap'; settings: MapSettings }
  | { type: 'rows'; from: number; to: number };

/** How many rows the preview shows; the rest stay in the worker until they are imported, part by part. */
export const PREVIEW_ROWS = 100;

export interface ReadAnswer {
  type: 'read';
  fileName: string;
  product: ImportProduct;
  mapping: ImportMapping;
  /** The header's names, each once, for the mapping's choices. */
  columns: string[];
  /** The first rows, as they will be created. */
  preview: ImportRow[];
  counts: { total: number; importable: number; skipped: number; noted: number };
  problems: RowProblem[];
  /** The title of each row that will be added without a key (every import adds those again: keyless.ts). */
  keylessTitles: string[];
  /**
   * Every row's number, key, site and skip, so the screen can tell which rows update items the backlog has, and
   * what each would write (null: a row the import skips), so it can tell the rows whose items hold them already;
   * and the status a row adds its item with, so it can count those that come in done.
   */
  keys: (RowKey & { writes: RowWrites | null; status?: ItemStatus })[];
}

export type FromWorker =
  | { type: 'progress'; fraction: number }
  | ReadAnswer
  | { type: 'rows'; rows: ImportRow[] }
  | { type: 'refused'; message: string };
