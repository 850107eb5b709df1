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
      ...slotFieldsOf(i),
      itemId: i.id,
      blocks: [],
      acceptance: { accepted: null, comment: '' },
    }));
}

type SlotFields = Pick<DemoSlot, 'title' | 'presenterId' | 'timeboxMinutes'>;

/** The title, presenter and timebox a slot for `item` starts with. */
export function slotFieldsOf(item: Pick<BacklogItem, 'title' | 'ownerId'>): SlotFields {
  return { title: item.title, presenterId: item.ownerId, timeboxMinutes: DEFAULT_TIMEBOX_MINUTES };
}

const outcomeRecorded = (slot: Pick<DemoSlot, 'acceptance'>) =>
  slot.acceptance.accepted !== null || slot.acceptance.comment !== '';

/**
 * A removed slot put back (Undo) while the agenda has a slot for the same item again, one "Add slots for completed
 * items" made since: an item has one slot, so the slot there now takes back what the removed one held, and keeps
 * what was put into it since. It keeps its id (a screen showing it goes on showing it); the removed slot's blocks
 * come first, then its own; an outcome recorded since is the room's latest decision; a title, presenter or timebox
 * changed since (it no longer reads as `asAdded`, the fields its item gave it) stays, the others come back.
 */
export function slotTakingBack(removed: DemoSlot, current: DemoSlot, asAdded: SlotFields | null): DemoSlot {
  const since = <K extends keyof SlotFields>(key: K) =>
    asAdded === null || current[key] !== asAdded[key] ? current[key] : removed[key];
  const kept = new Set(removed.blocks.map((b) => b.id));
  return {
    ...current,
    title: since('title'),
    presenterId: since('presenterId'),
    timeboxMinutes: since('timeboxMinutes'),
    blocks: [...removed.blocks, ...current.blocks.filter((b) => !kept.has(b.id))],
    acceptance: outcomeRecorded(current) ? current.acceptance : removed.acceptance,
  };
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
