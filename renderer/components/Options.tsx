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

/** An <option> for each team member, shown by name, valued by id. */
export function MemberOptions({ members }: { members: readonly { id: string; name: string }[] }) {
  return members.map((member) => (
    <option key={member.id} value={member.id}>
      {member.name}
    </option>
  ));
}
