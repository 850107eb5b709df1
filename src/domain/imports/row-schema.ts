import { z } from 'zod';
import type { BacklogItem } from '../backlog/schema';
import { ITEM_STATUSES, ITEM_TYPES } from '../backlog/vocabulary';
import { IdSchema } from '../shared/ids';
import { LIMITS } from '../shared/text';
import { numberText } from '../shared/words';
import { OPTIONAL_FIELDS } from './map-rows';
import { IMPORT_PRODUCTS } from './source';

/** Rows of one import call; a 20 MB export holds about 10,000 issues. */
export const MAX_IMPORT_ROWS = 20_000;

/**
 * A mapped row as it crosses the api (see ImportRow in map-rows.ts). Loose on lengths the service checks
 * itself, so one bad row is skipped with its reason instead of refusing the whole import.
 */
export const ImportRowSchema = z
  .object({
    row: z.number().int().min(0),
    key: z.string().max(LIMITS.url).nullable(),
    site: z.string().max(LIMITS.url),
    link: z.string().max(LIMITS.url).nullable(),
    title: z.string().max(LIMITS.title * 2),
    type: z.enum(ITEM_TYPES),
    description: z.string().max(LIMITS.markdown * 2),
    labels: z.array(z.string().max(LIMITS.label * 2)).max(LIMITS.labels * 2),
    points: z.number().min(0).max(100_000).nullable(),
    status: z.enum(ITEM_STATUSES).optional(),
    notes: z.array(z.string().max(LIMITS.shortText)).max(20),
    skip: z.string().max(LIMITS.shortText).nullable(),
    unmapped: z.array(z.enum(OPTIONAL_FIELDS)).max(OPTIONAL_FIELDS.length).optional(),
  })
  .strict();

export const BacklogImportSchema = z
  .object({
    teamId: IdSchema,
    product: z.enum(IMPORT_PRODUCTS),
    rows: z.array(ImportRowSchema).max(MAX_IMPORT_ROWS, {
      error: `An import takes at most ${numberText(MAX_IMPORT_ROWS)} rows; export fewer issues at a time.`,
    }),
    dryRun: z.boolean().optional(),
    /**
     * A later part of the same import (the screen sends a big file in parts, so no single message blocks the
     * page): Undo reverses every part together, and only the first part that changes something takes a backup.
     */
    continues: z.boolean().optional(),
  })
  .strict();
export type BacklogImportInput = z.infer<typeof BacklogImportSchema>;

/** What an import did (or, for a dry run, would do). */
export interface BacklogImportResult {
  added: number;
  /** Rows that changed the item of their key. */
  updated: number;
  /** Rows of an item's key whose values the item holds already (a re-import of the same file): nothing written. */
  unchanged: number;
  skipped: number;
  /**
   * Rows that came in done: an issue closed in the tracker added as done, or closing its item (still to do and in
   * no sprint). Done items are not listed in the backlog, so the report says how many went there.
   */
  done: number;
  /** One entry per skipped row, with its reason. */
  skippedRows: { row: number; reason: string }[];
  /** The backup taken before the import; null for a dry run or a later part. */
  backup: string | null;
  dryRun: boolean;
  /** The items this call added or updated, as saved, so a screen can show them without reloading the team. */
  items: BacklogItem[];
  /** What to know before importing (rows without a key are added again by every import: keyless.ts). */
  warnings: string[];
}

/** The figures of an import sent in parts (a big file), added up as the parts are answered. */
export type ImportPartsTotal = Pick<
  BacklogImportResult,
  'added' | 'updated' | 'unchanged' | 'skipped' | 'done' | 'skippedRows'
>;

export const noImportYet = (): ImportPartsTotal => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  done: 0,
  skippedRows: [],
});

/** Adds one part's figures and skipped rows to the total so far. */
export function addImportPart(total: ImportPartsTotal, part: BacklogImportResult): void {
  total.added += part.added;
  total.updated += part.updated;
  total.unchanged += part.unchanged;
  total.skipped += part.skipped;
  total.done += part.done;
  total.skippedRows.push(...part.skippedRows);
}

export interface BacklogImportUndo {
  removed: number;
  restored: number;
}

/**
 * The line that ends every import report, on the screen and on the command line: "added 2, updated 1, skipped 0",
 * ", unchanged 4" after it when rows found their item holding their values already, and ", done 3" when rows came
 * in done (a backlog import's: those items are not listed in the backlog).
 */
export function importSummary(
  result: Pick<BacklogImportResult, 'added' | 'updated' | 'skipped'> & { unchanged?: number; done?: number },
): string {
  const unchanged = result.unchanged ? `, unchanged ${result.unchanged}` : '';
  const done = result.done ? `, done ${result.done}` : '';
  return `added ${result.added}, updated ${result.updated}, skipped ${result.skipped}${unchanged}${done}`;
}
