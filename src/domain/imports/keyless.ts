import type { BacklogItem } from '../backlog/schema';
import { plural, pluralWord } from '../shared/words';
import type { ImportRow } from './map-rows';
import { quoted } from './quote';
import type { ImportProduct } from './source';

/**
 * Rows without a key (a GitHub project's draft issues, an export with an empty key cell) become items with no
 * source, so a later import cannot tell them from what it added before and adds them again. That is by design:
 * two rows of one title may be two pieces of work, and an item of the same title may have been made by hand, so
 * nothing is matched by title. The preview says it before the import, on the screen and the command line.
 */

/** The title of each row that will be added without a key. */
export function keylessTitles(rows: readonly Pick<ImportRow, 'key' | 'skip' | 'title'>[]): string[] {
  return rows.filter((r) => r.skip === null && !r.key?.trim()).map((r) => r.title);
}

const sameTitle = (title: string) => title.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether a title is that of an item of the backlog without a key (perhaps one an earlier import of the same file
 * added): spaces and case aside, as the warning compares them.
 */
export function keylessItemTitled(items: readonly Pick<BacklogItem, 'title' | 'source'>[]): (title: string) => boolean {
  const known = new Set(items.filter((i) => i.source === null).map((i) => sameTitle(i.title)));
  return (title) => known.has(sameTitle(title));
}

/** How many titles a warning names before it stops. */
const NAMED = 3;

/**
 * The warning for rows without a key, or null when every row has one: they will be added again by every later
 * import, and those whose title an item of the backlog without a key already has (perhaps from an earlier
 * import of the same file) would be there twice. `again`: what a later import does with them, when the caller
 * does otherwise (the command line skips them), given the pronoun for the rows.
 */
export function keylessWarning(
  titles: readonly string[],
  items: readonly Pick<BacklogItem, 'title' | 'source'>[],
  product: ImportProduct,
  again: (it: 'it' | 'them') => string = (it) => `importing this file again will add ${it} again`,
): string | null {
  const n = titles.length;
  if (n === 0) return null;
  const one = n === 1;
  const why =
    product === 'github'
      ? 'a draft issue of a GitHub project has none'
      : one
        ? 'its key cell is empty, or no column is the key'
        : 'their key cells are empty, or no column is the key';
  const it = one ? 'it' : 'them';
  const first = `${plural(n, 'row')} ${pluralWord(n, 'has', 'have')} no key (${why}), so Cadence cannot tell ${it} from ${one ? 'an item' : 'items'} it imported before: ${again(it)}.`;
  const repeated = titles.filter(keylessItemTitled(items));
  if (repeated.length === 0) return first;
  const names = [...new Set(repeated)].slice(0, NAMED).map(quoted).join(', ');
  const more = new Set(repeated).size > NAMED ? ', …' : '';
  const m = repeated.length;
  const who = one ? 'It has' : `${m} of them ${pluralWord(m, 'has', 'have')}`;
  const what = m === 1 ? 'an item' : 'items';
  const second = `${who} the same title as ${what} already in the backlog without a key (${names}${more}), perhaps from an earlier import: importing adds a second one${m === 1 ? '' : ' of each'}.`;
  return `${first} ${second}`;
}
