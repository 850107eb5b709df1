import { useCallback, useState, type ReactNode } from 'react';
import { activeSprintOf } from '../../../src/domain/board/cards';
import type { TeamDoc } from '../../../src/domain/workspace';
import { InterruptDialog, type OpenedIn } from './InterruptDialog';

export interface InterruptDialogHold {
  /** Opens Log interrupt, taken by `takenBy` unless another is picked. */
  openInterrupt: (takenBy: string | null) => void;
  /** The dialog while it is open, to render. */
  dialog: ReactNode;
}

/**
 * Log interrupt, held by whatever stays on the screen while a sprint closes (the Standup screen for its Board tab, the
 * Standup tab for a running standup): the board goes when another window closes the sprint, and a dialog with an
 * interrupt half typed must not go with it. It remembers the sprint it was opened in, so it can say what happened.
 */
export function useInterruptDialog(
  team: TeamDoc | null,
  /**
   * Called as the dialog closes, told whether its sprint was closed with none active since: the holder may hand the
   * focus on, as the control that opened it may have gone (with the board, or the standup) meanwhile. The dialog
   * hands the focus back to that control first.
   */
  onClosed?: (noSprintNow: boolean) => void,
): InterruptDialogHold {
  const [open, setOpen] = useState<{ takenBy: string | null; openedIn: OpenedIn | null } | null>(null);
  const active = team ? activeSprintOf(team.sprints) : null;
  const activeId = active?.id ?? null;
  const activeName = active?.name ?? '';
  const openInterrupt = useCallback(
    (takenBy: string | null) =>
      setOpen({ takenBy, openedIn: activeId === null ? null : { id: activeId, name: activeName } }),
    [activeId, activeName],
  );
  const dialog =
    open && team ? (
      <InterruptDialog
        team={team}
        openedIn={open.openedIn}
        takenBy={open.takenBy}
        onClose={() => {
          setOpen(null);
          onClosed?.(open.openedIn !== null && !active);
        }}
      />
    ) : null;
  return { openInterrupt, dialog };
}
