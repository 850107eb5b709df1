import { useEffect, useRef, useState, type ReactNode } from 'react';
import { wordList } from '../../src/domain/shared/words';
import { useAppStore } from '../store';
import { addLeaveGuard, type LeaveGuard, type LeaveKind } from '../store/leave-guard';
import { ConfirmDialog } from './ConfirmDialog';

interface UnsavedChanges {
  /** The form's Cancel and Escape: closes it at once when nothing was changed, else asks first. */
  leave: () => void;
  /** The question, when it is asked; render it in the form. */
  question: ReactNode;
  /**
   * The leave guard's answer for a switch only this form stands in the way of, which the screen asks itself (another
   * slot picked in the review's agenda): true to switch now; false while the question is asked, `retry` run once the
   * changes are discarded.
   */
  guard: (retry: () => void) => boolean;
}

/** How a form's question behaves beyond the defaults (see useUnsavedChanges). */
export interface UnsavedChangesOptions {
  saveOnLeave?: () => boolean;
  keptPerTeam?: boolean | string;
  staysForEditors?: boolean;
}

/**
 * Keeps what a person typed into a form from going without a word: with changes not saved, closing the form
 * (Cancel, Escape) and a switch of screen or team (`leave-guard`) first ask "Discard your changes to …?", with
 * Keep editing focused (Enter and Escape keep the changes) and Discard changes. With nothing changed the form
 * closes at once, also when the screen or team changes under it. A reload or closing the tab (the window) with
 * changes gets the browser's (the desktop app's) question. `what` names the thing edited ('"Tune alerts"').
 * `saveOnLeave`, for fields saved as they are left (a demo slot's title): a switch of screen or team first asks it
 * to save the changes, and goes on without a question when it could (true); it asks when it could not.
 * `keptPerTeam`, for a form a switch of team does not take off the screen: it neither asks nor closes it; a switch of
 * screen asks as for any form. A form whose draft belongs to its team (useTeamDraft) passes that team's id: as a
 * switch of screen (or a reload) drops every team's draft, it asks when any team's has changes (`changed` as it was
 * while that team was open), naming the teams not open.
 * `staysForEditors`, for a form for a new thing beside a list (a retro's new card): another editor of the list
 * opening (`leaveAllowed(open, 'editor')`) does not take it off the screen, so it neither asks nor closes.
 */
export function useUnsavedChanges(
  changed: boolean,
  what: string,
  close: () => void,
  { saveOnLeave, keptPerTeam = false, staysForEditors = false }: UnsavedChangesOptions = {},
): UnsavedChanges {
  // The switch to run once the person discards (null to only close the form), and the teams whose drafts it drops.
  const [asking, setAsking] = useState<{ then: (() => void) | null; teams: string[] } | null>(null);
  const teamId = typeof keptPerTeam === 'string' ? keptPerTeam : undefined;
  const teamName = useAppStore((s) => s.teams.find((t) => t.id === teamId)?.name);
  const latest = useRef({ changed, close, saveOnLeave, keptPerTeam, staysForEditors, teamId, lettingGo: false });
  // Whether each team's draft had changes when that team was last open (keptPerTeam given a team only).
  const changedByTeam = useRef(new Map<string, boolean>());
  useEffect(() => {
    latest.current.changed = changed;
    latest.current.close = close;
    latest.current.saveOnLeave = saveOnLeave;
    latest.current.keptPerTeam = keptPerTeam;
    latest.current.staysForEditors = staysForEditors;
    latest.current.teamId = teamId;
    if (teamId !== undefined && teamId !== '') changedByTeam.current.set(teamId, changed);
  });

  // Made once (it reads `latest`): the guard the page's switches ask, and `guard` below for the screen's own.
  const [guard] = useState<LeaveGuard>(() => (retry: () => void, kind: LeaveKind) => {
    const { changed: hasChanges, lettingGo } = latest.current;
    if (lettingGo || (kind === 'team' && latest.current.keptPerTeam)) return true;
    if (kind === 'editor' && latest.current.staysForEditors) return true;
    // Another screen takes the drafts kept for the teams not open off the page too.
    const elsewhere = kind === 'screen' ? otherTeamsChanged(changedByTeam.current, latest.current.teamId) : [];
    if (hasChanges || elsewhere.length > 0) {
      if (elsewhere.length === 0 && latest.current.saveOnLeave?.()) return true;
      setAsking({ then: retry, teams: elsewhere });
      return false;
    }
    latest.current.close();
    return true;
  });
  useEffect(() => addLeaveGuard(guard), [guard]);

  // A reload or closing the tab (the window, in the desktop app, whose shell asks) is held while there are changes,
  // in the team open or in a draft kept for another.
  useEffect(() => {
    if (!changed && otherTeamsChanged(changedByTeam.current, teamId).length === 0) return;
    const hold = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Browsers before 2023 (Chrome < 119) ask only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [changed, teamId]);

  const discard = (then: (() => void) | null) => {
    latest.current.lettingGo = true;
    setAsking(null);
    latest.current.close();
    then?.();
    latest.current.lettingGo = false;
  };

  return {
    leave: () => (changed ? setAsking({ then: null, teams: [] }) : close()),
    guard: (retry) => guard(retry, 'editor'),
    question: asking ? (
      <ConfirmDialog
        title={`Discard your changes to ${what}${teamsPart(changed ? teamName : undefined, asking.teams)}?`}
        message={
          asking.teams.length === 0
            ? 'They are not saved yet. Keep editing to save them, or discard them.'
            : `They are not saved yet. Keep editing, then open ${wordList(asking.teams)} to save what was typed for ${asking.teams.length === 1 ? 'it' : 'them'}; or discard them.`
        }
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => discard(asking.then)}
        onCancel={() => setAsking(null)}
      />
    ) : null,
  };
}

/** The names of the teams other than `shown` whose kept drafts have changes, in the team list's order. */
function otherTeamsChanged(changedByTeam: ReadonlyMap<string, boolean>, shown: string | undefined): string[] {
  if (changedByTeam.size === 0) return [];
  return useAppStore
    .getState()
    .teams.filter((t) => t.id !== shown && changedByTeam.get(t.id) === true)
    .map((t) => t.name);
}

/**
 * " for Network and Ops" when drafts of teams not open are asked about too (the open team's first, `open` when its
 * own draft has changes), else nothing.
 */
function teamsPart(open: string | undefined, others: readonly string[]): string {
  if (others.length === 0) return '';
  return ` for ${wordList(open === undefined ? others : [open, ...others])}`;
}
