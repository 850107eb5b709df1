import type { Sprint } from '../../planning/schema';
import { formatDayRange, type DateStyle } from '../../shared/dates';
import { round2 } from '../../shared/round';
import { pointsFigure as pts } from '../../shared/words';
import { formatDuration } from '../../standup/format';
import type { TeamDoc } from '../../workspace';
import { sprintFacts, standupFigures, type SprintFacts } from '../facts';
import { phasesOf } from '../phases';
import type { Retro } from '../schema';

/** A retro's sprint with its facts: what the "Sprint facts" phase shows, and every export of the retro carries. */
export interface RetroFacts {
  sprint: Pick<Sprint, 'name' | 'startDate' | 'endDate'>;
  facts: SprintFacts;
}

type FactsTeam = Pick<TeamDoc, 'sprints' | 'items' | 'settings' | 'standups' | 'blockers'>;

/** The facts of the retro's sprint; null for a retro tied to no sprint, and for a postmortem (it has no such phase). */
export function retroFacts(team: FactsTeam, retro: Pick<Retro, 'kind' | 'sprintId'>): RetroFacts | null {
  const sprint = team.sprints.find((s) => s.id === retro.sprintId);
  if (!sprint || !phasesOf(retro.kind).includes('facts')) return null;
  const facts = sprintFacts({
    sprint,
    sprints: team.sprints,
    items: team.items,
    definitionOfReady: team.settings.definitionOfReady,
    settings: team.settings,
    ...standupFigures(sprint.id, team.standups, team.blockers),
  });
  return { sprint, facts };
}

/** "Sprint 7 (Mon 2 Nov – Fri 13 Nov) · closed": which sprint the facts are of, and whether they are final. */
export function factsCaption({ sprint, facts }: RetroFacts, dates: DateStyle): string {
  const closed = facts.fromResult ? 'closed' : 'not closed yet';
  return `${sprint.name} (${formatDayRange(sprint.startDate, sprint.endDate, dates)}) · ${closed}`;
}

/** One fact: its label, its figure, and what the phase says of it beside the figure, in words (null for nothing). */
export type FactRow = [label: string, figure: string, warning: string | null];

/** Each fact, label and figure, in the words of the phase ("Interrupts logged", "1 · 3 pts · 2 h"). */
export function factRows(facts: SprintFacts): FactRow[] {
  const { interrupts } = facts;
  return [
    ['Committed', pts(facts.committedPoints), null],
    ['Completed (planned)', pts(facts.completedPlannedPoints), null],
    ['Completed (unplanned)', pts(facts.completedUnplannedPoints), null],
    [
      'Interrupts logged',
      `${interrupts.count} · ${pts(interrupts.points)}${interrupts.hours ? ` · ${interrupts.hours} h` : ''}`,
      null,
    ],
    ['Buffer used vs reserved', `${pts(facts.bufferUsedPoints)} of ${pts(facts.bufferPoints)}`, bufferOverText(facts)],
    ['Blockers raised', facts.blockersRaised === null ? 'not recorded' : String(facts.blockersRaised), null],
    // A total, read as the standup's summary reads its overtime ("1 min 30 s"), not as a clock counting down.
    [
      'Standup overtime',
      facts.standupOvertimeMs === null ? 'not recorded' : formatDuration(facts.standupOvertimeMs),
      null,
    ],
  ];
}

/**
 * Each fact as one line of an export: the figure, then the phase's warning in brackets ("3 pts of 0 pts (3 pts over
 * the buffer reserved)"), so a pasted note says what the screen says beside the figure.
 */
export function exportedFactRows(facts: SprintFacts): [label: string, text: string][] {
  return factRows(facts).map(([label, figure, warning]) => [label, warning ? `${figure} (${warning})` : figure]);
}

/**
 * "2 pts over the buffer reserved" when the sprint's unplanned work used more buffer than it reserved, else null:
 * the phase flags that fact in colour, and colour alone is lost on a projector and to a screen reader.
 */
export function bufferOverText(facts: Pick<SprintFacts, 'bufferUsedPoints' | 'bufferPoints'>): string | null {
  const over = round2(facts.bufferUsedPoints - facts.bufferPoints);
  return over > 0 ? `${pts(over)} over the buffer reserved` : null;
}

/** The heading over the planned items that missed the Definition of Ready, with their count. */
export const missedReadyTitle = (facts: SprintFacts) =>
  `Items that missed the Definition of Ready (${facts.missedReady.length})`;

/** Said in place of the list when no planned item missed the Definition of Ready. */
export const ALL_READY = 'Every planned item met the Definition of Ready.';
