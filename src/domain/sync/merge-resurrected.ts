import type { Sprint } from '../planning/schema';
import type { Review } from '../review/schema';
import type { TeamDoc } from '../workspace';

/**
 * A record deleted on one machine and changed on the other comes back (merge-records.ts), but what the delete
 * did to other records merges as an ordinary edit. This puts those side effects back:
 * - a planned sprint deleted here and started (or edited) there comes back with the items the delete had sent to
 *   the backlog, where the machine that kept it still has them, with the review the delete deleted, and with
 *   the retros and health checks the delete had unlinked linked to it again;
 * - an item deleted from a running sprint here and changed there comes back without the "removed" scope change
 *   the delete logged.
 */
export function undoDeletesOfResurrected(
  base: TeamDoc | null,
  merged: TeamDoc,
  mine: TeamDoc,
  theirs: TeamDoc,
): TeamDoc {
  if (!base) return merged;
  const sides = [
    { deleter: mine, keeper: theirs },
    { deleter: theirs, keeper: mine },
  ];
  let team = merged;
  for (const { deleter, keeper } of sides) {
    team = withSprintItemsBack(team, base, deleter, keeper);
    team = withSprintRecordsBack(team, base, deleter, keeper);
    team = withoutDeletionLog(team, base, deleter, keeper);
  }
  return team;
}

/** Ids of the records of `list` in base and the keeper but not the deleter: deleted there, back in the merge. */
function resurrected<T extends { id: string }>(
  list: (t: TeamDoc) => T[],
  base: TeamDoc,
  deleter: TeamDoc,
  keeper: TeamDoc,
  merged: TeamDoc,
): Set<string> {
  const gone = new Set(list(deleter).map((r) => r.id));
  const kept = new Set(list(keeper).map((r) => r.id));
  const back = new Set(list(merged).map((r) => r.id));
  return new Set(
    list(base)
      .filter((r) => !gone.has(r.id) && kept.has(r.id) && back.has(r.id))
      .map((r) => r.id),
  );
}

function withSprintItemsBack(team: TeamDoc, base: TeamDoc, deleter: TeamDoc, keeper: TeamDoc): TeamDoc {
  const sprints = resurrected((t) => t.sprints, base, deleter, keeper, team);
  if (sprints.size === 0) return team;
  const sprintOf = (t: TeamDoc) => new Map(t.items.map((i) => [i.id, i.sprintId]));
  const [inBase, inDeleter] = [sprintOf(base), sprintOf(deleter)];
  const kept = new Map(keeper.items.map((i) => [i.id, i]));
  let changed = false;
  const items = team.items.map((item) => {
    const was = inBase.get(item.id);
    const keeperItem = kept.get(item.id);
    // The delete unplanned it (it was in the sprint, the deleter has it in the backlog); the keeper did not.
    if (!was || !sprints.has(was) || inDeleter.get(item.id) !== null || keeperItem?.sprintId !== was) return item;
    if (item.sprintId === was) return item;
    changed = true;
    return { ...item, sprintId: was, unplanned: keeperItem.unplanned };
  });
  return changed ? { ...team, items } : team;
}

/** The review a sprint's delete deleted, and the retros and health checks it unlinked, where the keeper has them. */
function withSprintRecordsBack(team: TeamDoc, base: TeamDoc, deleter: TeamDoc, keeper: TeamDoc): TeamDoc {
  const sprints = resurrected((t) => t.sprints, base, deleter, keeper, team);
  if (sprints.size === 0) return team;
  const ofSprints = (list: readonly Review[]) => list.filter((r) => sprints.has(r.sprintId));
  const here = new Set(team.reviews.map((r) => r.id));
  const gone = new Set(deleter.reviews.map((r) => r.id));
  const inBase = new Set(ofSprints(base.reviews).map((r) => r.id));
  const reviews = ofSprints(keeper.reviews).filter((r) => inBase.has(r.id) && !gone.has(r.id) && !here.has(r.id));
  const relinked = <T extends { id: string; sprintId: string | null }>(list: (t: TeamDoc) => T[]): T[] => {
    const was = new Map(list(base).map((r) => [r.id, r.sprintId]));
    const unlinkedByDelete = new Set(
      list(deleter)
        .filter((r) => r.sprintId === null)
        .map((r) => r.id),
    );
    const kept = new Map(list(keeper).map((r) => [r.id, r.sprintId]));
    const current = list(team);
    const back = (r: T) => {
      const sprintId = was.get(r.id);
      return (
        r.sprintId === null &&
        sprintId != null &&
        sprints.has(sprintId) &&
        unlinkedByDelete.has(r.id) &&
        kept.get(r.id) === sprintId
      );
    };
    return current.some(back) ? current.map((r) => (back(r) ? { ...r, sprintId: was.get(r.id) ?? null } : r)) : current;
  };
  const retros = relinked((t) => t.retros);
  const healthChecks = relinked((t) => t.healthChecks);
  if (reviews.length === 0 && retros === team.retros && healthChecks === team.healthChecks) return team;
  return { ...team, reviews: [...team.reviews, ...reviews], retros, healthChecks };
}

function withoutDeletionLog(team: TeamDoc, base: TeamDoc, deleter: TeamDoc, keeper: TeamDoc): TeamDoc {
  const items = resurrected((t) => t.items, base, deleter, keeper, team);
  if (items.size === 0) return team;
  const logged = (t: TeamDoc) => new Set(t.sprints.flatMap((s) => s.scopeChanges.map((c) => c.id)));
  const [inBase, inKeeper] = [logged(base), logged(keeper)];
  // The deleter's own new "removed" entries for an item that is back: the delete's record of itself.
  const byDelete = new Set(
    deleter.sprints.flatMap((s) =>
      s.scopeChanges
        .filter((c) => c.kind === 'removed' && items.has(c.itemId) && !inBase.has(c.id) && !inKeeper.has(c.id))
        .map((c) => c.id),
    ),
  );
  if (byDelete.size === 0) return team;
  const sprints = team.sprints.map((s): Sprint =>
    s.scopeChanges.some((c) => byDelete.has(c.id))
      ? { ...s, scopeChanges: s.scopeChanges.filter((c) => !byDelete.has(c.id)) }
      : s,
  );
  return { ...team, sprints };
}
