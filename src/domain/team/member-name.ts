import { sameName } from '../shared/name-key';
import { quote } from '../shared/words';

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

/**
 * Why `name` cannot be a member's (another member, not `selfId`, has it, case and outer spaces aside; or it is
 * FORMER_MEMBER, which would read as someone who left), or null. A member's name is how the pickers, the standup,
 * the command line's --member and a retro import tell people apart.
 */
export function memberNameRefusal(
  name: string,
  members: readonly Named[],
  selfId: string | null = null,
): string | null {
  if (sameName(name, FORMER_MEMBER)) {
    return `${quote(FORMER_MEMBER)} is how Cadence shows someone who has left the team: pick a name that tells them apart.`;
  }
  const same = members.find((m) => m.id !== selfId && sameName(m.name, name));
  return same
    ? `There is already a member named ${quote(same.name)}: add an initial or a surname to tell the two apart.`
    : null;
}
