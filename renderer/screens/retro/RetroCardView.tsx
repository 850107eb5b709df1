import type { ReactNode } from 'react';
import type { RetroCard } from '../../../src/domain/retro/schema';
import type { Member } from '../../../src/domain/team/schema';
import { memberName } from '../../../src/domain/team/member-name';

interface RetroCardViewProps {
  card: RetroCard;
  hidden: boolean;
  members: readonly Member[];
  /** The card's column, shown on its placeholder while it is hidden. */
  columnTitle?: string;
  children?: ReactNode;
}

/**
 * A card. Before "Reveal cards" it is a placeholder: its text is not in the page at all (a blur leaves
 * phrases guessable from the room, and the text would still be in the accessibility tree).
 */
export function RetroCardView({ card, hidden, members, columnTitle, children }: RetroCardViewProps) {
  const author = card.authorId ? memberName(members, card.authorId) : null;
  return (
    <article
      className={`retro-card${hidden ? ' retro-card--hidden' : ''}`}
      aria-label={hidden ? 'Hidden card' : card.text}
    >
      {hidden ? (
        <span className="retro-card__placeholder">
          Hidden card
          {columnTitle ? <span className="retro-card__column"> · {columnTitle}</span> : null}
          <span className="sr-only"> until the cards are revealed</span>
        </span>
      ) : (
        <span className="retro-card__text">{card.text}</span>
      )}
      {author && !hidden ? <span className="retro-card__author">— {author}</span> : null}
      {children ? <span className="retro-card__tools">{children}</span> : null}
    </article>
  );
}
