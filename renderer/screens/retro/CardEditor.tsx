import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { CARD_TEXT_MAX, type RetroCard } from '../../../src/domain/retro/schema';
import { tooLong } from '../../../src/domain/shared/text';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import type { useRetroOp } from './use-retro';

interface CardEditorProps {
  card: RetroCard;
  op: ReturnType<typeof useRetroOp>;
  /** Called when the editor closes, saved or not. */
  onDone: () => void;
}

/**
 * Fixes a card's wording after the reveal; the same limits as a new card apply. Escape and Cancel close it, asking
 * first when the text was changed; so does a phase change or a switch of screen or team.
 */
export function CardEditor({ card, op, onDone }: CardEditorProps) {
  const [text, setText] = useState(card.text);
  const [error, setError] = useState<string | null>(null);
  const id = `edit-${card.id}`;
  const unsaved = useUnsavedChanges(text !== card.text, `the card "${card.text}"`, onDone);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('A card cannot be empty; delete it instead.');
    if (text.length > CARD_TEXT_MAX) return setError(tooLong('Card text', CARD_TEXT_MAX));
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
