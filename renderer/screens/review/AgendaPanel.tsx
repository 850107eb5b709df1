import { useState } from 'react';
import { agendaMinutes, completedItemsWithoutSlot } from '../../../src/domain/review/agenda';
import { SLOTS_LIMIT_SENTENCE, slotRoom } from '../../../src/domain/review/limits';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { DEFAULT_TIMEBOX_MINUTES, type Review } from '../../../src/domain/review/schema';
import { formMessage } from './form-message';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { busyButton, useSubmitOnce } from '../../components/use-submit-once';
import { useTeamDraft } from '../../components/use-team-draft';
import { AgendaList } from './AgendaList';
import { plural, pluralWord } from '../../../src/domain/shared/words';

interface AgendaPanelProps {
  review: Review;
  items: BacklogItem[];
  selectedId: string | null;
  presenterName: (id: string | null) => string;
  onSelect: (slotId: string) => void;
}

/** The running order of the demos, and a form for a free slot. */
export function AgendaPanel({ review, items, selectedId, presenterName, onSelect }: AgendaPanelProps) {
  const moveSlot = useAppStore((s) => s.moveDemoSlot);
  const addCompleted = useAppStore((s) => s.addCompletedItemSlots);
  const missing = completedItemsWithoutSlot(review.sprintId, items, review.slots).length;
  // Completed items beyond the review's room get no slot; the note below says so, and how to make room.
  const addable = Math.min(missing, slotRoom(review.slots));
  const left = missing - addable;
  const reportError = useAppStore((s) => s.reportError);
  return (
    <section className="panel" aria-labelledby="agenda-title">
      <h3 id="agenda-title">
        Demo agenda <span className="badge">{agendaMinutes(review.slots)} min</span>
      </h3>
      {review.slots.length === 0 ? (
        // Every slot removed leaves the sprint's completed items: the agenda is empty, not the sprint.
        <p className="empty">
          {missing > 0
            ? "The agenda is empty. Add slots for the sprint's completed items below, or a free slot."
            : 'No completed items in this sprint yet. Add a free slot below.'}
        </p>
      ) : (
        <>
          <p className="muted">Drag a slot by its handle, or focus it and press Alt+↑ / Alt+↓ to reorder.</p>
          <AgendaList
            slots={review.slots}
            selectedId={selectedId}
            presenterName={presenterName}
            onSelect={onSelect}
            onMove={(slotId, to) => moveSlot(review.id, slotId, to).catch(reportError)}
          />
        </>
      )}
      {addable > 0 ? (
        <p>
          <button
            type="button"
            onClick={() =>
              addCompleted(review.id)
                .then((saved) => {
                  // The button goes with the items it offered: the first slot added is shown, and the focus goes to
                  // its place in the agenda (as a free slot added is shown), not to the page.
                  const before = new Set(review.slots.map((s) => s.id));
                  const added = saved.slots.find((s) => !before.has(s.id));
                  if (!added) return;
                  onSelect(added.id);
                  focusSoon(() =>
                    document.querySelector(`.agenda li[data-slot-id="${CSS.escape(added.id)}"] .agenda-row__open`),
                  );
                })
                .catch(reportError)
            }
          >
            Add {pluralWord(addable, 'a slot', 'slots')} for {plural(addable, 'completed item')}
          </button>
        </p>
      ) : null}
      {left > 0 ? (
        <p className="muted">
          {plural(left, 'completed item')} {pluralWord(left, 'has', 'have')} no slot. {SLOTS_LIMIT_SENTENCE} Remove a
          slot to make room.
        </p>
      ) : null}
      <FreeSlotForm reviewId={review.id} onAdded={onSelect} />
    </section>
  );
}

/** The form for a free slot: its own component, so a key typed in it renders the form alone, not every agenda row. */
function FreeSlotForm({ reviewId, onAdded }: { reviewId: string; onAdded: (slotId: string) => void }) {
  const addSlot = useAppStore((s) => s.addDemoSlot);
  // One draft per review: another team's review (or sprint's) shows its own, and this one's is back with it.
  const [title, setTitle] = useTeamDraft(reviewId, '');
  const { busy, once } = useSubmitOnce();
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="inline-form"
      onSubmit={once(() =>
        addSlot(reviewId, { title, presenterId: null, timeboxMinutes: DEFAULT_TIMEBOX_MINUTES })
          .then((saved) => {
            // Cleared of the title it saved; what was typed while it saved is the next slot's.
            setTitle((typed) => (typed === title ? '' : typed));
            setError(undefined);
            const added = saved.slots[saved.slots.length - 1];
            if (added) onAdded(added.id);
          })
          .catch((e: unknown) => setError(formMessage(e))),
      )}
    >
      <Field label="Free slot title" error={error}>
        {(p) => <input {...p} value={title} onChange={({ target: { value } }) => setTitle(() => value)} />}
      </Field>
      <button type="submit" {...busyButton(busy)}>
        Add free slot
      </button>
    </form>
  );
}
