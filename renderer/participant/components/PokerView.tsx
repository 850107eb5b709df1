/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PokerFocus } from '../../../src/domain/room/protocol';
import { ErrorText } from './ErrorText';
import { VIEW_HEADING } from './use-focus-kept';
import type { Send } from './send';
import { useAction } from './use-action';

/** This device's pick while the room has not yet shown it back in a view. */
interface LocalPick {
  roundId: string;
  card: string | null;
  acked: boolean;
}

/** Planning poker: the item, the deck as big cards, and after reveal everyone's votes. */
export function PokerView({ focus, send }: { focus: PokerFocus; send: Send }) {
  const { item, round } = focus;
  return (
    <section class="stack" aria-labelledby="poker-title">
      <h2 id="poker-title" {...VIEW_HEADING}>
        {item.title}
      </h2>
      {/* A re-vote asks for votes only while it is open: once revealed, its votes are what the phone shows. */}
      {round.number > 1 && (
        <p class="hint">
          {round.state === 'voting'
            ? `Round ${round.number}: vote again.`
            : `Round ${round.number}: the votes are revealed.`}
        </p>
      )}
      {item.description && <p class="plain-text">{item.description}</p>}
      {item.acceptanceCriteria.length > 0 && (
        <>
          <h3>Acceptance criteria</h3>
          <ul class="criteria">
            {item.acceptanceCriteria.map((criterion, index) => (
              <li key={index}>{criterion}</li>
            ))}
          </ul>
        </>
      )}
      {focus.revealed ? <Revealed revealed={focus.revealed} /> : <Deck key={round.id} focus={focus} send={send} />}
    </section>
  );
}

function Deck({ focus, send }: { focus: PokerFocus; send: Send }) {
  const [local, setLocal] = useState<LocalPick | null>(null);
  const { error, run } = useAction();
  // Once acknowledged, the next view from the room is the truth again.
  useEffect(() => setLocal((pick) => (pick?.acked ? null : pick)), [focus]);

  const mine = local ? local.card : focus.myVote;
  const chosen = focus.deck.find((card) => card.label === mine);

  const deckRef = useRef<HTMLUListElement>(null);

  const vote = async (card: string | null) => {
    const roundId = focus.round.id;
    setLocal({ roundId, card, acked: false });
    const ok = await run(send({ type: 'vote', roundId, card }));
    setLocal((pick) => (ok && pick ? { ...pick, acked: true } : null));
  };
  // A second tap on the chosen card (a quick double tap) must not undo the vote unseen: it keeps it.
  const pick = (label: string) => (label === mine ? undefined : vote(label));
  const takeBack = () => {
    // The button goes once the vote does: the focus goes to the card that was chosen, ready for another pick.
    deckRef.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
    return vote(null);
  };

  return (
    <>
      <h3>Your estimate</h3>
      <p class="hint">Tap a card to vote. Tap another card to change your vote.</p>
      <ul class="deck" aria-label="Cards" ref={deckRef}>
        {focus.deck.map((card) => (
          <li key={card.label}>
            <button
              type="button"
              class="deck-card"
              aria-pressed={card.label === mine}
              aria-label={card.name}
              onClick={() => void pick(card.label)}
            >
              {/* The cup, as on the shared screen: the word "coffee" does not fit a card's face on a phone. */}
              <span class="deck-face">{card.label === 'coffee' ? '☕' : card.label}</span>
              {card.name.toLowerCase() !== card.label.toLowerCase() && <span class="deck-name">{card.name}</span>}
            </button>
          </li>
        ))}
      </ul>
      <ErrorText message={error} />
      <p class="big">{chosen ? `Your vote: ${chosen.label} (hidden until reveal)` : 'You have not voted yet.'}</p>
      {chosen && (
        <button type="button" class="secondary" onClick={() => void takeBack()}>
          Take back my vote
        </button>
      )}
      {/* As the shared screen says it: "1 of 1 has voted". */}
      <p>{`${focus.voted} of ${focus.voters} ${focus.voted === 1 && focus.voters === 1 ? 'has' : 'have'} voted`}</p>
    </>
  );
}

function Revealed({ revealed }: { revealed: NonNullable<PokerFocus['revealed']> }) {
  const figure = (value: number | string | null) => (value === null ? '—' : String(value));
  return (
    <>
      <h3>Votes</h3>
      <ul class="votes" aria-label="Votes">
        {revealed.votes.map((vote, index) => (
          <li key={index}>
            <span>{vote.name}</span> <strong>{vote.card}</strong>
          </li>
        ))}
      </ul>
      {revealed.notCounted && <p>{revealed.notCounted}</p>}
      <dl class="figures">
        <div>
          <dt>Median</dt>
          <dd>{figure(revealed.median)}</dd>
        </div>
        <div>
          <dt>Spread</dt>
          <dd>{figure(revealed.spread)}</dd>
        </div>
        <div>
          <dt>Suggested</dt>
          <dd>{figure(revealed.suggested)}</dd>
        </div>
      </dl>
      {/* As the shared screen says it: a "?", a pass or a coffee card gives no points, and agrees with nothing. */}
      <p class="big">
        {revealed.consensus ? 'Consensus: everyone who gave points agrees.' : 'No consensus yet: talk it through.'}
      </p>
    </>
  );
}
