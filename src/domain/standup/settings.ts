import { z } from 'zod';
import { LIMITS, requiredText } from '../shared/text';

export const STANDUP_ORDERS = ['fixed', 'alphabetical', 'shuffled'] as const;
export type StandupOrder = (typeof STANDUP_ORDERS)[number];

export const STANDUP_ORDER_NAMES: Record<StandupOrder, string> = {
  fixed: 'Fixed (team order)',
  alphabetical: 'Alphabetical',
  shuffled: 'Shuffled each day',
};

const columnName = (what: string) => requiredText(`${what} column name`, LIMITS.label);

export const BoardColumnNamesSchema = z.object({
  todo: columnName('To do'),
  in_progress: columnName('In progress'),
  review: columnName('Review'),
  done: columnName('Done'),
});
export type BoardColumnNames = z.infer<typeof BoardColumnNamesSchema>;

export const DEFAULT_COLUMN_NAMES: BoardColumnNames = {
  todo: 'To do',
  in_progress: 'In progress',
  review: 'Review',
  done: 'Done',
};

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
