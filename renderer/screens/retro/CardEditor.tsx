import { quote } from '../../../src/domain/shared/words';
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CARD_TEXT_MAX, type RetroCard } from '../../../src/domain/retro/schema';
import { textLength, tooLong } from '../../../src/domain/shared/limits';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { RetroCardView } from './RetroCardView';
import type { useRetroOp } from './use-retro';
import { isEnterToAct } from '../../app/keyboard';

interface CardEditorProps {
  card: RetroCard;
  op: ReturnType<typeof useRetroOp>;
  /** The cards are hidden (the facilitator pressed Hide cards, here or in another window): no text is shown. */
  hidden: boolean;
  /** The card's column, named on the placeholder while hidden. */
  columnTitle: string;
  /** Called when the editor closes, saved or not. */
  onDone: () => void;
}

/**
 * Fixes a card's wording after the reveal; the same limits as a new card apply. Escape and Cancel close it, asking
 * first when the text was changed; so does a phase change or a switch of screen or team.
 */
export function CardEditor({ card, op, hidden, columnTitle, onDone }: CardEditorProps) {
  const [text, setText] = useState(card.text);
  const [error, setError] = useState<string | null>(null);
  const id = `edit-${card.id}`;
  // Hidden, the screen holds the card without its text (screenRetro): what was typed is measured against the text
  // the card last showed, so an untouched editor does not count as changed.
  const [shownText, setShownText] = useState(card.text);
  if (!hidden && card.text !== shownText) setShownText(card.text);
  const changed = text !== (hidden ? shownText : card.text);
  // The question names the card only while its text may be on the shared screen.
  const unsaved = useUnsavedChanges(changed, hidden ? 'a hidden card' : `the card ${quote(card.text)}`, onDone);
  // Cards hidden while the editor is open: with nothing typed it closes; with changes it keeps them out of sight
  // (below) until the cards are revealed again, so neither the card's text nor the edit stays on the shared screen.
  useEffect(() => {
    if (hidden && !changed) onDone();
  }, [hidden, changed, onDone]);
  if (hidden) {
    return (
      <>
        <RetroCardView card={card} hidden members={[]} columnTitle={columnTitle}>
          <span className="muted">Your changes to this card are kept until the cards are revealed again.</span>
        </RetroCardView>
        {unsaved.question}
      </>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('A card cannot be empty; delete it instead.');
    if (textLength(text) > CARD_TEXT_MAX) return setError(tooLong('Card text', CARD_TEXT_MAX));
    if (await op('updateRetroCard', { cardId: card.id, text })) onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    unsaved.leave();
  };
  return (
    <>
      <form className="card-form card-form--edit" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <label htmlFor={id}>Edit card</label>
        <textarea
          id={id}
          rows={2}
          value={text}
          autoFocus
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            // The message was about the text it judged; the next Save judges the new text.
            setError(null);
          }}
          // Enter saves, as Enter adds in the new card box beside it; Shift+Enter breaks the line.
          onKeyDown={(e) => {
            if (!isEnterToAct(e) || e.shiftKey) return;
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <div className="row-actions">
          <button type="submit" className="primary">
            Save card
          </button>
          <button type="button" onClick={unsaved.leave}>
            Cancel
          </button>
        </div>
      </form>
      {/* Outside the form: the question's own Escape (Keep editing) must not reach the form's. */}
      {unsaved.question}
    </>
  );
}
