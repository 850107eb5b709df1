import { z } from 'zod';
import { LIMITS, requiredText } from '../shared/text';

export const STANDUP_ORDERS = ['fixed', 'alphabetical', 'shuffled'] as const;
export type StandupOrder = (typeof STANDUP_ORDERS)[number];

export const STANDUP_ORDER_NAMES: Record<StandupOrder, string> = {
  fixed: 'Fixed (team order)',
  alphabetical: 'Alphabetical',
  shuffled: 'Shuffled each day',
};

/** The columns' own names: what a board starts with, and how messages name a column whatever it is called. */
const COLUMNS = { todo: 'To do', in_progress: 'In progress', review: 'Review', done: 'Done' } as const;
const columnName = (what: string) => requiredText(`${what} column name`, LIMITS.label);

/** The names as stored: each checked alone, so a file saved with a repeated name still loads. */
export const BoardColumnNamesSchema = z.object({
  todo: columnName(COLUMNS.todo),
  in_progress: columnName(COLUMNS.in_progress),
  review: columnName(COLUMNS.review),
  done: columnName(COLUMNS.done),
});
export type BoardColumnNames = z.infer<typeof BoardColumnNamesSchema>;

/**
 * The names a save may set: also each column its own name (compared without case and surrounding or
 * repeated spaces), else the board shows two "Done" columns and a card's "Done →" moves it elsewhere.
 * Each of the clashing fields gets an issue naming the other column.
 */
export const BoardColumnNamesInputSchema = BoardColumnNamesSchema.superRefine((names, ctx) => {
  const columns = Object.keys(COLUMNS) as (keyof BoardColumnNames)[];
  const key = (column: keyof BoardColumnNames) => names[column].trim().replace(/\s+/g, ' ').toLowerCase();
  for (const column of columns) {
    const other = columns.find((c) => c !== column && key(c) === key(column));
    if (other === undefined) continue;
    ctx.addIssue({
      code: 'custom',
      path: [column],
      message: `Each column needs its own name: the ${COLUMNS[other]} column is also called “${names[other].trim()}”.`,
    });
  }
});

export const DEFAULT_COLUMN_NAMES: BoardColumnNames = { ...COLUMNS };

/**
 * Team settings owned by the standup feature, spread into TeamSettingsSchema.
 * Every field needs a .default() so data files written before it still load.
 */
export const standupSettingsShape = {
  /** Each speaker's timebox, in seconds. */
  standupSpeakerSeconds: z
    .number({ error: 'The per-speaker timebox must be a number of seconds.' })
    .int({ error: 'The per-speaker timebox is a whole number of seconds.' })
    .min(15, { error: 'Give each speaker at least 15 seconds.' })
    .max(900, { error: 'A speaker timebox cannot exceed 15 minutes (900 seconds).' })
    .default(90),
  /** The whole standup's timebox, in minutes. */
  standupTotalMinutes: z
    .number({ error: 'The standup timebox must be a number of minutes.' })
    .int({ error: 'The standup timebox is a whole number of minutes.' })
    .min(1, { error: 'The standup timebox must be at least 1 minute.' })
    .max(60, { error: 'The standup timebox cannot exceed 60 minutes.' })
    .default(15),
  standupOrder: z
    .enum(STANDUP_ORDERS, { error: 'Pick a speaking order: fixed, alphabetical or shuffled.' })
    .default('fixed'),
  /** A short tone when a timebox runs out. */
  standupChime: z.boolean().default(true),
  boardColumnNames: BoardColumnNamesSchema.default(DEFAULT_COLUMN_NAMES),
};
