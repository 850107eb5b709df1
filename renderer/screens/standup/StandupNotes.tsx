import { useState } from 'react';
import { NoteTextSchema, type StandupNote } from '../../../src/domain/standup/schema';
import { messageOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { byId, focusSoon } from '../../components/focus-soon';
import { FormError } from '../../components/FormError';
import { Modal } from '../../components/Modal';
import { useSubmitOnce } from '../../components/use-submit-once';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { useAppStore } from '../../store';

const TITLE_ID = 'notes-title';

interface StandupNotesProps {
  standupId: string;
  notes: readonly StandupNote[];
  nameOf: (memberId: string) => string;
}

/**
 * The updates noted so far in a running standup, each with Edit (a typo) and Delete (noted by mistake), so the
 * summary reads what was meant. Once the standup ends its summary is frozen, and this list is gone with the timer.
 */
export function StandupNotes({ standupId, notes, nameOf }: StandupNotesProps) {
  const deleteStandupNote = useAppStore((s) => s.deleteStandupNote);
  const reportError = useAppStore((s) => s.reportError);
  const [editing, setEditing] = useState<StandupNote | null>(null);
  const [deleting, setDeleting] = useState<StandupNote | null>(null);
  // The list stays (empty) after its last note is deleted, so the focus has its heading to go to.
  const [emptied, setEmptied] = useState(false);
  if (notes.length === 0 && !emptied) return null;

  const who = (note: StandupNote) => (note.memberId ? nameOf(note.memberId) : 'Team');
  const named = (note: StandupNote) => `${who(note)}: ${note.text}`;
  const remove = (note: StandupNote) => {
    setDeleting(null);
    if (notes.length === 1) setEmptied(true);
    deleteStandupNote(standupId, note.id)
      // The note and its buttons are gone: the focus goes to the list's heading, not to the page.
      .then(() => focusSoon(byId(TITLE_ID)))
      .catch(reportError);
  };

  return (
    <section className="panel" aria-labelledby={TITLE_ID}>
      <h3 id={TITLE_ID} tabIndex={-1}>
        Updates noted
      </h3>
      {notes.length === 0 ? <p className="muted">No updates noted.</p> : null}
      <ul className="plain-list">
        {notes.map((n) => (
          <li key={n.id}>
            <strong>{who(n)}:</strong> {n.text}{' '}
            <span className="row-actions">
              <button type="button" onClick={() => setEditing(n)} aria-label={`Edit note: ${named(n)}`}>
                Edit
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => setDeleting(n)}
                aria-label={`Delete note: ${named(n)}`}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      {editing ? (
        <NoteEditDialog
          standupId={standupId}
          note={editing}
          label={editing.memberId ? `Update from ${who(editing)}` : 'Update for the team'}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete this note?"
          message={`“${named(deleting)}” will not be in the standup’s summary.`}
          confirmLabel="Delete note"
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove(deleting)}
        />
      ) : null}
    </section>
  );
}

interface NoteEditDialogProps {
  standupId: string;
  note: StandupNote;
  /** What the note is, as the note form names it ("Update from Ada"). */
  label: string;
  onClose: () => void;
}

/** Corrects a note's text; closing hands the focus back to its Edit button (the Modal's opener). */
function NoteEditDialog({ standupId, note, label, onClose }: NoteEditDialogProps) {
  const editStandupNote = useAppStore((s) => s.editStandupNote);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const { busy, once } = useSubmitOnce();
  const unsaved = useUnsavedChanges(text !== note.text, 'the note', onClose);

  const submit = once(async () => {
    const parsed = NoteTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    try {
      if (parsed.data !== note.text) await editStandupNote(standupId, note.id, parsed.data);
      onClose();
    } catch (err) {
      setFormError(messageOf(err));
    }
  });

  return (
    <>
      <Modal title="Edit note" onClose={unsaved.leave}>
        <form onSubmit={submit} noValidate>
          <Field label={`${label} (outcome, not activity)`} error={error}>
            {(p) => <textarea {...p} data-autofocus rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <FormError message={formError} />
          <DialogActions confirm="Save note" onCancel={unsaved.leave} busy={busy} />
        </form>
      </Modal>
      {unsaved.question}
    </>
  );
}
