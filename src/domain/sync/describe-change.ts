import type { Retro } from '../retro/schema';
import { plural, pointsText, sentenceCase } from '../shared/words';
import { dateInZone } from '../shared/zoned-time';
import type { TeamDoc } from '../workspace';
import { deepEqual } from './canonical';

/**
 * A commit message in words, so that the remote's history reads as a log of the team's ceremonies:
 * "Closed Sprint 11; Planned Sprint 12: 8 items, 31 points". The most telling changes come first; the
 * line stays within 72 characters where it can (a longer first part is kept whole).
 */

const MAX = 72;

type Keyed = { id: string };

function byId<T extends Keyed>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]));
}

/** Added, changed and removed entries of one collection. */
function diff<T extends Keyed>(before: readonly T[], after: readonly T[]) {
  const old = byId(before);
  const now = byId(after);
  return {
    added: after.filter((e) => !old.has(e.id)),
    changed: after.filter((e) => old.has(e.id) && !deepEqual(old.get(e.id), e)),
    removed: before.filter((e) => !now.has(e.id)),
    old,
  };
}

function sprintParts(before: TeamDoc, after: TeamDoc): string[] {
  const { added, changed, old } = diff(before.sprints, after.sprints);
  const parts: string[] = [];
  for (const s of [...changed, ...added]) {
    const was = old.get(s.id)?.state ?? 'planned';
    if (s.state === 'closed' && was !== 'closed') parts.push(`Closed ${s.name}`);
  }
  for (const s of [...changed, ...added]) {
    const was = old.get(s.id)?.state ?? 'planned';
    if (s.state === 'active' && was !== 'active') {
      const c = s.commitment;
      parts.push(
        c
          ? `Planned ${s.name}: ${plural(c.items.length, 'item')}, ${pointsText(c.committedPoints)}`
          : `Started ${s.name}`,
      );
    }
  }
  for (const s of added) if (s.state === 'planned') parts.push(`Added ${s.name}`);
  return parts;
}

function retroName(retro: Retro, team: TeamDoc): string {
  if (retro.kind === 'postmortem') return `Postmortem “${retro.title}”`;
  const sprint = team.sprints.find((s) => s.id === retro.sprintId);
  return sprint ? `Retro for ${sprint.name}` : `Retro “${retro.title}”`;
}

function retroParts(before: TeamDoc, after: TeamDoc): string[] {
  const { added, changed } = diff(before.retros, after.retros);
  return [...changed, ...added].map(
    (r) => `${retroName(r, after)}: ${plural(r.cards.length, 'card')}, ${plural(r.actions.length, 'action')}`,
  );
}

function ceremonyParts(before: TeamDoc, after: TeamDoc): string[] {
  const parts: string[] = [];
  const standups = diff(before.standups, after.standups);
  for (const s of [...standups.changed, ...standups.added]) {
    if (s.state === 'ended' && standups.old.get(s.id)?.state !== 'ended') {
      parts.push(`Standup of ${s.summary?.date ?? dateInZone(s.timer.startedAt, after.settings.timeZone)}`);
    }
  }
  const reviews = diff(before.reviews, after.reviews);
  for (const r of [...reviews.changed, ...reviews.added]) {
    const sprint = after.sprints.find((s) => s.id === r.sprintId);
    parts.push(sprint ? `Review of ${sprint.name}` : 'Sprint review');
  }
  return parts;
}

function itemParts(before: TeamDoc, after: TeamDoc): string[] {
  const { added, changed, removed } = diff(before.items, after.items);
  const words = [
    added.length > 0 ? `added ${plural(added.length, 'item')}` : '',
    changed.length > 0 ? `edited ${changed.length}` : '',
    removed.length > 0 ? `deleted ${removed.length}` : '',
  ].filter(Boolean);
  if (words.length === 0) {
    const order = (t: TeamDoc) => t.items.map((i) => i.id);
    return deepEqual(order(before), order(after)) ? [] : ['Reordered the backlog'];
  }
  const text = words.join(', ');
  return [sentenceCase(text)];
}

/** Keeps the line short: whole parts while they fit, then "and more". */
function oneLine(parts: readonly string[]): string {
  let line = parts[0] ?? '';
  let i = 1;
  for (; i < parts.length; i++) {
    const next = `${line}; ${parts[i]}`;
    if (next.length > MAX) break;
    line = next;
  }
  if (i < parts.length && line.length + '; and more'.length <= MAX) line += '; and more';
  return line;
}

export function describeChange(before: TeamDoc | null, after: TeamDoc): string {
  if (before === null) return 'Shared the team';
  const parts = [
    ...sprintParts(before, after),
    ...retroParts(before, after),
    ...ceremonyParts(before, after),
    ...itemParts(before, after),
  ];
  if (parts.length > 0) return oneLine(parts);
  return deepEqual(before, after) ? 'No changes' : 'Updated the team';
}
