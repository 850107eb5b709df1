import type { DeckCard, EstimationRound } from '../../../src/domain/planning/estimation';
import type { Guest } from '../../../src/domain/shared/guests';
import type { Member } from '../../../src/domain/team/schema';
import { PokerDeck } from './PokerDeck';

interface PokerVotingProps {
  round: EstimationRound;
  members: readonly Member[];
  /** Guests in the room: they vote only on their own device. */
  guests?: readonly Guest[];
  deck: DeckCard[];
  onVote: (memberId: string, card: string | null) => void;
  /** Members in the room from their own device: they vote there, and the shared screen may not for them. */
  onPhone?: ReadonlySet<string>;
}

/**
 * Hidden voting: each member (or the facilitator for them) picks a card, by pointer or keyboard (one tab
 * stop per voter). The screen only says who has voted, never what, until Reveal.
 */
export function PokerVoting({ round, members, guests = [], deck, onVote, onPhone }: PokerVotingProps) {
  const voted = new Set(round.votes.map((v) => v.memberId));
  // The first cards on the screen, where the focus goes when a round opens: a member voting on their phone has none.
  const firstOnScreen = members.find((m) => !onPhone?.has(m.id))?.id;
  return (
    <ul className="poker-voters" aria-label="Votes, hidden until reveal">
      {members.map((m) => (
        <li key={m.id} className="poker-voter">
          <span className="poker-voter__name">{m.name}</span>
          <span className={voted.has(m.id) ? 'poker-voter__status is-voted' : 'poker-voter__status'}>
            {voted.has(m.id) ? 'Voted (hidden)' : 'Not voted'}
          </span>
          {onPhone?.has(m.id) ? (
            <span className="on-phone">Voting on their phone</span>
          ) : (
            <>
              <PokerDeck
                voterName={m.name}
                deck={deck}
                first={m.id === firstOnScreen}
                onPick={(card) => onVote(m.id, card.label)}
              />
              {voted.has(m.id) ? (
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Withdraw ${m.name}’s vote`}
                  onClick={(event) => {
                    // The button goes with the vote: the voter's cards take the focus (the card picked), not the page.
                    event.currentTarget
                      .closest('li')
                      ?.querySelector<HTMLElement>('.poker-deck [tabindex="0"]')
                      ?.focus();
                    onVote(m.id, null);
                  }}
                >
                  Withdraw
                </button>
              ) : null}
            </>
          )}
        </li>
      ))}
      {guests.map((g) => (
        <li key={g.id} className="poker-voter">
          <span className="poker-voter__name">{g.name} (guest)</span>
          <span className={voted.has(g.id) ? 'poker-voter__status is-voted' : 'poker-voter__status'}>
            {voted.has(g.id) ? 'Voted (hidden)' : 'Not voted'}
          </span>
          <span className="on-phone">Voting on their phone</span>
        </li>
      ))}
    </ul>
  );
}
