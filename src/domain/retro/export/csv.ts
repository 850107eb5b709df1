import Papa from 'papaparse';
import type { Retro } from '../schema';
import { actionDetails, outlineOf, type ExportContext } from './outline';

export const CSV_HEADER = ['Column', 'Prompt', 'Group', 'Card', 'Votes', 'Action'] as const;

/** One row per card; a grouped card carries its group's title and votes. */
export function retroToCsv(retro: Retro, ctx: ExportContext): string {
  const rows: string[][] = [];
  for (const col of outlineOf(retro).columns) {
    for (const topic of col.topics) {
      for (const card of topic.cards) {
        const actions = topic.actions
          .filter((a) => a.sourceId === card.id || a.sourceId === topic.id)
          .map((a) => `${a.text} (${actionDetails(a, ctx)})`)
          .join('; ');
        rows.push([
          col.title,
          col.prompt,
          topic.kind === 'group' ? topic.title : '',
          card.text,
          String(topic.votes),
          actions,
        ]);
      }
    }
  }
  // escapeFormulae keeps spreadsheet apps from running a card that starts with "=".
  return Papa.unparse({ fields: [...CSV_HEADER], data: rows }, { escapeFormulae: true, newline: '\n' });
}
