import { isHttpUrl } from '../backlog/schema';
import { escapeHtml as e } from './escape';
import { IMAGE_DATA_URL_PATTERN } from './image';
import { changeWords, formatMetricValue, metricDelta, type MetricDelta } from './metrics';
import { notesToHtml } from './report-markdown-html';
import { pointsFigure as pts } from '../shared/words';
import { linkedItemWords } from './linked-item';
import { EMPTY_AGENDA, NOT_CLOSED_YET, figureRows, type ReportModel } from './report-model';
import { GOAL_OUTCOME_NAMES, type DemoBlock, type MetricBlock } from './schema';

/**
 * Diagrams rendered to SVG by the renderer at export time, by block id. The SVG comes from Mermaid
 * (securityLevel 'strict') and is embedded as is; a diagram without one is embedded as its text.
 */
export type DiagramSvgs = Readonly<Record<string, string>>;

const VERDICT_CLASS: Record<MetricDelta['verdict'], string> = { better: 'better', worse: 'worse', same: 'same' };

/**
 * Before and after as bars from a zero line: a value below zero runs left of it, as the screen's chart draws it
 * below (5 → −3 is not two bars of the same direction). With no value below zero the line is the left edge.
 */
function metricBars(metric: MetricBlock): string {
  const low = Math.min(0, metric.before, metric.after);
  const span = Math.max(0, metric.before, metric.after) - low || 1;
  const percent = (n: number) => Math.round((n / span) * 100);
  const zero = percent(-low);
  const bar = (label: string, value: number, cls: string) => {
    // Both ends rounded, so a bar's start and width never add up past its row.
    const [from, to] = [percent(Math.min(value, 0) - low), percent(Math.max(value, 0) - low)];
    return `<div class="bar-row"><span class="bar-label">${label}</span><span class="bar-track">${low < 0 ? `<span class="bar-zero" style="left:${zero}%"></span>` : ''}<span class="bar ${cls}" style="margin-left:${from}%;width:${to - from}%"></span></span><span class="bar-value">${e(formatMetricValue(value, metric.unit))}</span></div>`;
  };
  return `<div class="bars" role="img" aria-label="${e(`${metric.name}: before ${formatMetricValue(metric.before, metric.unit)}, after ${formatMetricValue(metric.after, metric.unit)}`)}">${bar('Before', metric.before, 'bar-before')}${bar('After', metric.after, 'bar-after')}</div>`;
}

function link(url: string): string {
  return isHttpUrl(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url);
}

/** A command as typed, its lines kept by the <pre>; each word unbroken, so a line wraps between words only. */
function commandHtml(command: string): string {
  return command
    .split(/(\s+)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : `<span class="word">${e(part)}</span>`))
    .join('');
}

function blockHtml(block: DemoBlock, diagrams: DiagramSvgs): string {
  switch (block.kind) {
    case 'metric': {
      const delta = metricDelta(block);
      return `<h4>${e(block.name)}</h4>${metricBars(block)}<p class="${VERDICT_CLASS[delta.verdict]}">${e(changeWords(delta))}</p>`;
    }
    case 'cli': {
      const steps = block.steps
        // A command that printed nothing is followed by the next, not by an empty line (as on screen).
        .map(
          (s) => `<span class="prompt">$ </span><b>${commandHtml(s.command)}</b>${s.output ? `\n${e(s.output)}` : ''}`,
        )
        .join('\n');
      return `${block.title ? `<h4>${e(block.title)}</h4>` : ''}<pre class="terminal">${steps}</pre>`;
    }
    case 'diagram': {
      const title = `<h4>${e(block.title || 'Diagram')}</h4>`;
      if (block.source === 'image' && block.image) {
        const src = IMAGE_DATA_URL_PATTERN.test(block.image.dataUrl) ? block.image.dataUrl : '';
        return `${title}<figure><img src="${e(src)}" alt="${e(block.title || block.image.name)}"></figure>`;
      }
      const svg = diagrams[block.id];
      if (svg)
        return `${title}<figure class="diagram" role="img" aria-label="${e(block.title || 'Diagram')}">${svg}</figure>`;
      return `${title}<p class="note">The diagram could not be drawn; its Mermaid text follows.</p><pre>${e(block.mermaid)}</pre>`;
    }
    case 'monitors':
      return `<table class="monitors"><thead><tr><th>Monitor</th><th>Condition</th><th>Severity</th><th>Runbook</th></tr></thead><tbody>${block.monitors
        .map(
          (m) =>
            `<tr><td>${e(m.name)}</td><td><code>${e(m.condition)}</code></td><td>${e(m.severity)}</td><td>${m.runbook ? link(m.runbook) : '—'}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'notes':
      return `<div class="notes">${notesToHtml(block.markdown)}</div>`;
  }
}

function listOf(rows: { title: string; comment: string }[], empty: string): string {
  if (rows.length === 0) return `<p class="note">${e(empty)}</p>`;
  return `<ul>${rows.map((r) => `<li>${e(r.title)}${r.comment ? ` — ${e(r.comment)}` : ''}</li>`).join('')}</ul>`;
}

/** The report's body (no document shell), also used for printing from the app. */
export function reportBodyHtml(model: ReportModel, diagrams: DiagramSvgs = {}): string {
  const f = model.figures;
  const outcome = model.goalOutcome.status ? GOAL_OUTCOME_NAMES[model.goalOutcome.status] : 'Not recorded';
  const parts: string[] = [
    `<h1>${e(model.title)}</h1>`,
    `<p class="meta">${e(model.teamName)} · ${e(model.dates)}</p>`,
    '<h2>Sprint goal</h2>',
    // The goal is Markdown (the sprint form says so): rendered as the notes are, raw HTML shown as text.
    model.goal ? `<div class="goal">${notesToHtml(model.goal)}</div>` : '<p class="goal"><em>No goal was set.</em></p>',
    `<p><strong>Outcome: ${e(outcome)}</strong>${model.goalOutcome.sentence ? ` — ${e(model.goalOutcome.sentence)}` : ''}</p>`,
    '<h2>Committed vs completed</h2>',
    `<table class="figures"><tbody>${figureRows(f)
      .map(({ name, points }) => `<tr><th scope="row">${name}</th><td>${pts(points)}</td></tr>`)
      .join('')}</tbody></table>`,
  ];
  if (model.metrics.length > 0) {
    parts.push(
      '<h2>Demo metrics</h2>',
      `<table><thead><tr><th>Metric</th><th>Before</th><th>After</th><th>Change</th></tr></thead><tbody>${model.metrics
        .map(
          ({ metric, delta }) =>
            `<tr><td>${e(metric.name)}</td><td>${e(formatMetricValue(metric.before, metric.unit))}</td><td>${e(formatMetricValue(metric.after, metric.unit))}</td><td class="${VERDICT_CLASS[delta.verdict]}">${e(changeWords(delta))}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  }
  parts.push('<h2>Accepted items</h2>', listOf(model.accepted, 'No item was accepted.'));
  if (model.notAccepted.length > 0) parts.push('<h2>Not accepted</h2>', listOf(model.notAccepted, ''));
  if (model.notDecided.length > 0) parts.push('<h2>Not decided</h2>', listOf(model.notDecided, ''));
  parts.push('<h2>Stakeholder feedback</h2>');
  parts.push(
    model.feedback.length === 0
      ? '<p class="note">No feedback was recorded.</p>'
      : `<ul>${model.feedback
          .map(
            (fb) =>
              `<li>${e(fb.text)}${fb.from ? ` <span class="note">(${e(fb.from)})</span>` : ''}${fb.itemTitle === null ? '' : ` → ${linkedItemWords(fb.itemTitle, fb.itemDeleted, e)}`}</li>`,
          )
          .join('')}</ul>`,
  );
  parts.push(
    '<h2>Carried over</h2>',
    f.carriedOver === null
      ? `<p class="note">${e(NOT_CLOSED_YET)}</p>`
      : f.carriedOver.length === 0
        ? '<p class="note">Nothing carried over.</p>'
        : `<ul>${f.carriedOver.map((c) => `<li>${e(c.title)}${c.points === null ? '' : ` (${pts(c.points)})`}</li>`).join('')}</ul>`,
  );
  parts.push('<h2>Demo agenda</h2>');
  if (model.slots.length === 0) parts.push(`<p class="note">${EMPTY_AGENDA}</p>`);
  model.slots.forEach(({ slot, presenter }, index) => {
    parts.push(
      `<section class="slot"><h3>${index + 1}. ${e(slot.title)}</h3><p class="meta">${presenter ? `Presenter: ${e(presenter)} · ` : ''}${slot.timeboxMinutes} min</p>${slot.blocks.map((b) => blockHtml(b, diagrams)).join('')}</section>`,
    );
  });
  return parts.join('\n');
}

/**
 * The exported file's styles. A word longer than the line (a dashboard's address pasted as feedback) breaks where
 * the line ends rather than run off the page, but for the terminal's, which scrolls on a screen. On paper, which
 * cannot scroll, a terminal line longer than the page (an image digest) breaks at any character too, and a
 * command's word that fits a line moves to the next one whole, as in presenter mode.
 */
export const REPORT_CSS = `
body{font-family:system-ui,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#0b1220;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;overflow-wrap:break-word}
h1{font-size:1.9rem}h2{border-bottom:2px solid #8a96a8;padding-bottom:.2rem;margin-top:1.8rem}
table{border-collapse:collapse;margin:.5rem 0;max-width:100%}th,td{border:1px solid #8a96a8;padding:.3rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.monitors{width:100%}.monitors code{white-space:pre-wrap}
.meta,.note{color:#3d4a5c}.better{color:#0a6b2f;font-weight:600}.worse{color:#a3161a;font-weight:600}
.terminal{background:#0b1220;color:#e6eaf0;padding:.75rem;border-radius:6px;white-space:pre-wrap;overflow-x:auto;overflow-wrap:normal}.terminal b{color:#fff}.terminal .prompt{user-select:none}.terminal .word{white-space:pre}
.slot{break-inside:avoid}figure{margin:.5rem 0}figure img,figure svg{max-width:100%;height:auto}
.bars{max-width:30rem}.bar-row{display:grid;grid-template-columns:4rem 1fr 7rem;gap:.5rem;align-items:center;margin:.2rem 0}
.bar-track{position:relative;display:block}.bar-zero{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px solid #0b1220}
.bar{display:block;height:1rem;border-radius:3px}.bar-before{background:#8a96a8}.bar-after{background:#0b4fb3}
@media print{body{margin:0;max-width:none}a{color:inherit}.terminal{background:#fff;color:#000;border:1px solid #000;overflow-wrap:anywhere;overflow-x:visible}.terminal .word{display:inline-block;max-width:100%;white-space:pre-wrap}}
`;

/**
 * What the file may load once opened in a browser: its own styles and its images (data URLs), nothing else. No
 * script runs even if some text got past the escaping, or a diagram's SVG (embedded as Mermaid drew it) held one.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A self-contained HTML document: styles inline, images as data URLs, diagrams as inline SVG. */
export function reportToHtml(model: ReportModel, diagrams: DiagramSvgs = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${reportBodyHtml(model, diagrams)}
</body>
</html>
`;
}
