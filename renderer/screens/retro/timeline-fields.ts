import { isHttpUrl } from '../../../src/domain/backlog/schema';
import type { TimelineFields } from '../../../src/domain/retro/timeline';
import { enteredYearsMessage, inEnteredYears } from '../../../src/domain/shared/ids';
import { utcInputToIsoKeeping } from './use-retro';

/** A timeline event's fields as typed: the time as a datetime-local field reads it (UTC), the text, the link. */
export interface TypedEvent {
  at: string;
  event: string;
  link: string;
}

/** Why an event was refused: the field to fix and what to do. */
export interface EventRefusal {
  field: keyof TypedEvent;
  message: string;
}

/**
 * A timeline event's fields as typed, checked the same way for a new event and an edited one: the event to save,
 * or the field to fix with the message saying what to do. `keptAt` is the stored time a field still showing it
 * stands for, seconds and all (the incident's start, or the event's time).
 */
export function timelineFieldsFrom(
  typed: TypedEvent,
  keptAt: string | null,
): { ok: true; value: TimelineFields } | ({ ok: false } & EventRefusal) {
  const at = utcInputToIsoKeeping(typed.at, keptAt);
  const link = typed.link.trim();
  if (!at) return { ok: false, field: 'at', message: 'Enter the time of the event (UTC).' };
  if (!inEnteredYears(at)) return { ok: false, field: 'at', message: enteredYearsMessage('Time') };
  if (!typed.event.trim()) return { ok: false, field: 'event', message: 'Describe what happened.' };
  if (link && !isHttpUrl(link))
    return { ok: false, field: 'link', message: 'Links must start with http:// or https://.' };
  return { ok: true, value: { at, event: typed.event, link } };
}
