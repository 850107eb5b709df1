import { FORMER_MEMBER } from '../../src/domain/team/member-name';

/** The <option>s of a fixed vocabulary (item types, severities…), each shown by its name. */
export function NamedOptions<T extends string>({
  values,
  names,
}: {
  values: readonly T[];
  names: Readonly<Record<T, string>>;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {names[value]}
    </option>
  ));
}

/**
 * An <option> for each team member, shown by name, valued by id. `kept`, an id the select holds of someone who
 * has left the team, comes first as FORMER_MEMBER: the select shows it as the exports name it, not as its first
 * option (Unassigned, Not set) while the id is saved back.
 */
export function MemberOptions({
  members,
  kept = null,
}: {
  members: readonly { id: string; name: string }[];
  kept?: string | null | undefined;
}) {
  const former = kept && !members.some((m) => m.id === kept) ? kept : null;
  return (
    <>
      {former ? <option value={former}>{FORMER_MEMBER}</option> : null}
      {members.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
    </>
  );
}
