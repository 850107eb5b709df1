import { HEALTH_DIMENSIONS, HEALTH_DIMENSION_NAMES, type HealthCheck, type Retro } from '../schema';
import { isHttpUrl } from '../../backlog/schema';
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

/** Every piece of user text goes through this: the export must never run what someone typed. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

/** A web address as a link; anything else as text. */
const link = (url: string) => (isHttpUrl(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url));

/** The page's styles: a word longer than the line (a pasted address) breaks where the line ends, not past the page. */
const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b1220;line-height:1.5;overflow-wrap:break-word}
h1{font-size:1.8rem}h2{border-bottom:2px solid #8a96a8;padding-bottom:.2rem;margin-top:2rem}
.prompt,.empty{font-style:italic;color:#3d4a5c}.votes{font-weight:bold;color:#0b4fb3}.action{color:#0a6b2f}
.notes{white-space:pre-wrap;background:#f3f5f8;padding:.5rem 1rem;border-radius:6px}dt{font-weight:bold}
.blameless{border-left:4px solid #0b4fb3;padding-left:1rem}`;

/** Items as a list, or the sentence saying there are none (the words the Markdown export uses). */
function listOr(items: string[], empty: string): string {
  return items.length > 0 ? `<ul>\n${items.join('\n')}\n</ul>` : `<p class="empty">${empty}</p>`;
}

function actionItem(a: Retro['actions'][number], ctx: ExportContext, from: string | null): string {
  const source = from ? ` — from: ${e(from)}` : '';
  return `<li class="action">${e(a.text)} (${actionDetails(a, ctx, e)})${source}</li>`;
}

/** A self-contained HTML page (inline style, no scripts) with all user text escaped. */
export function retroToHtml(retro: Retro, ctx: ExportContext, health: HealthCheck | null = null): string {
  const outline = outlineOf(retro);
  const parts: string[] = [];
  parts.push(`<h1>${e(retro.title)}</h1>`, '<dl>');
  const meta: [string, string][] = [
    ['Date', retroDay(retro, ctx)],
    ['Team', ctx.teamName],
    ['Sprint', ctx.sprintName ?? 'none'],
    ['Participants', String(retro.participants)],
    ['Template', retro.templateName],
  ];
  for (const [k, v] of meta) parts.push(`<dt>${k}</dt><dd>${e(v)}</dd>`);
  parts.push('</dl>');
  // The reminder the postmortem's screen shows under its title.
  if (retro.kind === 'postmortem') parts.push(`<p class="blameless">${e(BLAMELESS_REMINDER)}</p>`);

  if (retro.incident) {
    parts.push('<h2>Incident</h2><dl>');
    // A detail typed in a textarea keeps its lines (pre-wrap), as the discussion notes do.
    for (const [k, v, multiline] of incidentDetails(retro.incident, ctx)) {
      parts.push(`<dt>${k}</dt><dd${multiline ? ' class="notes"' : ''}>${e(v)}</dd>`);
    }
    const timeline = sortedTimeline(retro).map((t) => {
      const source = t.link ? ` (${link(t.link)})` : '';
      return `<li><time datetime="${e(t.at)}">${e(exportTime(t.at))}</time> — ${e(t.event)}${source}</li>`;
    });
    parts.push('</dl><h2>Timeline</h2>', listOr(timeline, 'No timeline entries.'));
  }

  const icebreaker = icebreakerOf(retro);
  if (icebreaker) {
    parts.push(`<h2>${PHASE_NAMES.checkin}</h2><dl><dt>${ICEBREAKER_QUESTION}</dt><dd>${e(icebreaker)}</dd></dl>`);
  }

  if (health) {
    parts.push('<h2>Team health</h2><ul>');
    const { scores } = shownHealthCheck(health);
    for (const d of HEALTH_DIMENSIONS)
      parts.push(`<li>${HEALTH_DIMENSION_NAMES[d]}: ${healthScoreText(scores[d])}</li>`);
    parts.push('</ul>');
    const withheld = healthWithheldNote(health);
    if (withheld) parts.push(`<p>${e(withheld)}</p>`);
  }

  if (ctx.facts) {
    const { facts } = ctx.facts;
    parts.push('<h2>Sprint facts</h2>', `<p class="prompt">${e(exportFactsCaption(ctx.facts))}</p><dl>`);
    for (const [label, figure] of exportedFactRows(facts)) parts.push(`<dt>${label}</dt><dd>${e(figure)}</dd>`);
    const missed = facts.missedReady.map((m) => `<li><strong>${e(m.title)}</strong> — ${e(unmetText(m.missing))}</li>`);
    parts.push('</dl>', `<h3>${e(missedReadyTitle(facts))}</h3>`, listOr(missed, ALL_READY));
  }

  for (const col of outline.columns) {
    parts.push(`<section><h2>${e(col.title)}</h2>`);
    if (col.prompt) parts.push(`<p class="prompt">${e(col.prompt)}</p>`);
    const topics = col.topics.map((t) => {
      const votes = `<span class="votes">${plural(t.votes, 'vote')}</span>`;
      const loose = t.kind === 'card' ? t.cards[0] : undefined;
      const title =
        t.kind === 'group' ? `<strong>${e(t.title)}</strong>` : e(t.title) + (loose ? signedBy(loose, ctx, e) : '');
      const cardItem = (c: (typeof t.cards)[number]) => {
        const own = t.actions.filter((a) => a.sourceId === c.id).map((a) => actionItem(a, ctx, null));
        return `<li>${e(c.text)}${signedBy(c, ctx, e)}${own.length ? `<ul>${own.join('')}</ul>` : ''}</li>`;
      };
      const nested =
        t.kind === 'group'
          ? [
              ...t.cards.map(cardItem),
              ...t.actions.filter((a) => a.sourceId === t.id).map((a) => actionItem(a, ctx, null)),
            ]
          : t.actions.map((a) => actionItem(a, ctx, null));
      return `<li>${title} ${votes}${nested.length ? `<ul>${nested.join('')}</ul>` : ''}</li>`;
    });
    parts.push(listOr(topics, 'No cards.'), '</section>');
  }

  parts.push('<h2>Discussion</h2>');
  if (outline.discussion.length === 0) parts.push('<p class="empty">No discussion notes.</p>');
  for (const d of outline.discussion) {
    parts.push(`<h3>${e(d.title)} (${plural(d.votes, 'vote')})</h3><div class="notes">${e(d.notes)}</div>`);
  }
  const actions = outline.actions.map((a) => actionItem(a, ctx, sourceTitle(retro, a.sourceId)));
  parts.push('<h2>Action items</h2>', listOr(actions, 'No action items.'));
  if (ctx.openActions) {
    const earlier = ctx.openActions.map((entry) => `<li class="action">${earlierActionLine(entry, ctx, e)}</li>`);
    parts.push(`<h3>${EARLIER_ACTIONS}</h3>`);
    if (earlier.length > 0) parts.push(`<p>${reviewedCount(ctx.openActions)}</p>`);
    parts.push(listOr(earlier, NO_EARLIER_ACTIONS));
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(retro.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
