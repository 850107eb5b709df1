import { useRef, useState } from 'react';
import type { Review } from '../../../src/domain/review/schema';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { DELETED_ITEM } from '../../../src/domain/review/deleted-item';
import { linkedItemWords } from '../../../src/domain/review/linked-item';
import { formMessage } from './form-message';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { busyButton, useOncePerKey, useSubmitOnce } from '../../components/use-submit-once';
import { useAppStore } from '../../store';
import { useTeamDraft } from '../../components/use-team-draft';

/** Stakeholder feedback; any of it becomes a backlog item in one step. */
export function FeedbackPanel({ review, items }: { review: Review; items: BacklogItem[] }) {
  const addFeedback = useAppStore((s) => s.addReviewFeedback);
  const removeFeedback = useAppStore((s) => s.removeReviewFeedback);
  const toItem = useAppStore((s) => s.reviewFeedbackToItem);
  const pushToast = useAppStore((s) => s.pushToast);
  const reportError = useAppStore((s) => s.reportError);
  const { busy, once } = useSubmitOnce();
  // One draft per review: another team's review (or sprint's) shows its own, and this one's is back with it.
  const [{ text, from }, setDraft] = useTeamDraft(review.id, { text: '', from: '' });
  const [error, setError] = useState<string | undefined>();
  // Feedback whose "Make backlog item" call is running: a second press then does nothing, and the button shows busy.
  const making = useOncePerKey();
  const list = useRef<HTMLUListElement>(null);
  const textField = useRef<HTMLInputElement>(null);
  const rowOf = (feedbackId: string) => list.current?.querySelector(`[data-feedback-id="${CSS.escape(feedbackId)}"]`);
  const makeItem = (feedbackId: string) =>
    making.run(feedbackId, () =>
      toItem(review.id, feedbackId)
        .then((item) => {
          pushToast({ kind: 'success', message: `Added “${item.title}” to the backlog.` });
          // Its button became the item's name: the focus stays on the row, on what is left to do there.
          focusSoon(() => rowOf(feedbackId)?.querySelector('button'));
        })
        .catch(reportError),
    );
  // In the words of every report (a deleted item said so, never as a title).
  const linkedItemOf = (id: string) => {
    const title = items.find((i) => i.id === id)?.title;
    return linkedItemWords(title ?? DELETED_ITEM, title === undefined);
  };
  // Removing asks nothing: the message that says what went offers Undo, which puts the words back where they were.
  const remove = (feedbackId: string) => {
    const at = review.feedback.findIndex((f) => f.id === feedbackId);
    removeFeedback(review.id, feedbackId)
      // The piece that took its place (or the one before it), else the form, to write the next one.
      .then((saved) => {
        const next = saved.feedback[Math.min(at, saved.feedback.length - 1)];
        focusSoon(() => (next ? rowOf(next.id)?.querySelector('button') : textField.current));
      })
      .catch(reportError);
  };

  return (
    <section className="panel" aria-labelledby="feedback-title">
      <h3 id="feedback-title">Stakeholder feedback</h3>
      <form
        className="inline-form"
        onSubmit={once(() =>
          addFeedback(review.id, text, from)
            .then(() => {
              // Cleared of the words it saved; what was typed while it saved (the next stakeholder) is the next piece.
              setDraft((draft) => (draft.text === text ? { ...draft, text: '' } : draft));
              setError(undefined);
            })
            .catch((e: unknown) => setError(formMessage(e))),
        )}
      >
        <Field label="Feedback" error={error}>
          {(p) => (
            <input
              {...p}
              ref={textField}
              value={text}
              onChange={({ target: { value } }) => setDraft((draft) => ({ ...draft, text: value }))}
            />
          )}
        </Field>
        <Field label="From">
          {(p) => (
            <input
              {...p}
              value={from}
              onChange={({ target: { value } }) => setDraft((draft) => ({ ...draft, from: value }))}
            />
          )}
        </Field>
        <button type="submit" className="primary" {...busyButton(busy)}>
          Add feedback
        </button>
      </form>
      {review.feedback.length === 0 ? (
        <p className="empty">No feedback yet.</p>
      ) : (
        <ul ref={list} className="feedback-list">
          {review.feedback.map((f) => (
            <li key={f.id} data-feedback-id={f.id}>
              <span className="feedback-list__text">{f.text}</span>
              {f.from ? <span className="muted"> — {f.from}</span> : null}
              <span className="row-actions">
                {f.itemId ? (
                  <span className="badge">Made into {linkedItemOf(f.itemId)}</span>
                ) : (
                  <button
                    type="button"
                    // aria-disabled, not disabled: the button keeps the focus while it is busy.
                    aria-disabled={making.busy(f.id) || undefined}
                    aria-busy={making.busy(f.id) || undefined}
                    onClick={() => makeItem(f.id)}
                  >
                    Make backlog item <span className="sr-only">{`from “${f.text}”`}</span>
                  </button>
                )}
                <button type="button" className="danger" onClick={() => remove(f.id)}>
                  Remove <span className="sr-only">{`feedback “${f.text}”`}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
