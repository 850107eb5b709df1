import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { reportToHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { reportToCsv } from '../../../src/domain/review/report-csv';
import { fixture, PNG, XSS } from './report-fixture';

describe('sprint report as Markdown', () => {
  const md = reportToMarkdown(fixture().model);

  it('states the goal, its outcome and the figures', () => {
    expect(md).toContain('# Sprint report: Sprint 42');
    expect(md).toContain('**Outcome: Partially met** — Latency down');
    expect(md).toContain('| Committed | 13 pts |');
    expect(md).toContain('| Completed (planned) | 8 pts |');
    expect(md).toContain('| Completed (unplanned) | 3 pts |');
    expect(md).toContain('| Buffer reserved | 4 pts |');
    expect(md).toContain('| Buffer used | 3 pts |');
  });

  it('lists metrics with their signed change, accepted items, feedback and carry-over', () => {
    expect(md).toMatch(/\| p95 latency .* \| 420 ms \| 180 ms \| −57\.1% \| better \|/);
    expect(md).toMatch(/## Accepted items\n\n- Add Redis cache — Great/);
    expect(md).toMatch(/## Not accepted\n\n- Page storm — Needs docs/);
    expect(md).toContain('(Product) → backlog item “Dashboards for cache hit ratio”');
    // While the sprint runs nothing has carried over: the unfinished item is not listed as if it had.
    expect(md).toMatch(/## Carried over\n\n_The sprint is not closed yet/);
    expect(md).not.toMatch(/- Rotate certs/);
  });

  it('lists what carried over once the sprint is closed', () => {
    const closedMd = reportToMarkdown(fixture({}, true).model);
    expect(closedMd).toMatch(/## Carried over\n\n- Rotate certs .* \(5 pts\)/);
    const closedHtml = reportToHtml(fixture({}, true).model, {});
    expect(closedHtml).toMatch(/<h2>Carried over<\/h2>\n<ul><li>Rotate certs/);
    expect(reportToHtml(fixture().model, {})).toMatch(
      /<h2>Carried over<\/h2>\n<p class="note">The sprint is not closed yet/,
    );
  });

  it('includes each block of the agenda', () => {
    expect(md).toContain('### 1. Add Redis cache');
    expect(md).toContain('Presenter: Ana · 5 min');
    expect(md).toContain('```console\n$ redis-cli ping');
    expect(md).toContain('```mermaid\ngraph TD; A-->B\n```');
    expect(md).toContain(`![board.png](${PNG})`);
    expect(md).toContain('| CacheDown | `up == 0 <img src=x onerror=alert(1)>` | critical | <https://wiki/run> |');
    expect(md).toContain('See **PR**');
  });

  it('keeps a runbook link whole in its cell when the address has a `|` or spaces', () => {
    const runbooks = ['https://grafana.example/d/abc?var-q=a|b', 'https://wiki.example/Runbook DB failover'];
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Alerts',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [
            {
              id: 'm1',
              kind: 'monitors',
              monitors: runbooks.map((runbook, i) => ({
                name: `M${i}`,
                condition: 'up == 0',
                severity: 'critical',
                runbook,
              })),
            },
          ],
        },
      ],
    });
    const out = reportToMarkdown(model);
    expect(out).toContain('| M0 | `up == 0` | critical | <https://grafana.example/d/abc?var-q=a%7Cb> |');
    expect(out).toContain('| M1 | `up == 0` | critical | <https://wiki.example/Runbook%20DB%20failover> |');
    const html = marked.parse(out.slice(out.indexOf('| Monitor |')), { async: false });
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual([
      'M0',
      '<code>up == 0</code>',
      'critical',
      '<a href="https://grafana.example/d/abc?var-q=a%7Cb">https://grafana.example/d/abc?var-q=a%7Cb</a>',
      'M1',
      '<code>up == 0</code>',
      'critical',
      '<a href="https://wiki.example/Runbook%20DB%20failover">https://wiki.example/Runbook%20DB%20failover</a>',
    ]);
  });

  it('writes the sprint dates for people, with the year', () => {
    expect(md).toContain('Platform · Mon 2 Nov – Fri 13 Nov 2026');
  });

  it('words an unchanged metric as the screen does, "no change", in the Markdown, HTML and CSV reports', () => {
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Queue',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [{ id: 'm1', kind: 'metric', name: 'Queue depth', unit: '', before: 37, after: 37, better: 'lower' }],
        },
      ],
    });
    expect(reportToMarkdown(model)).toContain('| Queue depth | 37 | 37 | ±0% | no change |');
    expect(reportToHtml(model)).toContain('±0% (no change)');
    expect(reportToCsv(model)).toMatch(/Queue depth.*,no change(,|\r?\n|$)/);
    // A slot title ending in "#" keeps it: a heading would drop " #" as decoration.
    const titled = fixture({ slots: [{ ...model.slots[0]!.slot, title: 'Queue depth #' }] }).model;
    expect(marked.parse(reportToMarkdown(titled), { async: false })).toContain('<h3>1. Queue depth #</h3>');
  });

  it("reads a % metric's change in points and a change from 0 in its unit, in the Markdown, HTML and CSV reports", () => {
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Errors',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [
            { id: 'm1', kind: 'metric', name: 'Error rate', unit: '%', before: 2, after: 3, better: 'lower' },
            { id: 'm2', kind: 'metric', name: 'Throughput', unit: 'req | s', before: 0, after: 40, better: 'higher' },
          ],
        },
      ],
    });
    const md = reportToMarkdown(model);
    expect(md).toContain('| Error rate | 2 % | 3 % | +1.0 pp | worse |');
    // The unit's "|" stays in the change's cell too.
    expect(md).toContain('| Throughput | 0 req \\| s | 40 req \\| s | +40 req \\| s from 0 | better |');
    const html = reportToHtml(model);
    expect(html).toContain('+1.0 pp (worse)');
    expect(html).toContain('+40 req | s from 0 (better)');
    const csv = reportToCsv(model);
    // Escaped as a formula would be ("'+…"), so a spreadsheet shows the text.
    expect(csv).toContain(`Error rate,,2 %,3 %,"'+1.0 pp",worse`);
    expect(csv).toContain(`Throughput,,0 req | s,40 req | s,"'+40 req | s from 0",better`);
  });

  it("escapes a metric's unit like any other text: a `|` stays in its cell, HTML and emphasis stay text", () => {
    const metric = (id: string, name: string, unit: string) => ({
      id,
      kind: 'metric' as const,
      name,
      unit,
      before: 10,
      after: 20,
      better: 'higher' as const,
    });
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Units',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [metric('m1', 'Throughput', 'req | s'), metric('m2', 'Latency', XSS), metric('m3', 'Load', '*x')],
        },
      ],
    });
    const out = reportToMarkdown(model);
    const table = marked.parse(out.slice(out.indexOf('## Demo metrics'), out.indexOf('## Accepted')), { async: false });
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .slice(1)
      .map((r) => [...r[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]));
    expect(rows[0]).toEqual(['Throughput', '10 req | s', '20 req | s', '+100%', 'better']);
    expect(rows[1]).toEqual([
      'Latency',
      '10 &lt;img src=x onerror=alert(1)&gt;',
      '20 &lt;img src=x onerror=alert(1)&gt;',
      '+100%',
      'better',
    ]);
    expect(rows[2]).toEqual(['Load', '10 *x', '20 *x', '+100%', 'better']);
    const agenda = marked.parse(out.slice(out.indexOf('## Demo agenda')), { async: false });
    expect(agenda).toContain(
      '<strong>Latency</strong>: 10 &lt;img src=x onerror=alert(1)&gt; → 20 &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(agenda).toContain('<strong>Load</strong>: 10 *x → 20 *x');
    expect(agenda).not.toMatch(/<img|<em>/);
  });

  it("keeps a CLI walkthrough's output verbatim, leading spaces and all", () => {
    const output = 'NAME      READY\n  web-1   1/1\n  web-2   0/1';
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Pods',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [{ id: 'c1', kind: 'cli', title: '', steps: [{ command: 'kubectl get pods', output }] }],
        },
      ],
    });
    expect(reportToMarkdown(model)).toContain(`\`\`\`console\n$ kubectl get pods\n${output}\n\`\`\``);
  });
});

describe('a multi-line CLI command in the report', () => {
  const command = 'kubectl drain node-7 \\\n  --ignore-daemonsets \\\n  --selector=`cat sel.txt` ```';
  const { model } = fixture({
    slots: [
      {
        id: 's1',
        title: 'Drain',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        acceptance: { accepted: null, comment: '' },
        blocks: [{ id: 'c1', kind: 'cli', title: '', steps: [{ command: `${command} <b>`, output: 'drained' }] }],
      },
    ],
  });

  it('keeps its lines in the Markdown code block, fenced past the backticks in it', () => {
    const md = reportToMarkdown(model);
    expect(md).toContain(`\`\`\`\`console\n$ ${command} <b>\ndrained\n\`\`\`\``);
    const html = marked.parse(md.slice(md.indexOf('## Demo agenda')), { async: false });
    expect(html).toContain(
      '<code class="language-console">$ kubectl drain node-7 \\\n  --ignore-daemonsets \\\n  --selector=`cat sel.txt` ``` &lt;b&gt;\ndrained\n</code>',
    );
  });

  it('keeps its lines in the HTML <pre>, escaped, with no break inside a flag', () => {
    const html = reportToHtml(model, {});
    const pre = /<pre class="terminal">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
    const text = pre.replace(/<[^>]+>/g, '');
    expect(text).toBe(`$ ${command} &lt;b&gt;\ndrained`);
    expect(pre).not.toContain('<b> ');
    expect(pre).toContain('<span class="word">--ignore-daemonsets</span>');
    expect(html).toMatch(/\.terminal \.word\{white-space:pre\}/);
  });
});

describe('sprint report as HTML', () => {
  // Closed, so that the carry-over list is there too.
  const { model } = fixture({}, true);
  const html = reportToHtml(model, { b3: '<svg id="m-b3"><g>diagram</g></svg>' });

  it('escapes every piece of user text', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('onerror=alert(1)>');
    // goal, outcome, metric name (table, heading, chart label), command, condition, notes, comment, feedback, carry-over
    // (a command's words are each in a span of their own, so the count reads the text between the tags)
    const text = html.replace(/<\/?span[^>]*>/g, '');
    expect(text.split('&lt;img src=x onerror=alert(1)&gt;').length - 1).toBe(11);
  });

  it('is a self-contained document with the figures, metrics and lists', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link|<script/);
    expect(html).toContain('<th scope="row">Buffer used</th><td>3 pts</td>');
    expect(html).toContain('<td class="better">−57.1% (better)</td>');
    expect(html).toContain('<strong>Outcome: Partially met</strong>');
    expect(html).toMatch(/<h2>Accepted items<\/h2>\n<ul><li>Add Redis cache — Great/);
    expect(html).toContain('<a href="https://wiki/run">https://wiki/run</a>');
  });

  it('embeds images as data URLs and diagrams as the SVG passed in', () => {
    expect(html).toContain(`<img src="${PNG}" alt="Photo">`);
    expect(html).toContain('<figure class="diagram" role="img" aria-label="Flow"><svg id="m-b3">');
  });

  it('falls back to the Mermaid text when no SVG was rendered', () => {
    const plain = reportToHtml(model);
    expect(plain).toContain('The diagram could not be drawn; its Mermaid text follows.');
    expect(plain).toContain('<pre>graph TD; A--&gt;B</pre>');
  });

  it('says so when nothing was recorded', () => {
    const empty = reportToHtml(fixture({ feedback: [], slots: [], goalOutcome: { status: null, sentence: '' } }).model);
    expect(empty).toContain('No feedback was recorded.');
    expect(empty).toContain('No item was accepted.');
    expect(empty).toContain('Outcome: Not recorded');
  });
});

describe('notes in the HTML report', () => {
  it('renders Markdown but shows raw HTML as text and drops unsafe links', async () => {
    const { notesToHtml } = await import('../../../src/domain/review/report-markdown-html');
    const html = notesToHtml(
      `**Bold** ${XSS} [ok](https://example.com/x) [bad](javascript:alert(1)) ![pic](https://example.com/p.png)\n<script>alert(1)</script>`,
    );
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<a href="https://example.com/x">ok</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bad');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('<a href="https://example.com/p.png">pic</a>');
  });
});
