/**
 * The entry that takes a removed one's place in a list as it was shown: the one after it, else the one before
 * (undefined when it was the only one). Where the focus goes when the row it was on leaves the list.
 */
export function neighbourOf<T extends { id: string }>(list: readonly T[], removedId: string): T | undefined {
  const at = list.findIndex((entry) => entry.id === removedId);
  return list[at + 1] ?? list[at - 1];
}
