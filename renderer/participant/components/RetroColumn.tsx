/** @jsxImportSource preact */
import { useId, useRef } from 'preact/hooks';
import type { RetroCardView, RetroFocus } from '../../../src/domain/room/protocol';
import { plural } from '../../../src/domain/shared/words';
import { retroDrafts, type Drafts } from '../stored';
import { DraftForm } from './DraftForm';
import { OwnCard } from './OwnCard';
import type { Send } from './send';

interface Props {
  retroId: string;
  column: RetroFocus['columns'][number];
  cards: RetroCardView[];
  count: number;
  writing: boolean;
  /** Before reveal the cards shown are the person's own. */
  revealed: boolean;
  send: Send;
  drafts: Drafts;
}

const WRITING_ENDED = 'Writing ended before you saved this change: the room has the card as it was.';
const REVEALED = 'The cards were revealed before you saved this change: the room has the card as it was.';

/** One retro column: the draft (kept on the phone until the room has it) and the cards shown. */
export function RetroColumn({ retroId, column, cards, count, writing, revealed, send, drafts }: Props) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusColumn = () => heading.current?.focus();
  return (
    <section class="column stack" aria-labelledby={headingId}>
      <h3 ref={heading} id={headingId} tabIndex={-1}>
        {column.title}
      </h3>
      {column.prompt && <p class="hint">{column.prompt}</p>}
      <p>{`${plural(count, 'card')} in the room`}</p>
      {/* Kept in place when writing ends, so a card typed and not sent stays on screen, marked as not sent. */}
      <DraftForm
        draftKey={retroDrafts.column(retroId, column.id)}
        label={`Your card for ${column.title}`}
        button={`Add card to ${column.title}`}
        drafts={drafts}
        submit={(text, sendId) => send({ type: 'addCard', retroId, columnId: column.id, text, sendId })}
        closed={
          writing
            ? null
            : {
                message: 'Writing ended before you added this card, so the room does not have it. It is kept here.',
                discard: `Discard your unsent card for ${column.title}`,
                onDiscarded: focusColumn,
              }
        }
      />
      {!revealed && cards.length > 0 && (
        <p class="hint">Your cards: only you see them until the facilitator reveals the cards.</p>
      )}
      {cards.length > 0 && (
        <ul class="cards" aria-label={`Cards in ${column.title}`}>
          {cards.map((card) => (
            <li key={card.id}>
              {/* Once revealed, the room refuses a change to a card (the shared screen shows it): no Edit, no Delete. */}
              {card.mine ? (
                <OwnCard
                  retroId={retroId}
                  card={card}
                  send={send}
                  drafts={drafts}
                  locked={!writing ? WRITING_ENDED : revealed ? REVEALED : null}
                  onDeleted={focusColumn}
                />
              ) : (
                <p class="plain-text card-text">{card.text}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
