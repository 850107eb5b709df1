/**
 * Sharing a team through a Git remote: the shapes the merge answers and the screens show. Pure types;
 * the merge itself lives beside this file, the Git transport in src/sync.
 */

/** Which side a conflict decision keeps. */
export type KeepSide = 'mine' | 'theirs';

/**
 * Two machines changed the same field of the same entity differently since they last agreed. Values are
 * shown to the facilitator as text; `key` is stable across syncs so a decision can name it.
 */
export interface SyncConflict {
  /** Stable key of the conflict, e.g. "items/itm-123/title": collection / merge key / field path. */
  key: string;
  /** What it is, for people: "Item “Upgrade Postgres”", "Sprint 12", "Team settings". */
  entity: string;
  /** The field in words: "Title", "Status", "Points"; "Deleted" for delete-against-edit rules. */
  field: string;
  /** This machine's value, as text for the screen ("(deleted)" when it is gone). */
  mine: string;
  /** The remote's value, as text. */
  theirs: string;
}

/** One decision the facilitator made on a conflict. */
export interface ConflictDecision {
  key: string;
  keep: KeepSide;
}
