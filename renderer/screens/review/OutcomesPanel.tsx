import { useState } from 'react';
import { GOAL_OUTCOME_NAMES, GOAL_OUTCOMES, type DemoSlot, type Review } from '../../../src/domain/review/schema';
import { formMessage } from './form-message';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { isEnterToAct } from '../../app/keyboard';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

function AcceptanceRow({ reviewId, slot }: { reviewId: string; slot: DemoSlot }) {
  const record = useAppStore((s) => s.recordDemoAcceptance);
  const reportError = useAppStore((s) => s.reportError);
  const [comment, setComment] = useState(slot.acceptance.comment);
  const save = (accepted: boolean | null) => record(reviewId, slot.id, accepted, comment).catch(reportError);
  const state = slot.acceptance.accepted;
  // A comment typed and not saved is not dropped by a switch of screen or team without a question (stored trimmed).
  const unsaved = useUnsavedChanges(comment.trim() !== slot.acceptance.comment, `the comment on "${slot.title}"`, () =>
    setComment(slot.acceptance.comment),
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
                onChange={(e) => setComment(e.target.value)}
                onKeyDown={(e) => {
                  if (isEnterToAct(e)) save(state);
                }}
              />
            )}
          </Field>
          <button type="button" onClick={() => save(state)}>
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
  const [status, setStatus] = useState(review.goalOutcome.status);
  const [sentence, setSentence] = useState(review.goalOutcome.sentence);
  const [error, setError] = useState<string | undefined>();
  const saved = review.goalOutcome;
  const unsaved = useUnsavedChanges(
    status !== saved.status || sentence.trim() !== saved.sentence,
    'the sprint goal outcome',
    () => {
      setStatus(saved.status);
      setSentence(saved.sentence);
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
            setError(undefined);
            pushToast({ kind: 'success', message: 'Sprint goal outcome saved.' });
          })
          .catch((e: unknown) => setError(formMessage(e)));
      }}
    >
      <fieldset>
        <legend>Sprint goal outcome</legend>
        <label className="radio">
          <input type="radio" name="goal-outcome" checked={status === null} onChange={() => setStatus(null)} /> Not
          recorded
        </label>
        {GOAL_OUTCOMES.map((o) => (
          <label key={o} className="radio">
            <input type="radio" name="goal-outcome" checked={status === o} onChange={() => setStatus(o)} />{' '}
            {GOAL_OUTCOME_NAMES[o]}
          </label>
        ))}
      </fieldset>
      <Field label="In one sentence" error={error}>
        {(p) => <input {...p} value={sentence} onChange={(e) => setSentence(e.target.value)} />}
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
