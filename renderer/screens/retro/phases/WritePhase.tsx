import { useState } from 'react';
import { CARD_TEXT_MAX, type RetroColumn } from '../../../../src/domain/retro/schema';
import { textLength, tooLong as tooLongText } from '../../../../src/domain/shared/limits';
import type { PhaseProps } from '../PhaseView';
import { CardEditor } from '../CardEditor';
import { RetroCardView } from '../RetroCardView';
import { useRetroOp } from '../use-retro';
import { MemberOptions } from '../../../components/Options';
import { useJoinedMembers } from '../../../components/room/joined';
import { plural, quote } from '../../../../src/domain/shared/words';
import { focusSoon } from '../../../components/focus-soon';
import { isEnterToAct } from '../../../app/keyboard';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { neighbourOf } from '../../../../src/domain/shared/neighbour';
import { busyButton } from '../../../components/use-submit-once';
import { leaveAllowed } from '../../../store/leave-guard';
import { useTypedWordsKept } from '../use-typed-words-kept';
import { typedSince } from '../typed-since';
import { keyshortcuts, RETRO_KEYS } from '../shortcuts';
import { useFocusHandedOn } from '../use-focus-handed-on';
import { cardNames } from '../../../../src/domain/retro/names-apart';

function CardForm({
  column,
  retroId,
  members,
}: {
  column: RetroColumn;
  retroId: string;
  members: PhaseProps['team']['members'];
}) {
  const op = useRetroOp(retroId);
  const [text, setText] = useState('');
  const [picked, setAuthorId] = useState('');
  // The author picked may have joined the room since (or left the team): the screen does not sign cards for them,
  // and the card is added as the list then shows it, anonymous.
  const authorId = members.some((m) => m.id === picked) ? picked : '';
  const [error, setError] = useState<string | null>(null);
  // Counted as the api counts it: characters as a person sees them (an emoji is one).
  const length = textLength(text);
  const tooLong = length > CARD_TEXT_MAX;
  const id = `card-${column.id}`;
  // A card half written is not dropped by a phase change or a switch of screen or team without a question (one on
  // its way to be saved holds the switch until it is in, and stays here if refused); a card's Edit beside it leaves
  // it on the screen.
  const { busy, once, untilSaved, question } = useTypedWordsKept(
    text.trim() !== '',
    `the new card in ${column.title}`,
    () => {
      setText('');
      setError(null);
    },
  );

  // Enter pressed twice, or a double click, adds the card once.
  const submit = once(async () => {
    if (!text.trim()) return setError('Write something first: empty cards are not added.');
    if (tooLong) return setError(tooLongText('Card text', CARD_TEXT_MAX));
    setError(null);
    const saved = await untilSaved(op('addRetroCard', { columnId: column.id, text, authorId: authorId || null }));
    if (saved) {
      // The box keeps what was typed after the card sent (the next card, begun while this one was on its way).
      setText((now) => typedSince(now, text));
      // Anonymous is the default for every card, not only the first.
      setAuthorId('');
    }
  });

  return (
    <>
      <form className="card-form" onSubmit={submit} noValidate>
        <label htmlFor={id}>New card in {column.title}</label>
        <textarea
          id={id}
          rows={2}
          value={text}
          aria-invalid={Boolean(error) || tooLong}
          aria-describedby={`${id}-count`}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (isEnterToAct(e) && !e.shiftKey) void submit(e);
          }}
        />
        <p id={`${id}-count`} className={tooLong ? 'field__error' : 'field__hint'}>
          {length} / {CARD_TEXT_MAX}
          {tooLong ? ' — too long, shorten it to add the card' : ''}
        </p>
        <label htmlFor={`${id}-author`}>Author for {column.title}</label>
        <select id={`${id}-author`} value={authorId} onChange={(e) => setAuthorId(e.target.value)}>
          <option value="">Anonymous</option>
          <MemberOptions members={members} />
        </select>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" {...busyButton(busy)}>
          Add card to {column.title}
        </button>
      </form>
      {question}
    </>
  );
}

/** The card whose Edit button has the focus, for the hand-off when the cards are hidden. */
const editedCardOf = (focused: Element): string | null =>
  focused.closest('[data-edit-card]')?.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null;

/** A card's Delete button, which stays when the cards are hidden. */
const deleteButtonOf = (cardId: string) =>
  document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"] [data-delete-card]`);

export function WritePhase({ retro, team }: PhaseProps) {
  const op = useRetroOp(retro.id);
  const [editing, setEditing] = useState<string | null>(null);
  /** The card Delete card asks about; the question goes if the card does (deleted from a phone meanwhile). */
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const deleting = retro.cards.find((c) => c.id === deletingId);
  const onPhone = useJoinedMembers(team.id);
  // Someone in the room writes their own cards: the shared screen does not sign cards with their name.
  const authors = team.members.filter((m) => !onPhone.has(m.id));
  /** Another card's Edit while one is open: the open one closes first (asking, when its text was changed). */
  const startEditing = (cardId: string) => {
    const open = () => setEditing(cardId);
    if (leaveAllowed(open, 'editor')) open();
  };
  /** Saved, cancelled or discarded, the editor goes: the card's Edit button takes the focus back. */
  const stopEditing = (cardId: string) => {
    setEditing(null);
    focusSoon(() => document.querySelector(`[data-card-id="${CSS.escape(cardId)}"] [data-edit-card]`));
  };
  /**
   * Delete card asks first (on the shared screen one keystroke would take a participant's card): Cancel gives the
   * focus back to the card's Delete button. Confirmed, that button goes: the focus moves to the column's next
   * card's, else the one before, else the column's new card box.
   */
  const deleteCard = (cardId: string, columnId: string) => {
    setDeletingId(null);
    // The column as it is now: phones may have added cards to it while the question was open.
    const columnCards = retro.cards.filter((c) => c.columnId === columnId);
    const neighbour = neighbourOf(columnCards, cardId);
    void op('deleteRetroCard', { cardId }).then((done) => {
      if (!done) return;
      focusSoon(() =>
        neighbour
          ? document.querySelector(`[data-card-id="${CSS.escape(neighbour.id)}"] [data-delete-card]`)
          : document.getElementById(`card-${columnId}`),
      );
    });
  };
  // Hiding the cards (R, or Hide cards in another window) takes every card's Edit button off the screen: one that
  // had the focus hands it to its card's Delete button, which stays.
  const keepFocus = useFocusHandedOn(retro.revealed, editedCardOf, deleteButtonOf);
  // Each card's name in its buttons: two cards with the same words are told apart by column and place.
  const names = cardNames(retro.cards, retro.columns);
  return (
    <div onFocus={keepFocus}>
      <div className="write-toolbar">
        <button
          type="button"
          className="primary"
          aria-keyshortcuts={keyshortcuts(RETRO_KEYS.reveal)}
          aria-pressed={retro.revealed}
          onClick={() => void op('revealRetroCards', { revealed: !retro.revealed })}
        >
          {retro.revealed ? 'Hide cards' : 'Reveal cards'}
        </button>
        <span className="muted">
          {plural(retro.cards.length, 'card')} · {retro.revealed ? 'visible to everyone' : 'hidden until revealed'} ·
          anonymous unless an author is picked
        </span>
      </div>
      <div className="retro-columns">
        {retro.columns.map((col) => {
          const cards = retro.cards.filter((c) => c.columnId === col.id);
          return (
            <section key={col.id} className="retro-column" aria-labelledby={`col-${col.id}`}>
              <h4 id={`col-${col.id}`}>
                {col.title} <span className="muted">({cards.length})</span>
              </h4>
              {col.prompt ? <p className="retro-column__prompt">{col.prompt}</p> : null}
              <ul className="card-list">
                {cards.map((card, index) => (
                  <li key={card.id} data-card-id={card.id}>
                    {editing === card.id ? (
                      <CardEditor
                        card={card}
                        op={op}
                        hidden={!retro.revealed}
                        columnTitle={col.title}
                        onDone={() => stopEditing(card.id)}
                      />
                    ) : (
                      <RetroCardView
                        card={card}
                        hidden={!retro.revealed}
                        members={team.members}
                        columnTitle={col.title}
                      >
                        {retro.revealed ? (
                          <button type="button" className="quiet" data-edit-card onClick={() => startEditing(card.id)}>
                            <span aria-hidden="true">Edit</span>
                            <span className="sr-only">Edit card {names.get(card.id)}</span>
                          </button>
                        ) : null}
                        <button type="button" className="quiet" data-delete-card onClick={() => setDeletingId(card.id)}>
                          <span aria-hidden="true">Delete</span>
                          <span className="sr-only">
                            {/* A hidden card has no text to name it by: its place in its column tells the buttons apart. */}
                            {retro.revealed
                              ? `Delete card ${names.get(card.id)}`
                              : `Delete hidden card ${index + 1} in ${col.title}`}
                          </span>
                        </button>
                      </RetroCardView>
                    )}
                  </li>
                ))}
              </ul>
              <CardForm column={col} retroId={retro.id} members={authors} />
            </section>
          );
        })}
      </div>
      {deleting ? (
        <ConfirmDialog
          title={
            retro.revealed
              ? `Delete the card ${names.get(deleting.id) ?? quote(deleting.text)}?`
              : 'Delete this hidden card?'
          }
          message="It goes from the board for everyone, with its votes. This cannot be undone."
          confirmLabel="Delete card"
          onCancel={() => setDeletingId(null)}
          onConfirm={() => deleteCard(deleting.id, deleting.columnId)}
        />
      ) : null}
    </div>
  );
}
