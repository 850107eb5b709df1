import type { BacklogItem } from '../../src/domain/backlog/schema';
import { ITEM_STATUSES, ITEM_TYPES } from '../../src/domain/backlog/schema';
import { liveTotals } from '../../src/domain/planning/figures';
import type { Sprint } from '../../src/domain/planning/schema';
import { emptyTeamCalendar, type TeamCalendar } from '../../src/domain/planning/team-calendar';
import { TeamSettingsSchema, type Member, type TeamSettings } from '../../src/domain/team/schema';
import type { Rng } from './rng';
import { LABELS, NAMES, REASONS, TEAM_NAMES, THINGS, VERBS } from './words';

export const EPOCH = Date.UTC(2022, 0, 3, 9, 0, 0);
const DAY = 86_400_000;

export const isoTime = (ms: number) => new Date(ms).toISOString();
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function teamName(index: number): string {
  const base = TEAM_NAMES[index % TEAM_NAMES.length] ?? 'Team';
  return index < TEAM_NAMES.length ? base : `${base} ${Math.floor(index / TEAM_NAMES.length) + 1}`;
}

export function members(rng: Rng, count: number): Member[] {
  return Array.from({ length: count }, (_, i) => ({
    id: rng.id(),
    name: `${NAMES[i % NAMES.length]} ${String.fromCharCode(65 + rng.int(0, 25))}.`,
    role: rng.pick(['SRE', 'Platform engineer', 'DBA', 'Network engineer']),
    hoursPerDay: rng.pick([6, 6, 7, 8]),
    takesOnCall: rng.chance(0.8),
  }));
}

export function settings(rng: Rng): TeamSettings {
  const entry = (text: string, rule: 'has_acceptance_criteria' | 'estimated' | 'has_description' | null) => ({
    id: rng.id(),
    text,
    rule,
  });
  return TeamSettingsSchema.parse({
    definitionOfReady: [
      entry('Acceptance criteria are written', 'has_acceptance_criteria'),
      entry('Estimated by the team', 'estimated'),
      entry('Description says why the work matters', 'has_description'),
      entry('Rollback plan noted for production changes', null),
    ],
    definitionOfDone: [entry('Peer reviewed', null), entry('Runbook updated', null)],
  });
}

/**
 * Sprints back to back, two weeks each; all closed but the last, which is active. Each has a Thursday change
 * window, which goes into the team calendar (`calendar`, filled as the sprints are made).
 */
export function sprints(
  rng: Rng,
  count: number,
  team: Member[],
  calendar: TeamCalendar = emptyTeamCalendar(),
): Sprint[] {
  return Array.from({ length: count }, (_, i): Sprint => {
    const start = EPOCH + i * 14 * DAY;
    const closed = i < count - 1;
    const onCall = team.slice(0, 2).map((m, k) => ({
      id: rng.id(),
      memberId: m.id,
      startDate: isoDate(start + k * 7 * DAY),
      endDate: isoDate(start + k * 7 * DAY + 6 * DAY),
    }));
    // Built in the order the generator has always drawn its numbers, so the same seed gives the same data.
    const { changeWindows, ...sprint } = {
      id: rng.id(),
      name: `Sprint ${i + 1}`,
      goal: `${rng.pick(VERBS)} ${rng.pick(THINGS)} ${rng.pick(REASONS)}.`,
      startDate: isoDate(start),
      endDate: isoDate(start + 11 * DAY),
      state: closed ? 'closed' : 'active',
      createdAt: isoTime(start - DAY),
      timeOff: rng.chance(0.5) ? [{ id: rng.id(), memberId: rng.pick(team).id, date: isoDate(start + 2 * DAY) }] : [],
      onCall,
      changeWindows: [
        {
          id: rng.id(),
          name: 'Thursday change window',
          kind: 'window',
          start: isoTime(start + 3 * DAY + 10 * 3_600_000),
          end: isoTime(start + 3 * DAY + 14 * 3_600_000),
        },
      ],
      commitment: {
        at: isoTime(start),
        items: [],
        committedPoints: rng.int(20, 40),
        personDays: rng.int(30, 50),
        pointsPerPersonDay: 0.8,
        forecastPoints: rng.int(25, 40),
        bufferPercent: 20,
        bufferPoints: 6,
        plannablePoints: rng.int(20, 32),
      },
      scopeChanges: [],
      result: closed
        ? {
            closedAt: isoTime(start + 11 * DAY + 8 * 3_600_000),
            committedPoints: 30,
            completedPlannedPoints: rng.int(18, 30),
            completedUnplannedPoints: rng.int(0, 8),
            incompleteItemIds: [],
            incompleteTo: 'backlog',
            bufferReservedPoints: 6,
            bufferUsedPoints: rng.int(0, 8),
            personDays: 40,
          }
        : null,
    } satisfies Sprint & Pick<TeamCalendar, 'changeWindows'>;
    calendar.changeWindows.push(...changeWindows);
    return sprint;
  });
}

/** Backlog items: those in closed sprints are done, the rest sit in the backlog or the active sprint. */
export function items(rng: Rng, count: number, teamSprints: Sprint[], team: Member[], dor: string[]): BacklogItem[] {
  const closed = teamSprints.filter((s) => s.state === 'closed');
  const active = teamSprints.find((s) => s.state === 'active') ?? null;
  return Array.from({ length: count }, (_, i): BacklogItem => {
    const created = EPOCH + Math.floor((i / Math.max(1, count)) * teamSprints.length * 14) * DAY;
    const title = `${rng.pick(VERBS)} ${rng.pick(THINGS)}`;
    const roll = rng.next();
    const sprint = roll < 0.55 && closed.length > 0 ? rng.pick(closed) : roll < 0.62 ? active : null;
    const done = sprint !== null && sprint.state === 'closed';
    const status = done ? 'done' : sprint ? rng.pick(ITEM_STATUSES) : 'todo';
    const labels = [...new Set([rng.pick(LABELS), rng.pick(LABELS)])].slice(0, rng.int(0, 2));
    return {
      id: rng.id(),
      title: `${title} (#${i + 1})`,
      type: rng.pick(ITEM_TYPES),
      description: rng.chance(0.6) ? `${title} ${rng.pick(REASONS)}.` : '',
      points: rng.chance(0.8) ? rng.pick([1, 2, 3, 5, 8, 13]) : null,
      labels,
      acceptanceCriteria: Array.from({ length: rng.chance(0.3) ? rng.int(1, 2) : 0 }, (_, k) => ({
        id: rng.id(),
        text: `Check ${k + 1} passes in staging`,
        done: done || rng.chance(0.3),
      })),
      links: rng.chance(0.15) ? [{ id: rng.id(), kind: 'ticket', value: `OPS-${1000 + i}` }] : [],
      needsChangeWindow: rng.chance(0.2),
      status,
      readyChecks: rng.chance(0.5) ? dor.slice(3) : [],
      templateId: null,
      sprintId: sprint?.id ?? null,
      unplanned: rng.chance(0.05),
      interrupt: null,
      ownerId: sprint ? rng.pick(team).id : null,
      blocked: !done && rng.chance(0.03),
      statusChangedAt: sprint ? isoTime(created + DAY) : null,
      completedAt: done ? isoTime(created + 5 * DAY) : null,
      source: null,
      createdAt: isoTime(created),
      updatedAt: isoTime(created + DAY),
    };
  });
}

/**
 * The sprints with their figures taken from their items, as planning and closing them would have
 * recorded: the commitment's points are the planned items' points, and a closed sprint's result holds
 * what its items say (all its items are done), so a closed sprint's "30 of 30" matches its cards.
 */
export function withFiguresOfItems(
  teamSprints: Sprint[],
  teamItems: BacklogItem[],
  teamSettings: TeamSettings,
): Sprint[] {
  return teamSprints.map((sprint) => {
    const planned = teamItems.filter((i) => i.sprintId === sprint.id && !i.unplanned);
    const committedPoints = planned.reduce((sum, i) => sum + (i.points ?? 0), 0);
    const committed = { ...sprint, commitment: sprint.commitment && { ...sprint.commitment, committedPoints } };
    if (!committed.result) return committed;
    return { ...committed, result: { ...committed.result, ...liveTotals(committed, teamItems, teamSettings) } };
  });
}
