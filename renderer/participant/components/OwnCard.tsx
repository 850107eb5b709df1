/** @jsxImportSource preact */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RetroCardView } from '../../../src/domain/room/protocol';
import { retroDrafts, type Drafts } from '../stored';
import { ErrorText } from './ErrorText';
import { showsNothing } from './shows-nothing';
import { Unsent } from './Unsent';
import type { Send } from './send';
import { useAction } from './use-action';
import { shortenText } from '../../../src/domain/shared/cut-text';

/** A card's text within a button's name, cut between whole characters (never half an emoji). */
const short = (text: string) => shortenText(text, 40);

interface Props {
  retroId: string;
  card: RetroCardView;
  send: Send;
  /** Where a change being typed is kept, so it outlives the retro leaving the phone (the room moves on) or a reload. */
  drafts: Drafts;
  /**
   * Why the room no longer takes a change to the card (writing ended, the cards were revealed), or null while it
   * does. The card is then read only; a change being typed is kept, shown as not saved, until discarded.
   */
  locked: string | null;
  /** The card is deleted, or a change discarded, and took the focus with it: the column takes it. */
  onDeleted: () => void;
}

/**
 * One of the person's own cards in the write phase: edit in place, or delete. The focus follows: into the text on
 * Edit, back to Edit on Save or Cancel, and to the column (onDeleted) once the card is gone.
 */
export function OwnCard({ retroId, card, send, drafts, locked, onDeleted }: Props) {
  const draftKey = retroDrafts.cardChange(retroId, card.id);
  /** The text being edited (null: not editing); a change kept from before (see `drafts`) opens the editor on it. */
  const [editing, setEditingState] = useState<string | null>(() => drafts.read(draftKey) || null);
  const setEditing = (text: string | null) => {
    setEditingState(text);
    // Only a change is kept: an editor opened and left as it was has nothing to lose.
    drafts.save(draftKey, text === null || text === card.text ? '' : text);
  };
  // Another tab of this page on the phone typed a change to this card, or saved or dropped it: this one shows
  // what is kept now, so a change saved there is not offered here to save again.
  useLayoutEffect(() => drafts.watch(draftKey, (text) => setEditingState(text || null)), [drafts, draftKey]);
  const { busy, error, run } = useAction();
  const inputId = useId();
  const errorId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  /** Where the focus goes once the card has rendered in its new state: its button that just went is gone. */
  const focusToRef = useRef<'editor' | 'edit' | null>(null);
  useLayoutEffect(() => {
    const target =
      focusToRef.current === 'editor'
        ? editorRef.current
        : focusToRef.current === 'edit'
          ? editButtonRef.current
          : null;
    if (!target) return;
    focusToRef.current = null;
    target.focus();
  });

  const startEditing = () => {
    focusToRef.current = 'editor';
    setEditing(card.text);
  };
  const stopEditing = () => {
    focusToRef.current = 'edit';
    setEditing(null);
  };
  const save = async () => {
    if (busy || editing === null) return;
    const sending = showsNothing(editing) ?? send({ type: 'editCard', retroId, cardId: card.id, text: editing });
    if (await run(Promise.resolve(sending))) stopEditing();
  };
  const remove = async () => {
    if (busy || !(await run(send({ type: 'deleteCard', retroId, cardId: card.id })))) return;
    // The room's view without the card usually comes first, so the Delete button is gone; if it is still there
    // (or the focus is on the page), the column takes the focus. A focus the person moved elsewhere stays.
    const active = document.activeElement;
    if (!active || active === document.body || rootRef.current?.contains(active)) onDeleted();
  };

  if (locked !== null) {
    const text = <p class="plain-text card-text">{card.text}</p>;
    // A save on its way may still be taken: its answer settles it.
    if (editing === null || editing === card.text || busy) return text;
    return (
      <div class="stack">
        {text}
        <Unsent
          label={`Your change to “${short(card.text)}”: not saved`}
          message={locked}
          text={editing}
          error={error}
          discard={`Discard your change to “${short(card.text)}”`}
          onDiscard={() => {
            setEditing(null);
            onDeleted();
          }}
        />
      </div>
    );
  }
  if (editing !== null) {
    return (
      <form
        class="stack own-card"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label for={inputId}>Edit your card</label>
        <textarea
          ref={editorRef}
          id={inputId}
          rows={3}
          value={editing}
          onInput={(event) => setEditing(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <ErrorText id={errorId} message={error} />
        <div class="row">
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
            Save
          </button>
          <button type="button" class="secondary" onClick={stopEditing}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div ref={rootRef} class="stack own-card">
      <p class="plain-text card-text">{card.text}</p>
      <ErrorText message={error} />
      <div class="row">
        <button
          ref={editButtonRef}
          type="button"
          class="secondary"
          aria-label={`Edit card “${short(card.text)}”`}
          onClick={startEditing}
        >
          Edit
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={`Delete card “${short(card.text)}”`}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void remove()}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
