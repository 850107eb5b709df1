import { compareInstants } from '../planning/calendar';
import type { Sprint } from '../planning/schema';
import { plural } from '../shared/words';
import { MIN_HEALTH_SCORES } from './health-privacy';
import { HEALTH_DIMENSIONS, type HealthCheck, type HealthDimension, type HealthScores, type Retro } from './schema';

/** What the check-in and the exports say of a dimension the team left without a score. */
export const NOT_SCORED = 'Not scored';

/** "2 people have answered on their phones": the check-in's question, its trend note and the service say it alike. */
export const answeredOnPhones = (n: number): string =>
  `${plural(n, 'person has', 'people have')} answered on their phones`;

/** The input field that says a save replaces the phones' answers; a refusal for want of it names this path. */
export const REPLACES_ANSWERS = 'replacesAnswers';

/** What saving scores on the shared screen does to the answers phones gave: the question asks it before a save. */
export const replacingPhoneAnswers = (n: number): string =>
  `${answeredOnPhones(n)}. Saving these scores replaces the medians of their answers, and phones can no longer answer this check-in.`;

/** Every dimension not scored: a new check's form, and a check whose scores are withheld. */
export const NO_SCORES: HealthScores = { onCallLoad: null, alertNoise: null, toil: null, deployConfidence: null };

/** Whether no dimension has a score: a check's, or a form's. */
export const nothingScored = (scores: HealthScores): boolean => HEALTH_DIMENSIONS.every((d) => scores[d] === null);

/** Why a check with nothing scored is not saved from the shared screen: it would add an empty row to the trend. */
export const SCORE_ONE_FIRST = 'Score at least one dimension (1–5) before saving the health check.';

/**
 * A check as the screen, the trend and the exports show it. One from fewer than MIN_HEALTH_SCORES phones' answers
 * shows no median: a check stored before that rule still holds one person's scores, or two people's medians.
 * They stay in the file as stored (a sync or a backup carries them as they are); they are withheld when read.
 */
export function shownHealthCheck<T extends Pick<HealthCheck, 'answers' | 'scores'>>(check: T): T {
  if (check.answers === undefined || check.answers >= MIN_HEALTH_SCORES) return check;
  if (nothingScored(check.scores)) return check;
  return { ...check, scores: NO_SCORES };
}

export interface HealthTrendRow {
  key: string;
  label: string;
  scores: Record<HealthDimension, number | null>;
  /** Difference from the previous row where both scored, else 0. */
  change: Record<HealthDimension, number>;
}

/**
 * Health checks in the order they were taken, each with its change since the last one: a check of a sprint is
 * placed at the sprint's start, a check with no sprint (a retro held without one, or whose sprint was deleted)
 * on the day it was recorded, and checks of one day by the time recorded.
 */
export function healthTrend(
  checks: readonly HealthCheck[],
  sprints: readonly Pick<Sprint, 'id' | 'name' | 'startDate'>[],
  retros: readonly Pick<Retro, 'id' | 'title'>[],
): HealthTrendRow[] {
  const sprintOf = (id: string | null) => sprints.find((s) => s.id === id);
  const day = (c: HealthCheck) => sprintOf(c.sprintId)?.startDate ?? c.recordedAt.slice(0, 10);
  // Days are compared as text (YYYY-MM-DD sorts as it reads); times as instants, since one written without
  // milliseconds ("…10:00:00Z") would sort after a later one with them as text.
  const order = (a: HealthCheck, b: HealthCheck) =>
    day(a).localeCompare(day(b)) || compareInstants(a.recordedAt, b.recordedAt);
  const rows: HealthTrendRow[] = [];
  for (const check of checks.map(shownHealthCheck).sort(order)) {
    const prev = rows[rows.length - 1];
    const change = Object.fromEntries(
      HEALTH_DIMENSIONS.map((d) => {
        const before = prev?.scores[d];
        const now = check.scores[d];
        return [d, before != null && now != null ? now - before : 0];
      }),
    ) as Record<HealthDimension, number>;
    rows.push({
      key: check.id,
      label: sprintOf(check.sprintId)?.name ?? retros.find((r) => r.id === check.retroId)?.title ?? 'No sprint',
      scores: check.scores,
      change,
    });
  }
  return rows;
}

/**
 * The team's scores from everyone's own answers: the median per dimension (rounded to a whole score,
 * halves up), over those who scored it, and only where at least MIN_HEALTH_SCORES did (else not scored).
 * Individual answers are never stored.
 */
export function medianScores(answers: readonly HealthScores[]): HealthScores {
  const median = (dimension: HealthDimension): number | null => {
    const values = answers
      .map((a) => a[dimension])
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    if (values.length < MIN_HEALTH_SCORES) return null;
    const mid = Math.floor(values.length / 2);
    const m = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    return Math.round(m);
  };
  return Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, median(d)])) as HealthScores;
}

/**
 * Why a health check made from phones' answers leaves a dimension not scored (shown on the screen and in the
 * retro's exports alike), or null when it scores every dimension or was entered on the screen.
 */
export function healthWithheldNote(stored: Pick<HealthCheck, 'answers' | 'scores'>): string | null {
  const check = shownHealthCheck(stored);
  if (check.answers === undefined || HEALTH_DIMENSIONS.every((d) => check.scores[d] !== null)) return null;
  return `${plural(check.answers, 'person', 'people')} answered on their phones. A median shows only where at least ${MIN_HEALTH_SCORES} people scored, so nobody’s own scores can be seen.`;
}
