import type { StandupOrder } from './settings';

interface Person {
  id: string;
  name: string;
}

/** The speaking order: the team's own order, by name, or shuffled by `random` (passed in: the domain is pure). */
export function orderSpeakers<T extends Person>(members: readonly T[], order: StandupOrder, random: () => number): T[] {
  const list = [...members];
  if (order === 'alphabetical') {
    return list.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  }
  if (order === 'shuffled') {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
  }
  return list;
}
