import { cutText } from '../shared/cut-text';
import { quote } from '../shared/words';

/** How much of a cell a note or a skip reason repeats: enough to find it in the file, never a whole shifted column. */
const QUOTED = 40;

/** The start of a cell's text, cut with "…" when longer than a note should repeat. */
export function shortened(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= QUOTED ? trimmed : `${cutText(trimmed, QUOTED).trimEnd()}…`;
}

/** A cell's text quoted as every message quotes a person's text, for a note: `“Bug Bug Bug…”`. */
export function quoted(text: string): string {
  return quote(shortened(text));
}
