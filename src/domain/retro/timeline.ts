import { compareInstants } from '../planning/calendar';
import { notFound } from '../shared/errors';
import type { TimelineEntry } from './schema';

/** What a person enters for a timeline event: when it happened, what happened, and a link ('' for none). */
export type TimelineFields = Pick<TimelineEntry, 'at' | 'event' | 'link'>;

/**
 * The entries in time order; entries at the same moment keep the order they had. Times are compared as instants,
 * not as text: "02:12:00Z" and "02:12:00.500Z" are both valid, and as text the later one sorts first.
 */
export const inTimeOrder = <T extends Pick<TimelineEntry, 'at'>>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => compareInstants(a.at, b.at));

/** The timeline with a new event, in time order. */
export function withTimelineEntry(timeline: readonly TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  return inTimeOrder([...timeline, entry]);
}

/**
 * The timeline with one event's time, text and link changed (its id kept), moved to where its new time puts it;
 * the other events are left as they are. Throws not_found when the event is not there.
 */
export function withTimelineEntryEdited(
  timeline: readonly TimelineEntry[],
  entryId: string,
  fields: TimelineFields,
): TimelineEntry[] {
  if (!timeline.some((t) => t.id === entryId)) throw notFound('The timeline entry');
  return inTimeOrder(timeline.map((t) => (t.id === entryId ? { ...t, ...fields } : t)));
}
