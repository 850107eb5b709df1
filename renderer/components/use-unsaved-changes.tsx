import { useEffect, useRef, useState, type ReactNode } from 'react';
import { addLeaveGuard } from '../store/leave-guard';
import { ConfirmDialog } from './ConfirmDialog';

interface UnsavedChanges {
  /** The form's Cancel and Escape: closes it at once when nothing was changed, else asks first. */
  leave: () => void;
  /** The question, when it is asked; render it in the form. */
  question: ReactNode;
}

/**
 * Keeps what a person typed into a form from going without a word: with changes not saved, closing the form
 * (Cancel, Escape) and a switch of screen or team (`leave-guard`) first ask "Discard your changes to …?", with
 * Keep editing focused (Enter and Escape keep the changes) and Discard changes. With nothing changed the form
 * closes at once, also when the screen or team changes under it. A reload or closing the tab (the window) with
 * changes gets the browser's (the desktop app's) question. `what` names the thing edited ('"Tune alerts"').
 * `saveOnLeave`, for fields saved as they are left (a demo slot's title): a switch of screen or team first asks it
 * to save the changes, and goes on without a question when it could (true); it asks when it could not.
 * `keptPerTeam`, for a form whose draft belongs to its team (useTeamDraft): a switch of team neither asks nor closes
 * it, as the draft is there again when its team is; a switch of screen asks as for any form.
 * `staysForEditors`, for a form for a new thing beside a list (a retro's new card): another editor of the list
 * opening (`leaveAllowed(open, 'editor')`) does not take it off the screen, so it neither asks nor closes.
 */
export function useUnsavedChanges(
  changed: boolean,
  what: string,
  close: () => void,
  saveOnLeave?: () => boolean,
  keptPerTeam = false,
  staysForEditors = false,
): UnsavedChanges {
  // The switch to run once the person discards; null to only close the form.
  const [asking, setAsking] = useState<{ then: (() => void) | null } | null>(null);
  const latest = useRef({ changed, close, saveOnLeave, keptPerTeam, staysForEditors, lettingGo: false });
  useEffect(() => {
    latest.current.changed = changed;
    latest.current.close = close;
    latest.current.saveOnLeave = saveOnLeave;
    latest.current.keptPerTeam = keptPerTeam;
    latest.current.staysForEditors = staysForEditors;
  });

  useEffect(
    () =>
      addLeaveGuard((retry, kind) => {
        const { changed: hasChanges, lettingGo } = latest.current;
        if (lettingGo || (kind === 'team' && latest.current.keptPerTeam)) return true;
        if (kind === 'editor' && latest.current.staysForEditors) return true;
        if (hasChanges) {
          if (latest.current.saveOnLeave?.()) return true;
          setAsking({ then: retry });
          return false;
        }
        latest.current.close();
        return true;
      }),
    [],
  );

  // A reload or closing the tab (the window, in the desktop app, whose shell asks) is held while there are changes.
  useEffect(() => {
    if (!changed) return;
    const hold = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Browsers before 2023 (Chrome < 119) ask only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [changed]);

  const discard = (then: (() => void) | null) => {
    latest.current.lettingGo = true;
    setAsking(null);
    latest.current.close();
    then?.();
    latest.current.lettingGo = false;
  };

  return {
    leave: () => (changed ? setAsking({ then: null }) : close()),
    question: asking ? (
      <ConfirmDialog
        title={`Discard your changes to ${what}?`}
        message="They are not saved yet. Keep editing to save them, or discard them."
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => discard(asking.then)}
        onCancel={() => setAsking(null)}
      />
    ) : null,
  };
}
