import type { TeamDoc } from '../workspace';
import type { ConflictDecision, SyncConflict } from './model';
import { mergeValue, ROOT, type MergeState } from './merge-records';
import { undoDeletesOfResurrected } from './merge-resurrected';
import { applyMergeRules } from './merge-rules';
import { keepValid } from './merge-valid';
import { unifyImportedItems } from './same-source';

export interface MergeResult {
  /** The merged team; while conflicts are open it holds MINE at each of them. */
  team: TeamDoc;
  conflicts: SyncConflict[];
  /** What the merge did that people should know (an entity deleted on one side came back). */
  notes: string[];
}

/**
 * The three-way merge of a shared team, by merge key (ids, natural keys for votes), field by field.
 * `base` is the team both sides last agreed on, or null the first time two independent copies meet;
 * `decisions` settle conflicts an earlier merge reported, by key.
 */
export function mergeTeams(
  base: TeamDoc | null,
  mine: TeamDoc,
  theirs: TeamDoc,
  decisions: readonly ConflictDecision[] = [],
): MergeResult {
  ({ mine, theirs } = unifyImportedItems(base, mine, theirs));
  const state: MergeState = {
    decisions: new Map(decisions.map((d) => [d.key, d.keep])),
    conflicts: [],
    notes: [],
    mine,
  };
  const merged = undoDeletesOfResurrected(
    base,
    mergeValue(state, ROOT, base ?? undefined, mine, theirs) as TeamDoc,
    mine,
    theirs,
  );
  const team = keepValid(state, applyMergeRules(state, merged, mine, theirs), mine, theirs);
  return { team, conflicts: state.conflicts, notes: state.notes };
}
