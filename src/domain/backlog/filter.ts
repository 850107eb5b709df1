import type { BacklogItem, ItemType } from './schema';

export interface BacklogFilter {
  types: ItemType[];
  label: string | null;
  /** A member's id: their items only; NO_OWNER: items nobody owns; null (or absent): any owner. */
  owner?: string | null;
  text: string;
  /** Done items are kept but leave the backlog view unless asked for. */
  showDone: boolean;
}

export const EMPTY_FILTER: BacklogFilter = { types: [], label: null, owner: null, text: '', showDone: false };

/** The owner filter's value for items nobody owns (no member id is empty). */
export const NO_OWNER = '';

/**
 * Each team's backlog filter, by team id. A filter is about one team's list (its labels, its members), so a
 * switch of team shows the other team's list as that team left it, and a switch back brings this one back.
 */
export type TeamFilters = Readonly<Record<string, BacklogFilter>>;

/** The filter of a team's backlog: the one it was left with, else none. The same object each time, for memos. */
export function filterOfTeam(filters: TeamFilters, teamId: string | null | undefined): BacklogFilter {
  return teamId != null && Object.hasOwn(filters, teamId) ? (filters[teamId] ?? EMPTY_FILTER) : EMPTY_FILTER;
}

/** The filters with one team's changed; no team open: unchanged. */
export function withTeamFilter(
  filters: TeamFilters,
  teamId: string | null | undefined,
  changes: Partial<BacklogFilter>,
): TeamFilters {
  if (teamId == null) return filters;
  return { ...filters, [teamId]: { ...filterOfTeam(filters, teamId), ...changes } };
}

/** Whether an item is in the backlog view when done items are hidden. */
export function isOpenItem(item: BacklogItem): boolean {
  return item.status !== 'done';
}

/**
 * A move to place `toIndex` of the view, as a place in the whole list: the place of the item shown
 * there now, so the moved item lands beside the same neighbours whatever hidden items sit between.
 */
export function indexInWholeList(items: readonly BacklogItem[], view: readonly BacklogItem[], toIndex: number): number {
  if (view === items || view.length === 0) return toIndex;
  const target = view[Math.max(0, Math.min(view.length - 1, toIndex))];
  return items.findIndex((i) => i.id === target?.id);
}

/**
 * Why the backlog view leaves an item out: `done` while done items are hidden, `filter` when the filter does not
 * match it; null when it is shown. One item read, for what a save says of the item it saved.
 */
export function whyNotShown(item: BacklogItem, filter: BacklogFilter): 'done' | 'filter' | null {
  if (!filter.showDone && !isOpenItem(item)) return 'done';
  return filterItems([item], filter).length === 0 ? 'filter' : null;
}

/** The parts of the filter that narrow the view (showDone widens it instead). */
export type ItemFilter = Omit<BacklogFilter, 'showDone'>;

export function isFilterActive(filter: ItemFilter): boolean {
  return (
    filter.types.length > 0 || filter.label !== null || (filter.owner ?? null) !== null || filter.text.trim() !== ''
  );
}

/** Fields text is matched in, joined by a character no typed filter holds. */
const FIELD_SEPARATOR = '\u0000';
const haystacks = new WeakMap<BacklogItem, string>();

/**
 * What the filter text is looked for in: title, description and links lower-cased, labels as they are.
 * Kept per item object (items are replaced, never changed in place), so typing a filter over 10,000
 * items does not lower-case every description again on each key.
 */
function haystackOf(item: BacklogItem): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = [
      item.title.toLowerCase(),
      item.description.toLowerCase(),
      ...item.labels,
      ...item.links.map((l) => l.value.toLowerCase()),
    ].join(FIELD_SEPARATOR);
    haystacks.set(item, text);
  }
  return text;
}

/**
 * Works out the filter text of `items` from place `from` on ahead of the first keystroke, while `more()`
 * says there is time (asked every few items); returns where it stopped, to go on from there later.
 */
export function prepareFilterText(items: readonly BacklogItem[], from: number, more: () => boolean): number {
  let at = from;
  while (at < items.length && more()) {
    const end = Math.min(items.length, at + 64);
    for (; at < end; at++) {
      const item = items[at];
      if (item) haystackOf(item);
    }
  }
  return at;
}

function matchesText(item: BacklogItem, needle: string): boolean {
  if (needle.includes(FIELD_SEPARATOR)) {
    return (
      item.title.toLowerCase().includes(needle) ||
      item.description.toLowerCase().includes(needle) ||
      item.labels.some((l) => l.includes(needle)) ||
      item.links.some((l) => l.value.toLowerCase().includes(needle))
    );
  }
  return haystackOf(item).includes(needle);
}

/** The filter's text as it is looked for. */
const needleOf = (filter: ItemFilter) => filter.text.trim().toLowerCase();

/**
 * Items matching every part of the filter, in backlog order. Text matches title, description, labels and links; the
 * owner is the item's owner id (or none).
 */
export function filterItems(items: readonly BacklogItem[], filter: ItemFilter): readonly BacklogItem[] {
  // No filter: the list itself (no copy of a 10,000-item backlog on every change).
  if (!isFilterActive(filter)) return items;
  const needle = needleOf(filter);
  const owner = filter.owner ?? null;
  return items.filter((item) => {
    if (filter.types.length > 0 && !filter.types.includes(item.type)) return false;
    if (filter.label !== null && !item.labels.includes(filter.label)) return false;
    if (owner !== null && (item.ownerId ?? NO_OWNER) !== owner) return false;
    return needle === '' || matchesText(item, needle);
  });
}

/** Answers kept for one list while its filter is typed: enough for a long phrase typed and deleted. */
const TYPED_ANSWERS = 64;

/**
 * filterItems for a filter being typed: each answer is kept (for the same list, types, label and owner), so
 * deleting characters finds the earlier answer again, and a longer text is looked for only among the
 * items the shorter text it contains matched (text inside a match contains every part of it).
 */
export function createTypedFilter(): (items: readonly BacklogItem[], filter: ItemFilter) => readonly BacklogItem[] {
  let list: readonly BacklogItem[] | null = null;
  let rest = '';
  const answers = new Map<string, readonly BacklogItem[]>();
  return (items, filter) => {
    if (!isFilterActive(filter)) return items;
    const others = JSON.stringify([filter.types, filter.label, filter.owner ?? null]);
    if (items !== list || others !== rest) {
      list = items;
      rest = others;
      answers.clear();
    }
    const needle = needleOf(filter);
    const known = answers.get(needle);
    if (known) return known;
    let from = items;
    let longest = -1;
    for (const [text, answer] of answers) {
      if (text.length > longest && needle.includes(text)) {
        from = answer;
        longest = text.length;
      }
    }
    const answer = filterItems(from, filter);
    if (answers.size >= TYPED_ANSWERS) answers.delete(answers.keys().next().value ?? '');
    answers.set(needle, answer);
    return answer;
  };
}

/** Every label in use, sorted, for the filter and for suggestions. */
export function labelsInUse(items: readonly BacklogItem[]): string[] {
  const labels = new Set<string>();
  for (const item of items) for (const label of item.labels) labels.add(label);
  return [...labels].sort();
}
