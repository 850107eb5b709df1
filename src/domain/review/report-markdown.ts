import { markdownKeepingLines } from '../shared/markdown-lines';
import {
  autolink,
  codeSpan,
  emphasisText,
  headingText,
  imageAltText,
  inlineMarkdown,
  markdownLine,
  strongText,
  tableCell,
} from '../shared/markdown-text';
import { changeWords, formatMetricValue, metricDelta, VERDICT_WORDS } from './metrics';
import { pointsFigure as pts } from '../shared/words';
import { linkedItemWords } from './linked-item';
import { EMPTY_AGENDA, NOT_CLOSED_YET, figureRows, type ReportModel } from './report-model';
import { GOAL_OUTCOME_NAMES, type DemoBlock, type Monitor } from './schema';

/** User text in a list item or bold title: one line, Markdown syntax escaped only where needed. */
const cell = inlineMarkdown;

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * Markdown a person wrote (notes, the sprint goal): kept as written, its lines on their own lines as the screen and
 * the HTML report show them, unable to run into the report after it.
 */
function ownMarkdown(markdown: string): string {
  // Blank lines at its edges only: those inside it (a code block's) are what was written.
  return markdownKeepingLines(markdown).replace(/^([ \t]*\n)+|(\n[ \t]*)+$/g, '');
}

/**
 * How the report carries an attached image: `embedded` as a data URL (a file that stands alone), `named` by its
 * file name only, for text pasted where a few hundred kB of base64 would be refused or cut (a GitHub comment
 * takes 65,536 characters, a Slack message 40,000) or turned into a link nobody can open (Confluence, Jira).
 */
export type ReportImages = 'embedded' | 'named';

function blockMarkdown(block: DemoBlock, images: ReportImages): string[] {
  switch (block.kind) {
    case 'metric':
      // Both values and the change in one escape: a lone `*` in the unit is text only if the line has no other.
      return [
        `- ${strongText(block.name)}: ${cell(`${formatMetricValue(block.before, block.unit)} → ${formatMetricValue(block.after, block.unit)}, ${changeWords(metricDelta(block))}`)}`,
      ];
    case 'cli': {
      const text = block.steps.map((s) => `$ ${s.command}${s.output ? `\n${s.output}` : ''}`).join('\n');
      const f = fence(text);
      return [...(block.title ? [strongText(block.title), ''] : []), `${f}console`, text, f];
    }
    case 'diagram': {
      const title = block.title ? strongText(block.title) : '**Diagram**';
      if (block.source === 'image' && block.image) {
        if (images === 'named') {
          return [title, '', emphasisText(`Image ${block.image.name}: export the report as HTML to see it.`)];
        }
        return [title, '', `![${imageAltText(block.image.name)}](${block.image.dataUrl})`];
      }
      const f = fence(block.mermaid);
      return [title, '', `${f}mermaid`, block.mermaid, f];
    }
    case 'monitors': {
      // A table cell holds one line: a condition written over several is a code block under the table, line for line.
      const below = block.monitors.filter((m) => m.condition.includes('\n'));
      const condition = (m: Monitor) =>
        below.includes(m) ? 'below the table' : codeSpan(m.condition).replace(/\|/g, '\\|');
      return [
        '| Monitor | Condition | Severity | Runbook |',
        '| --- | --- | --- | --- |',
        ...block.monitors.map(
          (m) =>
            `| ${tableCell(m.name)} | ${condition(m)} | ${m.severity} | ${m.runbook ? autolink(m.runbook) : '—'} |`,
        ),
        ...below.flatMap((m) => {
          const f = fence(m.condition);
          return ['', strongText(`Condition of ${m.name}`), '', f, m.condition, f];
        }),
      ];
    }
    case 'notes':
      return [ownMarkdown(block.markdown)];
  }
}

/** The sprint report as Markdown, for pasting into a wiki; `images` as ReportImages says. */
export function reportToMarkdown(model: ReportModel, images: ReportImages = 'embedded'): string {
  const f = model.figures;
  const out: string[] = [`# ${headingText(model.title)}`, '', `${cell(model.teamName)} · ${model.dates}`, ''];
  // The goal is Markdown (the sprint form says so): kept as written, like a notes block, so its lines stay.
  out.push('## Sprint goal', '', model.goal ? ownMarkdown(model.goal.trim()) : '_No goal was set._', '');
  const outcome = model.goalOutcome.status ? GOAL_OUTCOME_NAMES[model.goalOutcome.status] : 'Not recorded';
  out.push(`**Outcome: ${outcome}**${model.goalOutcome.sentence ? ` — ${cell(model.goalOutcome.sentence)}` : ''}`, '');
  out.push(
    '## Committed vs completed',
    '',
    '| | Points |',
    '| --- | --- |',
    ...figureRows(f).map(({ name, points }) => `| ${name} | ${pts(points)} |`),
    '',
  );
  if (model.metrics.length > 0) {
    out.push('## Demo metrics', '', '| Metric | Before | After | Change | |', '| --- | --- | --- | --- | --- |');
    for (const { metric, delta } of model.metrics) {
      out.push(
        `| ${tableCell(metric.name)} | ${tableCell(formatMetricValue(metric.before, metric.unit))} | ${tableCell(formatMetricValue(metric.after, metric.unit))} | ${tableCell(delta.label)} | ${VERDICT_WORDS[delta.verdict]} |`,
      );
    }
    out.push('');
  }
  const list = (heading: string, rows: { title: string; comment: string }[], empty: string) => {
    out.push(`## ${heading}`, '');
    if (rows.length === 0) out.push(`_${empty}_`);
    for (const r of rows) out.push(markdownLine((md) => `- ${md(r.title)}${r.comment ? ` — ${md(r.comment)}` : ''}`));
    out.push('');
  };
  list('Accepted items', model.accepted, 'No item was accepted.');
  if (model.notAccepted.length > 0) list('Not accepted', model.notAccepted, '');
  if (model.notDecided.length > 0) list('Not decided', model.notDecided, '');
  out.push('## Stakeholder feedback', '');
  if (model.feedback.length === 0) out.push('_No feedback was recorded._');
  for (const fb of model.feedback) {
    out.push(
      markdownLine((md) => {
        const from = fb.from ? ` (${md(fb.from)})` : '';
        const item = fb.itemTitle === null ? '' : ` → ${linkedItemWords(fb.itemTitle, fb.itemDeleted, md)}`;
        return `- ${md(fb.text)}${from}${item}`;
      }),
    );
  }
  out.push('', '## Carried over', '');
  if (f.carriedOver === null) out.push(`_${NOT_CLOSED_YET}_`);
  else if (f.carriedOver.length === 0) out.push('_Nothing carried over._');
  for (const c of f.carriedOver ?? []) out.push(`- ${cell(c.title)}${c.points === null ? '' : ` (${pts(c.points)})`}`);
  out.push('', '## Demo agenda', '');
  if (model.slots.length === 0) out.push(`_${EMPTY_AGENDA}_`);
  model.slots.forEach(({ slot, presenter }, index) => {
    out.push(
      `### ${index + 1}. ${headingText(slot.title)}`,
      '',
      `${presenter ? `Presenter: ${cell(presenter)} · ` : ''}${slot.timeboxMinutes} min`,
      '',
    );
    for (const block of slot.blocks) out.push(...blockMarkdown(block, images), '');
  });
  // A run of blank lines between parts becomes one; a part's own lines (code, notes) stay as they are.
  const lines = out.filter((line, i) => line !== '' || out[i - 1] !== '');
  return `${lines.join('\n').trimEnd()}\n`;
}
