import type { BacklogItem } from '../backlog/schema';
import { DEFAULT_TIMEBOX_MINUTES, type DemoSlot } from './schema';

/**
 * One demo slot per completed item of the sprint, presented by its owner, in backlog order; ids from `newId`.
 * At most `max` of them: the first ones, when the review has room for fewer than the sprint completed.
 */
export function slotsFromCompletedItems(
  sprintId: string,
  items: readonly BacklogItem[],
  newId: () => string,
  max: number,
): DemoSlot[] {
  return items
    .filter((i) => i.sprintId === sprintId && i.status === 'done')
    .slice(0, max)
    .map((i) => ({
      id: newId(),
      title: i.title,
      itemId: i.id,
      presenterId: i.ownerId,
      timeboxMinutes: DEFAULT_TIMEBOX_MINUTES,
      blocks: [],
      acceptance: { accepted: null, comment: '' },
    }));
}

/** Completed items of the sprint that no slot demos yet, e.g. done after the review was prepared. */
export function completedItemsWithoutSlot(
  sprintId: string,
  items: readonly BacklogItem[],
  slots: readonly Pick<DemoSlot, 'itemId'>[],
): BacklogItem[] {
  const shown = new Set(slots.map((s) => s.itemId));
  return items.filter((i) => i.sprintId === sprintId && i.status === 'done' && !shown.has(i.id));
}

/** Total planned time of the agenda, in minutes. */
export function agendaMinutes(slots: readonly Pick<DemoSlot, 'timeboxMinutes'>[]): number {
  return slots.reduce((total, s) => total + s.timeboxMinutes, 0);
}

/** Text of the backlog item a piece of feedback becomes; it names the review so the link survives exports. */
export function feedbackItemDescription(feedback: { text: string; from: string }, reviewLabel: string): string {
  const from = feedback.from ? ` from ${feedback.from}` : '';
  return `Stakeholder feedback${from} in the ${reviewLabel}:\n\n> ${feedback.text.replace(/\n/g, '\n> ')}`;
}

/**
 * The slot that takes a removed slot's place, as the agenda ran before: the first after it still there, else
 * the last before it still there (else the first of `after`); null when `after` is empty.
 */
export function slotInPlaceOf<S extends Pick<DemoSlot, 'id'>>(
  before: readonly S[],
  after: readonly S[],
  removedId: string,
): S | null {
  const kept = new Map(after.map((s) => [s.id, s]));
  const at = before.findIndex((s) => s.id === removedId);
  const following = before.slice(at + 1).find((s) => kept.has(s.id));
  const preceding = before.slice(0, Math.max(at, 0)).findLast((s) => kept.has(s.id));
  const found = following ?? preceding;
  return (found && kept.get(found.id)) ?? after[0] ?? null;
}
