import type { BacklogItem, ItemType } from './schema';

export interface BacklogFilter {
  types: ItemType[];
  label: string | null;
  text: string;
}

export const EMPTY_FILTER: BacklogFilter = { types: [], label: null, text: '' };

export function isFilterActive(filter: BacklogFilter): boolean {
  return filter.types.length > 0 || filter.label !== null || filter.text.trim() !== '';
}

/** Items matching every part of the filter, in backlog order. Text matches title, description, labels and links. */
export function filterItems(items: readonly BacklogItem[], filter: BacklogFilter): readonly BacklogItem[] {
  // No filter: the list itself (no copy of a 10,000-item backlog on every change).
  if (!isFilterActive(filter)) return items;
  const needle = filter.text.trim().toLowerCase();
  return items.filter((item) => {
    if (filter.types.length > 0 && !filter.types.includes(item.type)) return false;
    if (filter.label !== null && !item.labels.includes(filter.label)) return false;
    if (needle === '') return true;
    return (
      item.title.toLowerCase().includes(needle) ||
      item.description.toLowerCase().includes(needle) ||
      item.labels.some((l) => l.includes(needle)) ||
      item.links.some((l) => l.value.toLowerCase().includes(needle))
    );
  });
}

/** Every label in use, sorted, for the filter and for suggestions. */
export function labelsInUse(items: readonly BacklogItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.labels))].sort();
}

export const SUGGESTED_LABELS = [
  'monitoring',
  'kubernetes',
  'dns',
  'database',
  'iac',
  'networking',
  'security',
  'ci-cd',
  'backup',
  'capacity',
] as const;
