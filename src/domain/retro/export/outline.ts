import {
  ACTION_STATUS_WORDS,
  ACTION_TYPE_NAMES,
  type ActionOutcome,
  type Retro,
  type RetroAction,
  type RetroCard,
} from '../schema';
import { carriedHint, DECIDED_WORDS, openActionsFor, type OpenActionEntry } from '../carry-over';
import { phasesOf } from '../phases';
import { inTimeOrder } from '../timeline';
import { rankedTopics, tallies, topicsOf } from '../voting';
import { slugOf } from '../../shared/file-name';
import { formatDay, formatUtcTime } from '../../shared/dates';
import { dateInZone } from '../../shared/zoned-time';
import { factsCaption, type RetroFacts } from './facts';
import { NOT_SCORED } from '../health';
import { actionOwnerName, incidentRoleName } from '../people-words';
import { retroNames } from '../retro-names';

/** What an export needs besides the retro: names the retro only refers to by id, and the team's zone. */
export interface ExportContext {
  teamName: string;
  sprintName: string | null;
  /** The team's zone: the retro is dated by the team's day. */
  timeZone: string;
  memberName: (id: string) => string;
  /** The retro's sprint facts (retroFacts), which the exports carry as the "Sprint facts" phase shows them. */
  facts?: RetroFacts | null;
  /** What its "Open actions" phase shows (exportedOpenActions): the earlier retros' actions and what was decided. */
  openActions?: OpenActionEntry[] | null;
}

export interface OutlineTopic {
  id: string;
  kind: 'card' | 'group';
  title: string;
  votes: number;
  cards: RetroCard[];
  actions: RetroAction[];
}

export interface OutlineColumn {
  id: string;
  title: string;
  prompt: string;
  topics: OutlineTopic[];
}

export interface Outline {
  columns: OutlineColumn[];
  /** Topics with discussion notes, in vote order. */
  discussion: { id: string; title: string; votes: number; notes: string }[];
  actions: RetroAction[];
}

/** Actions linked to a topic: to the group itself or to any of its cards. */
function actionsFor(retro: Retro, topicId: string, cards: readonly RetroCard[]): RetroAction[] {
  const ids = new Set([topicId, ...cards.map((c) => c.id)]);
  return retro.actions.filter((a) => a.sourceId !== null && ids.has(a.sourceId));
}

/** The retro arranged the way every export presents it: columns, then topics (groups nested), every card. */
export function outlineOf(retro: Retro): Outline {
  const totals = tallies(retro.votes);
  const topics = topicsOf(retro);
  const columns = retro.columns.map((col) => ({
    id: col.id,
    title: col.title,
    prompt: col.prompt,
    topics: topics
      .filter((t) => t.columnId === col.id)
      .map((t) => ({ ...t, votes: totals.get(t.id) ?? 0, actions: actionsFor(retro, t.id, t.cards) })),
  }));
  const notes = new Map(retro.notes.map((n) => [n.targetId, n.notes.trim()]));
  const discussion = rankedTopics(retro)
    .filter((t) => notes.get(t.id))
    .map((t) => ({ id: t.id, title: t.title, votes: t.votes, notes: notes.get(t.id) ?? '' }));
  return { columns, discussion, actions: retro.actions };
}

/** Exports keep: a pasted note outlives the year it was written in. */
const EXPORT_DATES = { withYear: true } as const;

/** "Tue 1 Dec 2026", the way Markdown and HTML exports write a day. */
export const exportDay = (date: string) => formatDay(date, EXPORT_DATES);
/** "Sprint 7 (Mon 2 Nov – Fri 13 Nov 2026) · closed", the way the exports name the sprint their facts are of. */
export const exportFactsCaption = (facts: RetroFacts) => factsCaption(facts, EXPORT_DATES);
/** "Tue 1 Dec 2026 06:42 UTC", the way Markdown and HTML exports write a moment. */
export const exportTime = (iso: string) => formatUtcTime(iso, EXPORT_DATES);

/**
 * "owner: Ana · due: Fri 4 Dec 2026 · Prevent · OPS-12", the details after an action's text. The owner's
 * name and the ticket key are someone's text, so each export passes how its format shows text as typed.
 * `withStatus` false leaves the status out, for a line that says what was decided in its own words.
 */
export function actionDetails(
  action: RetroAction,
  ctx: ExportContext,
  asText: (text: string) => string,
  withStatus = true,
): string {
  return [
    `owner: ${asText(ownerName(action, ctx))}`,
    action.dueDate ? `due: ${exportDay(action.dueDate)}` : null,
    ACTION_TYPE_NAMES[action.type],
    action.ticketKey ? asText(action.ticketKey) : null,
    withStatus ? ACTION_STATUS_WORDS[action.status] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The title of the card or group an action came from, for the "all actions" list. */
export function sourceTitle(retro: Retro, sourceId: string | null): string | null {
  if (!sourceId) return null;
  return topicsOf(retro).find((t) => t.id === sourceId || t.cards.some((c) => c.id === sourceId))?.title ?? null;
}

/** Who signed a card, as the board shows it after the card's text ("— Bo"); null for an anonymous card. */
export function cardAuthor(card: RetroCard, ctx: ExportContext): string | null {
  return card.authorId ? ctx.memberName(card.authorId) : null;
}

/** " — Bo" after a signed card's text, nothing after an anonymous one; `asText` is how the format shows text as typed. */
export function signedBy(card: RetroCard, ctx: ExportContext, asText: (text: string) => string): string {
  const author = cardAuthor(card, ctx);
  return author ? ` — ${asText(author)}` : '';
}

/** The action's owner, or "Unassigned", as the screen's action lists write it. */
export function ownerName(action: RetroAction, ctx: ExportContext): string {
  return actionOwnerName(action.ownerId, ctx.memberName);
}

/** The team's day the retro was held on (ISO), which the exports' header and file name both give. */
const heldOn = (retro: Retro, timeZone: string) => dateInZone(retro.createdAt, timeZone);

/** The day the retro was held, as the exports' header writes it. */
export function retroDay(retro: Retro, ctx: Pick<ExportContext, 'timeZone'>): string {
  return exportDay(heldOn(retro, ctx.timeZone));
}

const plainBaseName = (retro: Retro, timeZone: string) =>
  `${heldOn(retro, timeZone)}-${slugOf(retro.title, retro.kind)}`;

/**
 * "2026-11-20-retro-sprint-7": ISO first, so the files sort by date. Two retros of the team that would share a
 * name (one title, one day) would overwrite each other's exports in one folder, so among those, the one held
 * first keeps the name and the later ones end in "-2", "-3"… in the order they were held.
 */
export function fileBaseName(retro: Retro, timeZone: string, teamRetros: readonly Retro[] = []): string {
  const base = plainBaseName(retro, timeZone);
  const held = Date.parse(retro.createdAt);
  const heldBefore = teamRetros.filter((r) => {
    if (r.id === retro.id || plainBaseName(r, timeZone) !== base) return false;
    const at = Date.parse(r.createdAt);
    return at < held || (at === held && r.id < retro.id);
  }).length;
  return heldBefore === 0 ? base : `${base}-${heldBefore + 1}`;
}

/**
 * One of the incident's details: label and text, and `multiline` for what is typed in a textarea (Impact),
 * which Markdown and HTML write as a block that keeps its lines rather than as one line of a list.
 */
export type IncidentDetail = readonly [label: string, text: string, multiline?: boolean];

/** The incident's details, the same in every export ("Start" … "Impact"). */
export function incidentDetails(incident: NonNullable<Retro['incident']>, ctx: ExportContext): IncidentDetail[] {
  return [
    ['Severity', incident.severity.toUpperCase()],
    ['Start', exportTime(incident.startedAt)],
    ['End', incident.endedAt ? exportTime(incident.endedAt) : 'ongoing'],
    ['Services affected', incident.services.join(', ') || 'none listed'],
    ['Incident commander', incidentRoleName(incident.commanderId, ctx.memberName)],
    ['Scribe', incidentRoleName(incident.scribeId, ctx.memberName)],
    ['Impact', incident.impact || 'not described', true],
  ];
}

/** "4 / 5", or "Not scored" (the check-in's words) for a dimension left without a score. */
export const healthScoreText = (score: number | null) => (score === null ? NOT_SCORED : `${score} / 5`);

/** The icebreaker question the check-in showed; null when it showed none (another mode, no question, a postmortem). */
export function icebreakerOf(retro: Retro): string | null {
  const { mode, question } = retro.checkIn;
  const shown = mode === 'icebreaker' && phasesOf(retro.kind).includes('checkin');
  return shown && question.trim() ? question : null;
}

/** Timeline entries in time order. */
export function sortedTimeline(retro: Retro): Retro['timeline'] {
  return inTimeOrder(retro.timeline);
}

/**
 * What the "Open actions" phase shows, for the exports; null for a postmortem, which has no such phase. Each earlier
 * retro is named as the phase names it (retroNames, in the team's zone), with the year the exports give a day.
 */
export function exportedOpenActions(
  retros: readonly Retro[],
  retro: Retro,
  timeZone: string,
): OpenActionEntry[] | null {
  if (!phasesOf(retro.kind).includes('open_actions')) return null;
  return openActionsFor(retros, retro, retroNames(retros, timeZone, EXPORT_DATES));
}

/** The heading over the earlier retros' actions, and the words when there were none (the phase's own). */
export const EARLIER_ACTIONS = 'Open actions from earlier retros';
export const NO_EARLIER_ACTIONS = 'No open actions from earlier retros.';

/** "3 of 4 reviewed.", as the phase counts them. */
export const reviewedCount = (entries: readonly OpenActionEntry[]) =>
  `${entries.filter((e) => e.outcome).length} of ${entries.length} reviewed.`;

const OUTCOME_NAMES: Record<ActionOutcome, string> = { done: 'Done', carried: 'Carried over', dropped: 'Dropped' };
/** What this retro decided about an earlier action, as the exports write it; "not reviewed" while undecided. */
export const outcomeName = (outcome: ActionOutcome | null) => (outcome ? OUTCOME_NAMES[outcome] : 'Not reviewed');

/**
 * "Carried over: Tune alerts (owner: Ana · Prevent · carried 2×) — from: Retro — Sprint 6", with what a later
 * retro decided when one did (that decision stands, as the phase says). `asText` is how the format shows text as
 * typed.
 */
export function earlierActionLine(
  entry: OpenActionEntry,
  ctx: ExportContext,
  asText: (text: string) => string,
): string {
  const { action, laterDecision } = entry;
  const later = laterDecision
    ? `; later, ${asText(laterDecision.retroTitle)} ${DECIDED_WORDS[laterDecision.outcome]}`
    : '';
  const details = [actionDetails(action, ctx, asText, false), carriedHint(entry.timesCarried)]
    .filter(Boolean)
    .join(' · ');
  return `${outcomeName(entry.outcome)}: ${asText(action.text)} (${details}) — from: ${asText(entry.retroTitle)}${later}`;
}
