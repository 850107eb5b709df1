/** @jsxImportSource preact */
import { useId, useState } from 'preact/hooks';
import type { SendResult } from '../connection';
import type { Drafts } from '../stored';
import { ErrorText } from './ErrorText';
import { Unsent } from './Unsent';
import { useAction } from './use-action';

interface Props {
  /** Where the unsent text is kept on the phone (see stored.ts). */
  draftKey: string;
  drafts: Drafts;
  label: string;
  button: string;
  submit: (text: string) => Promise<SendResult>;
  /**
   * The room no longer takes this text (the facilitator ended writing): a text typed is shown as not sent, kept
   * until the person discards it (and back in the form if writing opens again). `onDiscarded` takes the focus.
   */
  closed?: { message: string; discard: string; onDiscarded: () => void } | null;
}

/**
 * A text the person sends to the room: kept on the phone while it is typed (a reload or a sleeping
 * phone loses nothing) and cleared only once the room has acknowledged it.
 */
export function DraftForm({ draftKey, drafts, label, button, submit, closed = null }: Props) {
  const [draft, setDraft] = useState(() => drafts.read(draftKey));
  const { busy, error, run } = useAction();
  const inputId = useId();
  const errorId = useId();

  const change = (text: string) => {
    setDraft(text);
    drafts.save(draftKey, text);
  };

  const send = async () => {
    const text = draft;
    if (busy || text.trim() === '') return;
    if (!(await run(submit(text)))) return;
    // Only what was sent is cleared: text typed while it was on its way stays. The stored copy is cleared here, not
    // in the state's update: the form may be gone by the time the room answers (the room moved on).
    if (drafts.read(draftKey) === text) drafts.save(draftKey, '');
    setDraft((current) => (current === text ? '' : current));
  };

  if (closed) {
    // While a card is on its way the room may still take it: its ack clears the draft.
    if (busy || draft.trim() === '') return null;
    return (
      <Unsent
        label={`${label}: not sent`}
        message={closed.message}
        text={draft}
        error={error}
        discard={closed.discard}
        onDiscard={() => {
          change('');
          closed.onDiscarded();
        }}
      />
    );
  }

  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label for={inputId}>{label}</label>
      <textarea
        id={inputId}
        rows={3}
        value={draft}
        onInput={(event) => change(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <ErrorText id={errorId} message={error} />
      <button type="submit" class="primary" aria-disabled={busy || draft.trim() === '' ? 'true' : undefined}>
        {button}
      </button>
    </form>
  );
}
