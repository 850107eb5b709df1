/** @jsxImportSource preact */
import { useId, useLayoutEffect, useState } from 'preact/hooks';
import type { SendResult } from '../connection';
import type { Drafts } from '../stored';
import { ErrorText } from './ErrorText';
import { showsNothing } from './shows-nothing';
import { Unsent } from './Unsent';
import { useAction } from './use-action';

interface Props {
  /** Where the unsent text is kept on the phone (see stored.ts). */
  draftKey: string;
  drafts: Drafts;
  label: string;
  button: string;
  /** `sendId`: the same for each send of one text (see `Drafts.sendId`). */
  submit: (text: string, sendId: string) => Promise<SendResult>;
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
  // Shared by every form showing this draft: one that mounts while the text is on its way (the room moved on)
  // waits for the room's answer, and clears what the room took, like the form that sent it.
  const [onItsWay, setOnItsWay] = useState(() => drafts.onItsWay(draftKey));
  const { busy, error, run } = useAction();
  const pending = busy || onItsWay;
  const inputId = useId();
  const errorId = useId();

  // A layout effect: subscribed as the form shows, so an answer arriving just after is not missed.
  useLayoutEffect(() => {
    setOnItsWay(drafts.onItsWay(draftKey));
    return drafts.subscribe((answer) => {
      setOnItsWay(drafts.onItsWay(draftKey));
      // Only what was sent is cleared: text typed while it was on its way stays.
      if (answer?.ok && answer.draft === draftKey) setDraft((current) => (current === answer.text ? '' : current));
    });
  }, [drafts, draftKey]);

  // Another tab of this page on the phone typed this draft, or sent it: this form shows what is kept now.
  useLayoutEffect(() => drafts.watch(draftKey, setDraft), [drafts, draftKey]);

  const change = (text: string) => {
    setDraft(text);
    drafts.save(draftKey, text);
  };

  const send = async () => {
    const text = draft;
    if (pending || text.trim() === '') return;
    const blank = showsNothing(text);
    await run(
      blank ? Promise.resolve(blank) : drafts.send(draftKey, text, submit(text, drafts.sendId(draftKey, text))),
    );
  };

  if (closed) {
    // While a text is on its way the room may still take it: its ack clears the draft.
    if (pending || draft.trim() === '') return null;
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
      <button type="submit" class="primary" aria-disabled={pending || draft.trim() === '' ? 'true' : undefined}>
        {button}
      </button>
    </form>
  );
}
