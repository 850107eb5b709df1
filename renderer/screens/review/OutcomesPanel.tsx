import { useState } from 'react';
import { useFollowedDraft } from '../../components/use-followed-draft';
import {
  GOAL_OUTCOME_NAMES,
  GOAL_OUTCOMES,
  type DemoSlot,
  type GoalOutcome,
  type Review,
} from '../../../src/domain/review/schema';
import { formMessage } from './form-message';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { isEnterToAct } from '../../app/keyboard';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

function AcceptanceRow({ reviewId, slot }: { reviewId: string; slot: DemoSlot }) {
  const record = useAppStore((s) => s.recordDemoAcceptance);
  const reportError = useAppStore((s) => s.reportError);
  const pushToast = useAppStore((s) => s.pushToast);
  const stored = slot.acceptance.comment;
  // Not typed into, it shows the stored comment as it now is, not written back over by a judgement pressed here.
  const { value: comment, draft: typed, setDraft: setTyped, settle } = useFollowedDraft(stored);
  const send = (accepted: boolean | null) => record(reviewId, slot.id, accepted, comment).then(() => settle(typed));
  const save = (accepted: boolean | null) => send(accepted).catch(reportError);
  const state = slot.acceptance.accepted;
  // A judgement shows as its pressed button; a comment has no such state, so its save says so (read on a projector).
  const saveComment = () =>
    send(state)
      .then(() => pushToast({ kind: 'success', message: `Comment on “${slot.title}” saved.` }))
      .catch(reportError);
  // A comment typed and not saved is not dropped by a switch of screen or team without a question (stored trimmed).
  const unsaved = useUnsavedChanges(typed !== null && typed.trim() !== stored, `the comment on “${slot.title}”`, () =>
    setTyped(null),
  );
  return (
    <li className="acceptance">
      <fieldset>
        <legend>{slot.title}</legend>
        <div className="acceptance__row">
          <button
            type="button"
            className={state === true ? 'primary' : ''}
            aria-pressed={state === true}
            onClick={() => save(true)}
          >
            Accepted
          </button>
          <button
            type="button"
            className={state === false ? 'danger is-on' : ''}
            aria-pressed={state === false}
            onClick={() => save(false)}
          >
            Not accepted
          </button>
          <button type="button" onClick={() => save(null)}>
            Clear judgement
          </button>
          <Field label={`Comment on ${slot.title}`}>
            {(p) => (
              <input
                {...p}
                value={comment}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (isEnterToAct(e)) void saveComment();
                }}
              />
            )}
          </Field>
          <button type="button" onClick={() => void saveComment()}>
            Save comment
          </button>
        </div>
      </fieldset>
      {unsaved.question}
    </li>
  );
}

function GoalOutcomeForm({ review }: { review: Review }) {
  const setGoalOutcome = useAppStore((s) => s.setReviewGoalOutcome);
  const pushToast = useAppStore((s) => s.pushToast);
  const saved = review.goalOutcome;
  // Not touched, it shows the stored outcome as it now is, and the leave guard asks only about changes made here.
  const { value, draft, setDraft, settle } = useFollowedDraft<GoalOutcome>(saved);
  const { status, sentence } = value;
  const change = (next: Partial<GoalOutcome>) => setDraft((now) => ({ ...(now ?? saved), ...next }));
  const [error, setError] = useState<string | undefined>();
  const unsaved = useUnsavedChanges(
    draft !== null && (status !== saved.status || sentence.trim() !== saved.sentence),
    'the sprint goal outcome',
    () => {
      setDraft(null);
      setError(undefined);
    },
  );
  return (
    <form
      className="goal-outcome"
      onSubmit={(event) => {
        event.preventDefault();
        setGoalOutcome(review.id, status, sentence)
          .then(() => {
            settle(draft);
            setError(undefined);
            pushToast({ kind: 'success', message: 'Sprint goal outcome saved.' });
          })
          .catch((e: unknown) => setError(formMessage(e)));
      }}
    >
      <fieldset>
        <legend>Sprint goal outcome</legend>
        <label className="radio">
          <input type="radio" name="goal-outcome" checked={status === null} onChange={() => change({ status: null })} />{' '}
          Not recorded
        </label>
        {GOAL_OUTCOMES.map((o) => (
          <label key={o} className="radio">
            <input type="radio" name="goal-outcome" checked={status === o} onChange={() => change({ status: o })} />{' '}
            {GOAL_OUTCOME_NAMES[o]}
          </label>
        ))}
      </fieldset>
      <Field label="In one sentence" error={error}>
        {(p) => <input {...p} value={sentence} onChange={(e) => change({ sentence: e.target.value })} />}
      </Field>
      <button type="submit" className="primary">
        Save goal outcome
      </button>
      {unsaved.question}
    </form>
  );
}

/** Acceptance of each demoed item and the sprint goal outcome. */
export function OutcomesPanel({ review }: { review: Review }) {
  const demoed = review.slots.filter((s) => s.itemId !== null);
  return (
    <section className="panel" aria-labelledby="outcomes-title">
      <h3 id="outcomes-title">Outcomes</h3>
      <GoalOutcomeForm key={review.id} review={review} />
      <h4>Demoed items</h4>
      {demoed.length === 0 ? (
        <p className="empty">No slot demos a backlog item.</p>
      ) : (
        <ul className="acceptances">
          {demoed.map((slot) => (
            <AcceptanceRow key={slot.id} reviewId={review.id} slot={slot} />
          ))}
        </ul>
      )}
    </section>
  );
}
