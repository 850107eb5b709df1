import type { EstimationRound } from '../planning/estimation';
import type { Sprint } from '../planning/schema';
import type { Retro, RetroVote } from '../retro/schema';
import { topicsOf, votesUsedBy } from '../retro/voting';
import { shortenText } from '../shared/cut-text';
import { plural } from '../shared/words';
import type { TeamDoc } from '../workspace';
import { entityName } from './conflict-labels';
import { decide, type MergeState } from './merge-records';
import { memberName } from '../team/member-name';
import { oneReviewPerSprint } from './merge-reviews';

/**
 * Rules of the api that a field-by-field merge can break although each side kept them: two sprints
 * started on two machines, dots cast on two machines that together pass a person's budget, poker started on
 * one item on two machines. Each is a
 * conflict; the side kept (MINE while undecided) settles it. Two reviews of one sprint are joined into one
 * instead (merge-reviews.ts), with a conflict only where both set a value differently.
 */

const sideOf = (keep: 'mine' | 'theirs', mine: TeamDoc, theirs: TeamDoc) => (keep === 'mine' ? mine : theirs);

/** One active sprint at a time: the other side's start is taken back (the sprint stays, planned). */
function oneActiveSprint(state: MergeState, merged: TeamDoc, mine: TeamDoc, theirs: TeamDoc): TeamDoc {
  if (merged.sprints.filter((s) => s.state === 'active').length <= 1) return merged;
  const activeIn = (team: TeamDoc) =>
    team.sprints
      .filter((s) => s.state === 'active')
      .map((s) => s.name)
      .join(', ') || '(none)';
  const keep = decide(state, 'sprints/active', () => ({
    entity: 'Sprints',
    field: 'Active sprint',
    mine: activeIn(mine),
    theirs: activeIn(theirs),
  }));
  const side = sideOf(keep, mine, theirs);
  const settle = (s: Sprint): Sprint => {
    if (s.state !== 'active') return s;
    const own = side.sprints.find((x) => x.id === s.id);
    if (own?.state === 'active') return s;
    return { ...s, state: own?.state ?? 'planned', commitment: own?.commitment ?? null };
  };
  return { ...merged, sprints: merged.sprints.map(settle) };
}

function dotsText(retro: Retro | undefined, voterId: string): string {
  if (!retro) return '(none)';
  const topics = new Map(topicsOf(retro).map((t) => [t.id, t.title]));
  const mine = retro.votes.filter((v) => v.voterId === voterId);
  if (mine.length === 0) return '(none)';
  const where = mine.map((v) => `${v.count} on “${shortenText(topics.get(v.targetId) ?? v.targetId, 40)}”`);
  return `${plural(votesUsedBy(retro.votes, voterId), 'dot')}: ${where.join(', ')}`;
}

/** A person's dots in a retro stay within the team's budget: one side's set of their dots is kept. */
function dotsWithinBudget(state: MergeState, merged: TeamDoc, mine: TeamDoc, theirs: TeamDoc): TeamDoc {
  const budget = merged.settings.retroVotesPerPerson;
  const retros = merged.retros.map((retro) => {
    const mineRetro = mine.retros.find((r) => r.id === retro.id);
    const theirsRetro = theirs.retros.find((r) => r.id === retro.id);
    const within = (r: Retro | undefined, voter: string) => !r || votesUsedBy(r.votes, voter) <= budget;
    const voters = [...new Set(retro.votes.map((v) => v.voterId))];
    // Only what the merge itself made: each side kept the budget (it may have been lowered since).
    const over = voters.filter(
      (voter) => votesUsedBy(retro.votes, voter) > budget && within(mineRetro, voter) && within(theirsRetro, voter),
    );
    if (over.length === 0) return retro;
    let votes: RetroVote[] = retro.votes;
    for (const voter of over) {
      const keep = decide(state, `retros/${retro.id}/dots/${voter}`, () => ({
        entity: entityName('retros', retro, mine),
        field: `Dots of ${memberName(mine.members, voter)}`,
        mine: dotsText(mineRetro, voter),
        theirs: dotsText(theirsRetro, voter),
      }));
      const kept = (keep === 'mine' ? mineRetro : theirsRetro)?.votes.filter((v) => v.voterId === voter) ?? [];
      votes = [...votes.filter((v) => v.voterId !== voter), ...kept];
    }
    return { ...retro, votes };
  });
  return { ...merged, retros };
}

const isOpen = (r: EstimationRound) => r.state === 'voting' || r.state === 'revealed';

/**
 * One open poker round per item (starting poker on an item opens its round, or returns the open one): the
 * side kept keeps its round open; the other is superseded, as a re-vote would, with its votes as history.
 */
function oneOpenRoundPerItem(state: MergeState, merged: TeamDoc, mine: TeamDoc, theirs: TeamDoc): TeamDoc {
  const openByItem = new Map<string, EstimationRound[]>();
  for (const r of merged.estimationRounds.filter(isOpen))
    openByItem.set(r.itemId, [...(openByItem.get(r.itemId) ?? []), r]);
  let rounds = merged.estimationRounds;
  for (const [itemId, open] of openByItem) {
    const openIn = (team: TeamDoc) => team.estimationRounds.filter((r) => r.itemId === itemId && isOpen(r));
    // Only what the merge itself made: each side kept the rule.
    if (open.length <= 1 || openIn(mine).length > 1 || openIn(theirs).length > 1) continue;
    const text = (team: TeamDoc) =>
      openIn(team)
        .map(
          (r) =>
            `round ${r.number} started ${r.startedAt.slice(0, 16).replace('T', ' ')}, ${plural(r.votes.length, 'vote')}`,
        )
        .join('; ') || '(none)';
    const item = mine.items.find((i) => i.id === itemId) ?? theirs.items.find((i) => i.id === itemId);
    const keep = decide(state, `estimationRounds/open/${itemId}`, () => ({
      entity: item ? entityName('items', item, mine) : 'Item',
      field: 'Poker round',
      mine: text(mine),
      theirs: text(theirs),
    }));
    const keptIds = new Set(openIn(sideOf(keep, mine, theirs)).map((r) => r.id));
    const winner = open.find((r) => keptIds.has(r.id)) ?? open[0]!;
    rounds = rounds.map((r) =>
      open.includes(r) && r !== winner
        ? { ...r, state: 'superseded', closedAt: r.startedAt > winner.startedAt ? r.startedAt : winner.startedAt }
        : r,
    );
  }
  return rounds === merged.estimationRounds ? merged : { ...merged, estimationRounds: rounds };
}

export function applyMergeRules(state: MergeState, merged: TeamDoc, mine: TeamDoc, theirs: TeamDoc): TeamDoc {
  const rules = [oneActiveSprint, dotsWithinBudget, oneOpenRoundPerItem, oneReviewPerSprint];
  return rules.reduce((team, rule) => rule(state, team, mine, theirs), merged);
}
