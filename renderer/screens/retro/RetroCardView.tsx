import type { ReactNode } from 'react';
import type { RetroCard } from '../../../src/domain/retro/schema';
import type { Member } from '../../../src/domain/team/schema';

interface RetroCardViewProps {
  card: RetroCard;
  hidden: boolean;
  members: readonly Member[];
  children?: ReactNode;
}

/** A card; before "Reveal cards" its text is blurred on screen and not read out. */
export function RetroCardView({ card, hidden, members, children }: RetroCardViewProps) {
  const author = card.authorId ? (members.find((m) => m.id === card.authorId)?.name ?? 'former member') : null;
  return (
    <article
      className={`retro-card${hidden ? ' retro-card--hidden' : ''}`}
      aria-label={hidden ? 'Hidden card' : card.text}
    >
      {hidden ? (
        <>
          <span className="retro-card__text" aria-hidden="true">
            {card.text}
          </span>
          <span className="sr-only">Hidden until the cards are revealed</span>
        </>
      ) : (
        <span className="retro-card__text">{card.text}</span>
      )}
      {author && !hidden ? <span className="retro-card__author">— {author}</span> : null}
      {children ? <span className="retro-card__tools">{children}</span> : null}
    </article>
  );
}
