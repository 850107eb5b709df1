/** How a person shows whose id no longer names a member of the team (they left, or were removed). */
export const FORMER_MEMBER = 'Former member';

type Named = { id: string; name: string };

/** A member's name by id, or FORMER_MEMBER: one spelling on every screen, export and message. */
export function memberName(members: readonly Named[], id: string): string {
  return members.find((m) => m.id === id)?.name ?? FORMER_MEMBER;
}

/** The same lookup for many ids at once (a long export, a list), made once per member list. */
export function memberNames(members: readonly Named[]): (id: string) => string {
  const byId = new Map(members.map((m) => [m.id, m.name]));
  return (id) => byId.get(id) ?? FORMER_MEMBER;
}
