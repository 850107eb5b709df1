import { useState } from 'react';
import type { StandupNote } from '../../../src/domain/standup/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';

const TITLE_ID = 'notes-title';

/** A note opened for a correction: which, its text, and its field's label ("Update from Ada (…)"). */
export interface NoteEdit {
  standupId: string;
  noteId: string;
  text: string;
  label: string;
}

interface StandupNotesProps {
  standupId: string;
  notes: readonly StandupNote[];
  nameOf: (memberId: string) => string;
  /**
   * Opens the note's Edit dialog. The Standup tab holds it, not this list: another window ending the standup takes
   * the list away, and the dialog, with the correction typed, stays.
   */
  onEdit: (edit: NoteEdit) => void;
}

/**
 * The updates noted so far in a running standup, each with Edit (a typo) and Delete (noted by mistake), so the
 * summary reads what was meant. Once the standup ends its summary is frozen, and this list is gone with the timer.
 */
export function StandupNotes({ standupId, notes, nameOf, onEdit }: StandupNotesProps) {
  const deleteStandupNote = useAppStore((s) => s.deleteStandupNote);
  const reportError = useAppStore((s) => s.reportError);
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
              <button
                type="button"
                onClick={() =>
                  onEdit({
                    standupId,
                    noteId: n.id,
                    text: n.text,
                    label: `${n.memberId ? `Update from ${who(n)}` : 'Update for the team'} (outcome, not activity)`,
                  })
                }
                aria-label={`Edit note: ${named(n)}`}
              >
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
