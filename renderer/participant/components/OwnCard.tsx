/** @jsxImportSource preact */
import { useId, useState } from 'preact/hooks';
import type { RetroCardView } from '../../../src/domain/room/protocol';
import { ErrorText } from './ErrorText';
import type { Send } from './send';
import { useAction } from './use-action';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** One of the person's own cards in the write phase: edit in place, or delete. */
export function OwnCard({ retroId, card, send }: { retroId: string; card: RetroCardView; send: Send }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const inputId = useId();
  const errorId = useId();

  const save = async () => {
    if (busy || editing === null) return;
    if (await run(send({ type: 'editCard', retroId, cardId: card.id, text: editing }))) setEditing(null);
  };
  const remove = () => {
    if (!busy) void run(send({ type: 'deleteCard', retroId, cardId: card.id }));
  };

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
          <button type="button" class="secondary" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="stack own-card">
      <p class="plain-text card-text">{card.text}</p>
      <ErrorText message={error} />
      <div class="row">
        <button
          type="button"
          class="secondary"
          aria-label={`Edit card “${short(card.text)}”`}
          onClick={() => setEditing(card.text)}
        >
          Edit
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={`Delete card “${short(card.text)}”`}
          aria-disabled={busy ? 'true' : undefined}
          onClick={remove}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
