import { toCsv } from '../../shared/csv';
import { ACTION_TYPE_NAMES, HEALTH_DIMENSIONS, HEALTH_DIMENSION_NAMES, type HealthCheck, type Retro } from '../schema';
import { tallies, topicsOf } from '../voting';
import { DECIDED_WORDS } from '../carry-over';
import { unmetText } from '../../backlog/readiness';
import { healthWithheldNote, shownHealthCheck } from '../health';
import { exportedFactRows } from './facts';
import { ICEBREAKER_QUESTION } from '../templates';
import {
  cardAuthor,
  exportFactsCaption,
  icebreakerOf,
  incidentDetails,
  outlineOf,
  ownerName,
  sortedTimeline,
  sourceTitle,
  type ExportContext,
} from './outline';

export const CSV_HEADER = [
  'Kind',
  'Column',
  'Group',
  'Text',
  'Votes',
  'Owner',
  'Due date',
  'Type',
  'Ticket',
  'Status',
  'From',
  'At',
  'Link',
  'Author',
  // Last, so the columns before keep their places in a sheet built on an earlier export.
  'Times carried',
  'Later decision',
] as const;

type Row = Partial<Record<(typeof CSV_HEADER)[number], string>>;

/**
 * One row per thing, its kind in the first column, so a spreadsheet can filter and sum: each group with its
 * votes, each card with its own (a grouped card's dots went to its group), the discussion notes after the topic
 * they were taken on, each action with owner, due date, type and ticket in their own columns, the team's health
 * scores when they were taken, the sprint's facts (each figure, and each planned item that missed the Definition
 * of Ready with what it missed), each earlier retro's action the "Open actions" phase lists with what was decided
 * (Status: done, carried, dropped or not reviewed; From: its retro; how many retros before this one carried it
 * over, and what a later retro decided, which stands), and for a postmortem the incident's details and its
 * timeline: what the Markdown and HTML exports carry. Dates stay ISO so the file re-imports and sorts.
 */
export function retroToCsv(retro: Retro, ctx: ExportContext, health: HealthCheck | null = null): string {
  const rows: Row[] = [];
  if (retro.incident) {
    const at: Record<string, string | null> = { Start: retro.incident.startedAt, End: retro.incident.endedAt };
    for (const [label, text] of incidentDetails(retro.incident, ctx)) {
      rows.push({ Kind: 'incident', Type: label, Text: text, At: at[label] ?? '' });
    }
    for (const t of sortedTimeline(retro)) rows.push({ Kind: 'timeline', Text: t.event, At: t.at, Link: t.link });
  }
  const icebreaker = icebreakerOf(retro);
  if (icebreaker) rows.push({ Kind: 'check-in', Type: ICEBREAKER_QUESTION, Text: icebreaker });
  if (health) {
    const { scores } = shownHealthCheck(health);
    for (const d of HEALTH_DIMENSIONS) {
      rows.push({ Kind: 'health', Type: HEALTH_DIMENSION_NAMES[d], Text: String(scores[d] ?? '') });
    }
    const withheld = healthWithheldNote(health);
    if (withheld) rows.push({ Kind: 'health', Type: 'Note', Text: withheld });
  }
  if (ctx.facts) {
    const { facts } = ctx.facts;
    rows.push({ Kind: 'fact', Type: 'Sprint', Text: exportFactsCaption(ctx.facts) });
    for (const [label, figure] of exportedFactRows(facts)) rows.push({ Kind: 'fact', Type: label, Text: figure });
    for (const m of facts.missedReady) rows.push({ Kind: 'not ready', Text: m.title, Status: unmetText(m.missing) });
  }
  const votes = tallies(retro.votes);
  const outline = outlineOf(retro);
  for (const col of outline.columns) {
    for (const topic of col.topics) {
      const group = topic.kind === 'group' ? topic.title : '';
      if (topic.kind === 'group') {
        rows.push({ Kind: 'group', Column: col.title, Group: group, Text: group, Votes: String(topic.votes) });
      }
      for (const card of topic.cards) {
        const own = topic.kind === 'group' ? '' : String(votes.get(card.id) ?? 0);
        // Who signed it, as the board shows after its text; empty for an anonymous card.
        const author = cardAuthor(card, ctx) ?? '';
        rows.push({ Kind: 'card', Column: col.title, Group: group, Text: card.text, Votes: own, Author: author });
      }
      const notes = outline.discussion.find((d) => d.id === topic.id)?.notes;
      // No Votes: the topic's row has them, and a spreadsheet summing the column counts each dot once.
      if (notes) rows.push({ Kind: 'note', Column: col.title, Group: group, Text: notes });
    }
  }
  const columnOf = new Map(topicsOf(retro).flatMap((t) => [t.id, ...t.cards.map((c) => c.id)].map((id) => [id, t])));
  const titles = new Map(retro.columns.map((c) => [c.id, c.title]));
  for (const a of retro.actions) {
    const source = a.sourceId ? columnOf.get(a.sourceId) : undefined;
    rows.push({
      Kind: 'action',
      Column: source ? (titles.get(source.columnId) ?? '') : '',
      Text: a.text,
      Owner: a.ownerId ? ownerName(a, ctx) : '',
      'Due date': a.dueDate ?? '',
      Type: ACTION_TYPE_NAMES[a.type],
      Ticket: a.ticketKey,
      Status: a.status,
      From: sourceTitle(retro, a.sourceId) ?? '',
    });
  }
  // What the "Open actions" phase decided about each earlier retro's action, and which retro it came from.
  for (const { action: a, outcome, retroTitle, laterDecision, timesCarried } of ctx.openActions ?? []) {
    rows.push({
      Kind: 'earlier action',
      Text: a.text,
      Owner: a.ownerId ? ownerName(a, ctx) : '',
      'Due date': a.dueDate ?? '',
      Type: ACTION_TYPE_NAMES[a.type],
      Ticket: a.ticketKey,
      Status: outcome ?? 'not reviewed',
      From: retroTitle,
      'Times carried': String(timesCarried),
      'Later decision': laterDecision ? `${laterDecision.retroTitle} ${DECIDED_WORDS[laterDecision.outcome]}` : '',
    });
  }
  return toCsv(CSV_HEADER, rows);
}
