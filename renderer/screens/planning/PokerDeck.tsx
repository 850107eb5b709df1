import { useRef, useState, type KeyboardEvent } from 'react';
import { cardName, type DeckCard } from '../../../src/domain/planning/estimation';
import { isCardKey, NOTHING_TYPED, typeCard, type Typed } from './card-keys';

interface PokerDeckProps {
  voterName: string;
  deck: readonly DeckCard[];
  onPick: (card: DeckCard) => void;
  /** Tags the first card, where focus lands when estimating starts. */
  first?: boolean;
}

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at, last) => Math.min(last, at + 1),
  ArrowDown: (at, last) => Math.min(last, at + 1),
  ArrowLeft: (at) => Math.max(0, at - 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * One voter's cards as a single tab stop: the arrow keys (Home, End) move between cards, a digit, `?` or a
 * T-shirt letter picks the card it names (keys within a second combine: 1 then 3 is 13).
 */
export function PokerDeck({ voterName, deck, onPick, first = false }: PokerDeckProps) {
  const [current, setCurrent] = useState(0);
  const typed = useRef<Typed>(NOTHING_TYPED);
  const cards = useRef<(HTMLButtonElement | null)[]>([]);
  const focusCard = (index: number) => {
    setCurrent(index);
    cards.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      focusCard(move(current, deck.length - 1));
      return;
    }
    if (!isCardKey(event.key)) return;
    const { typed: next, card } = typeCard(deck, typed.current, event.key, event.timeStamp);
    typed.current = next;
    if (!next.text) return;
    // The key named (part of) a card: it is the deck's, not a screen shortcut (R reveals).
    event.preventDefault();
    event.stopPropagation();
    if (!card) return;
    focusCard(deck.indexOf(card));
    onPick(card);
  };
  return (
    <span className="poker-deck" role="group" aria-label={`Cards for ${voterName}`} onKeyDown={onKeyDown}>
      {deck.map((c, index) => (
        <button
          key={c.label}
          ref={(el) => {
            cards.current[index] = el;
          }}
          type="button"
          className="poker-card"
          tabIndex={index === current ? 0 : -1}
          data-first-card={first && index === 0 ? '' : undefined}
          aria-label={`${voterName} votes ${cardName(c.label)}`}
          onFocus={() => setCurrent(index)}
          onClick={() => onPick(c)}
        >
          {c.label === 'coffee' ? '☕' : c.label}
        </button>
      ))}
    </span>
  );
}
