import { z } from 'zod';
import { invalid } from './errors';
import { IdSchema } from './ids';
import { LIMITS, requiredText } from './text';

/**
 * A guest: someone the facilitator let into the room who is not a team member (a stakeholder at the
 * review, an engineer from another team at a postmortem). A guest is remembered on the ceremony they
 * took part in (a poker round, a retro), under an id of their own, and never joins the team's members.
 */
export const GuestSchema = z.object({
  id: IdSchema,
  name: requiredText('Name', LIMITS.name),
});
export type Guest = z.infer<typeof GuestSchema>;

/** Guest ids start with this, so they can never be taken for a member's id. */
export const GUEST_ID_PREFIX = 'guest-';

export function isGuestId(id: string): boolean {
  return id.startsWith(GUEST_ID_PREFIX);
}

/** A guest acts only as themself, under a guest id that no member has. */
export function checkGuest(members: readonly { id: string }[], guest: Guest, actingAs: string): void {
  if (guest.id !== actingAs || !isGuestId(guest.id) || members.some((m) => m.id === guest.id)) {
    throw invalid('memberId', 'A guest can act only as themself.');
  }
}

/** The ceremony's guests with this one in (added, or renamed when already there). */
export function withGuest(guests: readonly Guest[], guest: Guest): Guest[] {
  return guests.some((g) => g.id === guest.id)
    ? guests.map((g) => (g.id === guest.id ? guest : g))
    : [...guests, guest];
}

/** A voter's name: a member's, else a guest's of this ceremony, marked as a guest. */
export function personName(
  members: readonly { id: string; name: string }[],
  guests: readonly Guest[],
  id: string,
): string | null {
  const member = members.find((m) => m.id === id);
  if (member) return member.name;
  const guest = guests.find((g) => g.id === id);
  return guest ? `${guest.name} (guest)` : null;
}
