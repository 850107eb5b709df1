import { HEALTH_DIMENSIONS, HEALTH_DIMENSION_NAMES, type HealthCheck, type Retro } from '../schema';
import { isHttpUrl } from '../../backlog/schema';
import { markdownKeepingLines } from '../../shared/markdown-lines';
import {
  autolink,
  emphasisText,
  headingText,
  inlineMarkdown,
  markdownLine,
  strongText,
} from '../../shared/markdown-text';
import { plural } from '../../shared/words';
import { unmetText } from '../../backlog/readiness';
import { healthWithheldNote, shownHealthCheck } from '../health';
import { BLAMELESS_REMINDER, ICEBREAKER_QUESTION } from '../templates';
import { PHASE_NAMES } from '../phases';
import { ALL_READY, exportedFactRows, missedReadyTitle } from './facts';
import {
  actionDetails,
  EARLIER_ACTIONS,
  earlierActionLine,
  exportFactsCaption,
  exportTime,
  healthScoreText,
  icebreakerOf,
  incidentDetails,
  NO_EARLIER_ACTIONS,
  outlineOf,
  retroDay,
  reviewedCount,
  signedBy,
  sortedTimeline,
  sourceTitle,
  type ExportContext,
} from './outline';

/** User text in a list item or heading: one line, Markdown syntax escaped (see inlineMarkdown). */
const line = inlineMarkdown;

/** Text typed in a box (notes, impact): its lines kept, a code fence it left open closed before what follows. */
const typedMarkdown = markdownKeepingLines;

/** A web address as a link; anything else as text (`asText`: how the line writes a person's text). */
const link = (url: string, asText: (text: string) => string) => (isHttpUrl(url) ? autolink(url) : asText(url));

export function retroToMarkdown(retro: Retro, ctx: ExportContext, health: HealthCheck | null = null): string {
  const outline = outlineOf(retro);
  const out: string[] = [`# ${headingText(retro.title)}`, ''];
  out.push(`- Date: ${retroDay(retro, ctx)}`, `- Team: ${line(ctx.teamName)}`);
  out.push(`- Sprint: ${ctx.sprintName ? line(ctx.sprintName) : 'none'}`);
  out.push(`- Participants: ${retro.participants}`, `- Template: ${line(retro.templateName)}`, '');
  // The reminder the postmortem's screen shows under its title.
  if (retro.kind === 'postmortem') out.push(`> ${BLAMELESS_REMINDER}`, '');

  if (retro.incident) {
    out.push('## Incident', '');
    const details = incidentDetails(retro.incident, ctx);
    for (const [label, value, multiline] of details) if (!multiline) out.push(`- ${label}: ${line(value)}`);
    // Typed in a textarea, as Markdown: written as it is, after the list, the way the discussion notes are.
    for (const [label, value, multiline] of details)
      if (multiline) out.push('', `### ${label}`, '', typedMarkdown(value.trim()));
    out.push('', '## Timeline', '');
    if (retro.timeline.length === 0) out.push('_No timeline entries._');
    for (const t of sortedTimeline(retro)) {
      out.push(markdownLine((md) => `- ${exportTime(t.at)} — ${md(t.event)}${t.link ? ` (${link(t.link, md)})` : ''}`));
    }
    out.push('');
  }

  const icebreaker = icebreakerOf(retro);
  if (icebreaker) out.push(`## ${PHASE_NAMES.checkin}`, '', `- ${ICEBREAKER_QUESTION}: ${line(icebreaker)}`, '');

  if (health) {
    out.push('## Team health', '');
    const { scores } = shownHealthCheck(health);
    for (const d of HEALTH_DIMENSIONS) out.push(`- ${HEALTH_DIMENSION_NAMES[d]}: ${healthScoreText(scores[d])}`);
    const withheld = healthWithheldNote(health);
    if (withheld) out.push('', line(withheld));
    out.push('');
  }

  if (ctx.facts) {
    // The "Sprint facts" phase: its figures, then the planned items that missed the Definition of Ready.
    const { facts } = ctx.facts;
    out.push('## Sprint facts', '', line(exportFactsCaption(ctx.facts)), '');
    for (const [label, figure] of exportedFactRows(facts)) out.push(`- ${label}: ${figure}`);
    out.push('', `### ${missedReadyTitle(facts)}`, '');
    if (facts.missedReady.length === 0) out.push(`_${ALL_READY}_`);
    for (const m of facts.missedReady) out.push(`- ${strongText(m.title)} — ${line(unmetText(m.missing))}`);
    out.push('');
  }

  for (const col of outline.columns) {
    out.push(`## ${headingText(col.title)}`, '');
    if (col.prompt) out.push(emphasisText(col.prompt), '');
    if (col.topics.length === 0) out.push('_No cards._');
    for (const topic of col.topics) {
      const votes = `(${plural(topic.votes, 'vote')})`;
      const action = (a: (typeof topic.actions)[number], indent: string) =>
        out.push(markdownLine((md) => `${indent}- Action: ${md(a.text)} (${actionDetails(a, ctx, md)})`));
      if (topic.kind === 'group') {
        out.push(`- ${strongText(topic.title)} ${votes}`);
        for (const card of topic.cards) {
          out.push(markdownLine((md) => `  - ${md(card.text)}${signedBy(card, ctx, md)}`));
          for (const a of topic.actions.filter((x) => x.sourceId === card.id)) action(a, '    ');
        }
        for (const a of topic.actions.filter((x) => x.sourceId === topic.id)) action(a, '  ');
      } else {
        const card = topic.cards[0];
        out.push(markdownLine((md) => `- ${md(topic.title)}${card ? signedBy(card, ctx, md) : ''} ${votes}`));
        for (const a of topic.actions) action(a, '  ');
      }
    }
    out.push('');
  }

  out.push('## Discussion', '');
  if (outline.discussion.length === 0) out.push('_No discussion notes._');
  for (const d of outline.discussion) {
    out.push(`### ${line(d.title)} (${plural(d.votes, 'vote')})`, '', typedMarkdown(d.notes), '');
  }
  out.push('', '## Action items', '');
  if (outline.actions.length === 0) out.push('_No action items._');
  for (const a of outline.actions) {
    const from = sourceTitle(retro, a.sourceId);
    const box = a.status === 'done' ? '[x]' : '[ ]';
    out.push(
      markdownLine(
        (md) => `- ${box} ${md(a.text)} (${actionDetails(a, ctx, md)})${from ? ` — from: ${md(from)}` : ''}`,
      ),
    );
  }
  if (ctx.openActions) {
    // What the "Open actions" phase decided about the earlier retros' actions.
    out.push('', `### ${EARLIER_ACTIONS}`, '');
    if (ctx.openActions.length === 0) out.push(`_${NO_EARLIER_ACTIONS}_`);
    else out.push(reviewedCount(ctx.openActions), '');
    for (const entry of ctx.openActions) out.push(markdownLine((md) => `- ${earlierActionLine(entry, ctx, md)}`));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
