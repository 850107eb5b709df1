import { whyNotShown, type BacklogFilter } from '../../../src/domain/backlog/filter';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { quote } from '../../../src/domain/shared/words';

/** How to bring back an item the view leaves out, by why it is left out. */
const SEE_IT = {
  done: 'Tick “Show done items” to see it.',
  filter: 'Clear the filter to see it.',
} as const;

/**
 * What a save says of a new item the list does not show (done, or not matching the filter), after the words that
 * it was added: "It is done, so the list hides it. Tick “Show done items” to see it." Null when the list shows it.
 */
export function newItemHidden(item: BacklogItem, filter: BacklogFilter): string | null {
  const why = whyNotShown(item, filter);
  if (why === null) return null;
  return `${why === 'done' ? 'It is done' : 'It does not match the filter'}, so the list hides it. ${SEE_IT[why]}`;
}

/**
 * What saving an edit says when the list no longer shows the item, so its row does not vanish from the shared
 * screen unexplained: where it went and how to see it. Null when the list still shows it.
 */
export function editedItemHidden(item: BacklogItem, filter: BacklogFilter): string | null {
  const why = whyNotShown(item, filter);
  if (why === null) return null;
  const left =
    why === 'done' ? 'is done, so it leaves the backlog list' : 'no longer matches the filter, so the list hides it';
  return `${quote(item.title)} ${left}. ${SEE_IT[why]}`;
}
