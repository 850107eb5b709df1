/**
 * The blockers and topics this window raised, so the running standup announces only those that came from elsewhere
 * (a phone in the room, another window). A text is marked while its save is on its way as well as by its id once
 * saved: the word of the change can bring the team back before the save's own answer does.
 */
export type RaisedKind = 'blocker' | 'topic';

const pending = new Map<string, number>();
const saved = new Set<string>();

const keyOf = (kind: RaisedKind, text: string) => `${kind}:${text}`;

/** Runs `save` (raising a blocker or parking a topic with `text`) as this window's own. */
export async function raiseHere<T extends { id: string }>(
  kind: RaisedKind,
  text: string,
  save: () => Promise<T>,
): Promise<T> {
  const key = keyOf(kind, text);
  pending.set(key, (pending.get(key) ?? 0) + 1);
  try {
    const raised = await save();
    saved.add(raised.id);
    return raised;
  } finally {
    const left = (pending.get(key) ?? 1) - 1;
    if (left > 0) pending.set(key, left);
    else pending.delete(key);
  }
}

/** Whether this window raised it (or is raising a blocker or topic of that text). */
export function raisedHere(kind: RaisedKind, entry: { id: string; text: string }): boolean {
  return saved.has(entry.id) || pending.has(keyOf(kind, entry.text));
}
