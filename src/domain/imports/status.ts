import { ITEM_STATUSES, type ItemStatus } from '../backlog/vocabulary';
import { ownEntry } from '../shared/plain-object';
import { quoted } from './quote';

/**
 * The status names trackers write (Jira's workflow, GitHub's and GitLab's issue state, Azure DevOps' and Linear's
 * workflow states), lower case, as Cadence's statuses.
 */
const STATUSES: Record<string, ItemStatus> = {
  'to do': 'todo',
  todo: 'todo',
  open: 'todo',
  opened: 'todo',
  reopened: 'todo',
  new: 'todo',
  backlog: 'todo',
  triage: 'todo',
  proposed: 'todo',
  approved: 'todo',
  ready: 'todo',
  'selected for development': 'todo',
  'in progress': 'in_progress',
  'in development': 'in_progress',
  doing: 'in_progress',
  active: 'in_progress',
  committed: 'in_progress',
  started: 'in_progress',
  'in review': 'review',
  review: 'review',
  'code review': 'review',
  'in qa': 'review',
  testing: 'review',
  done: 'done',
  closed: 'done',
  resolved: 'done',
  complete: 'done',
  completed: 'done',
  fixed: 'done',
  merged: 'done',
};

/** States that close an issue nobody worked on: done in Cadence too (out of the backlog), with a note saying so. */
const CLOSED_UNDONE = new Set(['canceled', 'cancelled', "won't do", "won't fix", 'duplicate', 'removed', 'rejected']);

export interface ReadStatus {
  status: ItemStatus;
  note: string | null;
}

/**
 * A row's status from its status cells (GitHub's export can have a project's Status and the State): the
 * furthest along of those it knows, so a closed issue is done whatever its board column said. A value it does not
 * know, alone, is to do with a note naming it; no value at all is to do.
 */
export function readStatus(cells: readonly string[]): ReadStatus {
  let status: ItemStatus | null = null;
  let closedNote: string | null = null;
  let unknownNote: string | null = null;
  const further = (next: ItemStatus) =>
    status === null || ITEM_STATUSES.indexOf(next) > ITEM_STATUSES.indexOf(status) ? next : status;
  for (const cell of cells) {
    const text = cell.trim();
    const name = text.replace(/\s+/g, ' ').replace(/[’`]/g, "'").toLowerCase();
    if (name === '') continue;
    const known = ownEntry(STATUSES, name);
    if (known) status = further(known);
    else if (CLOSED_UNDONE.has(name)) {
      status = further('done');
      closedNote ??= `status ${quoted(text)} closes the issue: imported as done`;
    } else unknownNote ??= `unknown status ${quoted(text)}: to do`;
  }
  if (status === null) return { status: 'todo', note: unknownNote };
  return { status, note: status === 'done' ? closedNote : null };
}
