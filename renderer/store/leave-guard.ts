/**
 * Forms that hold what a person typed and has not saved (the item editor) stand in the way of a switch of screen
 * or team, which would take them off the page. Each registers a guard while it is open: given the switch to run
 * later, it either lets it happen now (true; a form with nothing changed closes itself) or asks the person first
 * (false), and runs the switch again once they chose to discard their changes. `kind` says whether the switch
 * is to another screen or to another team on the same screen (a form that keeps a draft per team lets that pass),
 * or an editor opening in place of the one open in a list ('editor': a form for a new thing beside the list stays
 * on the screen, so it lets that pass).
 */
export type LeaveKind = 'screen' | 'team' | 'editor';
export type LeaveGuard = (retry: () => void, kind: LeaveKind) => boolean;

const guards: LeaveGuard[] = [];

/** Registers a guard; returns its removal. */
export function addLeaveGuard(guard: LeaveGuard): () => void {
  guards.push(guard);
  return () => {
    const at = guards.indexOf(guard);
    if (at >= 0) guards.splice(at, 1);
  };
}

/** Whether a switch may happen now; if not, an open form is asking, and `retry` runs once it lets go. */
export function leaveAllowed(retry: () => void, kind: LeaveKind = 'screen'): boolean {
  return guards.every((guard) => guard(retry, kind));
}
