import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { NoteTextSchema } from '../../../src/domain/standup/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { byId, focusSoon } from '../../components/focus-soon';
import { useAppStore } from '../../store';
import { CaptureDialog, type CaptureOpen } from './CaptureDialog';
import type { NoteEdit } from './StandupNotes';
import { CAPTURE_BAR_ID } from './StandupRunning';
import { SUMMARY_ID } from './StandupSummaryView';
import { TextEditDialog } from './TextEditDialog';
import { useInterruptDialog } from './use-interrupt-dialog';

const NOTE_FROZEN =
  'The standup has ended on another screen, so its notes can no longer be changed. Copy the note to keep it.';

export interface StandupDialogs {
  /** A note, blocker or topic to capture (a blocker from the blockers panel too, at no standup). */
  openCapture: (open: CaptureOpen) => void;
  /** Log interrupt, taken by `takenBy` unless another is picked. */
  openInterrupt: (takenBy: string | null) => void;
  /** A note's correction. */
  editNote: (edit: NoteEdit) => void;
  /** The dialog open, to render. */
  dialogs: ReactNode;
}

/**
 * Where the focus goes when Log interrupt closes after the standup's own Log interrupt went meanwhile: the capture
 * bar's last control, beside it, while the standup runs (another window closed the sprint); else the summary that
 * took the standup's place (another window ended it).
 */
const focusWhereLogInterruptWas = () =>
  document.querySelector(`#${CAPTURE_BAR_ID} button:last-of-type`) ?? document.getElementById(SUMMARY_ID);

/**
 * The Standup tab's dialogs: a capture (note, blocker, topic), a note's correction and Log interrupt. The tab holds
 * them, not the running standup's view: another window ending the standup takes that view away, and a dialog with
 * what someone was typing must not go with it. It stays, says the standup ended, and keeps the words: a blocker or
 * topic is still raised for the team, a note (which only a running standup takes) can be copied.
 */
export function useStandupDialogs(team: TeamDoc): StandupDialogs {
  const editStandupNote = useAppStore((s) => s.editStandupNote);
  const [capture, setCapture] = useState<CaptureOpen | null>(null);
  const [noteEdit, setNoteEdit] = useState<NoteEdit | null>(null);
  // Ended since the dialog opened (a capture at no standup never is).
  const endedSince = (standupId: string | null | undefined) =>
    standupId != null && !team.standups.some((s) => s.id === standupId && s.state === 'running');
  // The standup Log interrupt was opened in: its button goes with it when another window ends it.
  const interruptIn = useRef<string | null>(null);
  const runningId = team.standups.find((s) => s.state === 'running')?.id ?? null;
  const interrupt = useInterruptDialog(team, (noSprintNow) => {
    if (noSprintNow || endedSince(interruptIn.current)) focusSoon(focusWhereLogInterruptWas);
  });
  const openInterruptFrom = interrupt.openInterrupt;
  const openInterrupt = useCallback(
    (takenBy: string | null) => {
      interruptIn.current = runningId;
      openInterruptFrom(takenBy);
    },
    [openInterruptFrom, runningId],
  );
  const captureEnded = endedSince(capture?.standupId);
  const noteEditEnded = endedSince(noteEdit?.standupId);
  // The controls that opened a dialog left with its standup: the summary that took their place takes the focus, once
  // the dialog is gone (it hands the focus back to its opener first, which is gone too).
  const focusSummary = useRef(false);
  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    focusSoon(byId(SUMMARY_ID));
  });
  const dialogs = (
    <>
      {capture ? (
        <CaptureDialog
          {...capture}
          members={team.members}
          ended={captureEnded}
          onClose={() => {
            setCapture(null);
            focusSummary.current = captureEnded;
          }}
        />
      ) : null}
      {noteEdit ? (
        <TextEditDialog
          title="Edit note"
          label={noteEdit.label}
          schema={NoteTextSchema}
          text={noteEdit.text}
          what="the note"
          confirm="Save note"
          save={(text) => editStandupNote(noteEdit.standupId, noteEdit.noteId, text)}
          onClose={() => {
            setNoteEdit(null);
            focusSummary.current = noteEditEnded;
          }}
          cannotSave={noteEditEnded ? { message: NOTE_FROZEN, copy: 'Copy note' } : undefined}
        />
      ) : null}
      {interrupt.dialog}
    </>
  );
  return { openCapture: setCapture, openInterrupt, editNote: setNoteEdit, dialogs };
}
