import { useState } from 'react';
import { NoteTextSchema, type StandupNote } from '../../../src/domain/standup/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { TextEditDialog } from './TextEditDialog';

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
  const editStandupNote = useAppStore((s) => s.editStandupNote);
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
        <TextEditDialog
          title="Edit note"
          label={`${editing.memberId ? `Update from ${who(editing)}` : 'Update for the team'} (outcome, not activity)`}
          schema={NoteTextSchema}
          text={editing.text}
          what="the note"
          confirm="Save note"
          save={(text) => editStandupNote(standupId, editing.id, text)}
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
