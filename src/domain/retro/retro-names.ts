import type { Retro } from './schema';
import { formatDay, type DateStyle } from '../shared/dates';
import { dateInZone, timeInZone } from '../shared/zoned-time';

/**
 * Each retro's name in the list's buttons and questions, and where the "Open actions" phase and the exports say which
 * retro an action came from: its title, and where another retro has the same title, the day it was held in the
 * team's zone (and the time, if that day is shared too). Two "Open Weekly retro" buttons would read alike to a
 * screen reader and to a person choosing which one to delete.
 */
export function retroNames(
  retros: readonly Pick<Retro, 'id' | 'title' | 'createdAt'>[],
  zone: string,
  style: DateStyle,
): Map<string, string> {
  const count = (key: (r: (typeof retros)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const r of retros) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return (r: (typeof retros)[number]) => counts.get(key(r)) ?? 0;
  };
  const sameTitle = count((r) => r.title);
  const sameDay = count((r) => `${r.title}\n${dateInZone(r.createdAt, zone)}`);
  return new Map(
    retros.map((r) => {
      if (sameTitle(r) < 2) return [r.id, r.title];
      const day = formatDay(dateInZone(r.createdAt, zone), style);
      const when = sameDay(r) < 2 ? day : `${day} ${timeInZone(r.createdAt, zone)}`;
      return [r.id, `${r.title} (${when})`];
    }),
  );
}
