import { isHttpUrl } from '../../../src/domain/backlog/schema';
import type { TimelineFields } from '../../../src/domain/retro/timeline';
import { enteredYearsMessage, inEnteredYears } from '../../../src/domain/shared/ids';
import { utcInputToIsoKeeping } from './use-retro';

/**
 * A timeline event's fields as typed (the time as a datetime-local field reads, in UTC), checked the same way
 * for a new event and an edited one: the event to save, or the message saying what to fix. `keptAt` is the
 * stored time a field still showing it stands for, seconds and all (the incident's start, or the event's time).
 */
export function timelineFieldsFrom(
  typed: { at: string; event: string; link: string },
  keptAt: string | null,
): { ok: true; value: TimelineFields } | { ok: false; message: string } {
  const at = utcInputToIsoKeeping(typed.at, keptAt);
  const link = typed.link.trim();
  if (!at) return { ok: false, message: 'Enter the time of the event (UTC).' };
  if (!inEnteredYears(at)) return { ok: false, message: enteredYearsMessage('Time') };
  if (!typed.event.trim()) return { ok: false, message: 'Describe what happened.' };
  if (link && !isHttpUrl(link)) return { ok: false, message: 'Links must start with http:// or https://.' };
  return { ok: true, value: { at, event: typed.event, link } };
}
