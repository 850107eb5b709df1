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
  const named: { sprint: string | undefined; retro: string | undefined }[] = [];
  for (const check of checks.map(shownHealthCheck).sort(order)) {
    const prev = rows[rows.length - 1];
    const change = Object.fromEntries(
      HEALTH_DIMENSIONS.map((d) => {
        const before = prev?.scores[d];
        const now = check.scores[d];
        return [d, before != null && now != null ? now - before : 0];
      }),
    ) as Record<HealthDimension, number>;
    const sprint = sprintOf(check.sprintId)?.name;
    const retro = retros.find((r) => r.id === check.retroId)?.title;
    rows.push({ key: check.id, label: sprint ?? retro ?? 'No sprint', scores: check.scores, change });
    named.push({ sprint, retro });
  }
  return distinctLabels(rows, named);
}

/**
 * The trend's rows with labels that tell them apart: two checks of one sprint (a second retro held for it) are
 * named by their retros as well, "Sprint 7 (Pager storm follow-up)", and numbered in the order taken, "Sprint 7
 * (Retro, 2 of 2)", where that still leaves two alike.
 */
function distinctLabels(
  rows: HealthTrendRow[],
  named: readonly { sprint: string | undefined; retro: string | undefined }[],
): HealthTrendRow[] {
  const countOf = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    return (label: string) => counts.get(label) ?? 0;
  };
  const first = countOf(rows.map((r) => r.label));
  // What a label says in brackets after its name: the retro, for a sprint's check that needs it.
  const parts = rows.map((row, i) => {
    const { sprint, retro } = named[i]!;
    const byRetro = first(row.label) > 1 && sprint !== undefined && retro !== undefined;
    return { name: row.label, detail: byRetro ? [retro] : [] };
  });
  const text = (p: { name: string; detail: string[] }) =>
    p.detail.length === 0 ? p.name : `${p.name} (${p.detail.join(', ')})`;
  const second = countOf(parts.map(text));
  const seen = new Map<string, number>();
  return rows.map((row, i) => {
    const label = text(parts[i]!);
    const total = second(label);
    if (total < 2) return { ...row, label };
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return { ...row, label: text({ name: parts[i]!.name, detail: [...parts[i]!.detail, `${n} of ${total}`] }) };
  });
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
