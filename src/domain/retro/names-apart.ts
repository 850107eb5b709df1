import { quote } from '../shared/words';
import type { RetroCard, RetroColumn } from './schema';
import type { Topic } from './voting';

/** One thing to name: its words, and where it is (`place`: "from “Sprint 6 retro”", "in Alerts"). */
interface Named {
  id: string;
  text: string;
  place: string;
}

/**
 * Each thing's name in its buttons, quoted (`say`): “Rotate keys”. Where another thing reads the same (a screen reader says
 * "Rotate keys" and "rotate keys" alike), its place is named too, and where that is shared as well, each is numbered
 * in order: two "Drop “Rotate keys”" buttons would leave a screen reader's user guessing which one they press.
 */
export function namesApart(things: readonly Named[], say: (text: string) => string = quote): Map<string, string> {
  const said = (t: Named) => t.text.trim().toLocaleLowerCase('en');
  const at = (t: Named) => `${said(t)}\n${t.place}`;
  const counts = (key: (t: Named) => string) => {
    const n = new Map<string, number>();
    for (const t of things) n.set(key(t), (n.get(key(t)) ?? 0) + 1);
    return (t: Named) => n.get(key(t)) ?? 0;
  };
  const sameText = counts(said);
  const samePlace = counts(at);
  const seen = new Map<string, number>();
  return new Map(
    things.map((t) => {
      if (sameText(t) < 2) return [t.id, say(t.text)];
      const placed = `${say(t.text)} ${t.place}`;
      if (samePlace(t) < 2) return [t.id, placed];
      const nth = (seen.get(at(t)) ?? 0) + 1;
      seen.set(at(t), nth);
      return [t.id, `${placed} (${nth} of ${samePlace(t)})`];
    }),
  );
}

/** The "Open actions" phase's actions, told apart by the retro each came from (its name from retroNames). */
export function openActionNames(entries: readonly { actionId: string; text: string; retroTitle: string }[]) {
  return namesApart(entries.map((e) => ({ id: e.actionId, text: e.text, place: `from ${quote(e.retroTitle)}` })));
}

/**
 * A board's cards, told apart by column and then by their order in it, as the columns show them: two people often
 * write the same card.
 */
export function cardNames(
  cards: readonly Pick<RetroCard, 'id' | 'text' | 'columnId'>[],
  columns: readonly Pick<RetroColumn, 'id' | 'title'>[],
): Map<string, string> {
  const title = new Map(columns.map((c) => [c.id, c.title]));
  return namesApart(cards.map((c) => ({ id: c.id, text: c.text, place: `in ${title.get(c.columnId) ?? ''}` })));
}

/**
 * The group phase's topics as its "Group with" and "Merge into" lists offer them, by their titles as shown (`cut` to
 * fit): a group takes its first card's words until it is titled, so it often reads as a card beside it does, and
 * the two are told apart by kind and column: "Flaky pager (group in Alerts)".
 */
export function topicOptionNames(
  topics: readonly Pick<Topic, 'id' | 'kind' | 'title' | 'columnId'>[],
  columns: readonly Pick<RetroColumn, 'id' | 'title'>[],
  cut: (title: string) => string,
): Map<string, string> {
  const column = new Map(columns.map((c) => [c.id, c.title]));
  return namesApart(
    topics.map((t) => ({ id: t.id, text: cut(t.title), place: `(${t.kind} in ${column.get(t.columnId) ?? ''})` })),
    (text) => text,
  );
}
