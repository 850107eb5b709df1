import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { fixture, PNG } from './report-fixture';

/** The report model of one slot showing these blocks, with a second slot after it. */
function modelWith(blocks: DemoBlock[]) {
  return fixture({
    slots: [
      {
        id: 's1',
        title: 'First slot',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        blocks,
        acceptance: { accepted: null, comment: '' },
      },
      {
        id: 's2',
        title: 'Second slot',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        blocks: [],
        acceptance: { accepted: null, comment: '' },
      },
    ],
  }).model;
}

/** The Markdown report of one slot showing these blocks, with a second slot after it. */
function reportWith(blocks: DemoBlock[], goal?: string) {
  const model = modelWith(blocks);
  return reportToMarkdown(goal === undefined ? model : { ...model, goal });
}

/** The Markdown report's demo agenda as a wiki shows it. */
function agendaShown(md: string): string {
  return marked.parse(md.slice(md.indexOf('## Demo agenda')), { async: false });
}

describe('the Markdown report keeps each block to itself', () => {
  it.each(['diagram v2].png', 'a] [b.png', 'rack [old]] photo.png', 'back\\]slash.png'])(
    'shows an image named %s as an image with that exact name',
    (name) => {
      const md = reportWith([
        { id: 'b1', kind: 'diagram', title: 'Rack', source: 'image', mermaid: '', image: { name, dataUrl: PNG } },
      ]);
      const html = marked.parse(md.slice(md.indexOf('## Demo agenda')), { async: false });
      // The names hold no character HTML would escape, so the alt attribute shows them as they are.
      expect(html).toContain(`<img src="${PNG}" alt="${name}">`);
    },
  );

  it('closes a code fence a notes block left open, so the rest of the report stays a report', () => {
    const md = reportWith([{ id: 'b1', kind: 'notes', markdown: 'Run this:\n\n```bash\nkubectl get pods' }]);
    const html = marked.parse(md.slice(md.indexOf('## Demo agenda')), { async: false });
    expect(html).toContain('<code class="language-bash">kubectl get pods\n</code>');
    expect(html).toContain('<h3>2. Second slot</h3>');
  });

  it('closes a tilde fence and a longer backtick fence by their own kind and length', () => {
    const md = reportWith([
      { id: 'b1', kind: 'notes', markdown: '~~~\nlog line' },
      { id: 'b2', kind: 'notes', markdown: '````\n```\ninner' },
    ]);
    const html = marked.parse(md.slice(md.indexOf('## Demo agenda')), { async: false });
    expect(html).toContain('<pre><code>log line\n</code></pre>');
    expect(html).toContain('<pre><code>```\ninner\n</code></pre>');
    expect(html).toContain('<h3>2. Second slot</h3>');
  });

  it('leaves a closed fence, and text that only looks like one, as written', () => {
    const notes = 'Before\n\n```\ncode\n```\n\nAfter ``` inline\n\n    ``` indented';
    const md = reportWith([{ id: 'b1', kind: 'notes', markdown: notes }]);
    expect(md).toContain(`${notes}\n`);
    expect(md.split('```').length).toBe(notes.split('```').length);
  });

  it('closes a code fence the sprint goal left open, so the outcome and figures still show', () => {
    const md = reportWith([], 'Ship the runbook:\n```\nmake deploy');
    const html = marked.parse(md, { async: false });
    expect(html).toContain('<pre><code>make deploy\n</code></pre>');
    expect(html).toContain('<h2>Committed vs completed</h2>');
  });

  it('shows a metric name and a walkthrough title with a lone * in bold exactly as typed', () => {
    const md = reportWith([
      { id: 'b1', kind: 'metric', name: 'p95*', unit: 'ms', before: 420, after: 180, better: 'lower' },
      { id: 'b2', kind: 'cli', title: '*Drain', steps: [{ command: 'kubectl drain node-7', output: '' }] },
    ]);
    const html = marked.parse(md.slice(md.indexOf('## Demo agenda')), { async: false });
    expect(html).toContain('<li><strong>p95*</strong>: 420 ms → 180 ms, −57.1% (better)</li>');
    expect(html).toContain('<p><strong>*Drain</strong></p>');
  });
});

describe('the report keeps code as typed and notes to their own block', () => {
  it('keeps the blank lines of a walkthrough’s output and of a code block in notes', () => {
    const md = reportWith([
      {
        id: 'b1',
        kind: 'cli',
        title: '',
        steps: [{ command: 'terraform plan', output: 'Plan:\n\n\n  + aws_s3_bucket.logs' }],
      },
      { id: 'b2', kind: 'notes', markdown: '```\n[global]\n\n\n[eu-west-1]\n```' },
    ]);
    const html = agendaShown(md);
    expect(html).toContain(
      '<code class="language-console">$ terraform plan\nPlan:\n\n\n  + aws_s3_bucket.logs\n</code>',
    );
    expect(html).toContain('<code>[global]\n\n\n[eu-west-1]\n</code>');
  });

  it.each([
    ['an HTML comment', 'Still to do <!-- ask Ana\n<!-- draft: numbers below are from staging\n\n**p95** 180 ms'],
    ['a <pre>', 'Config:\n\n<pre>\nretries = 3\n\n**p95** 180 ms'],
  ])('shows notes that open %s and never close it, and the slots after them', (_, markdown) => {
    const md = reportWith([{ id: 'b1', kind: 'notes', markdown }]);
    const html = agendaShown(md);
    expect(html).toContain('<h3>2. Second slot</h3>');
    expect(html).toContain('<strong>p95</strong> 180 ms');
    expect(html).toMatch(/&lt;(!-- draft|pre&gt;)/);
  });

  it('shows in the HTML report what follows an HTML comment a notes block never closes', () => {
    const html = reportBodyHtml(
      modelWith([{ id: 'b1', kind: 'notes', markdown: '<!-- draft\n\n## Results\n\n- p95 down' }]),
    );
    expect(html).toContain('&lt;!-- draft');
    expect(html).toContain('<li>p95 down</li>');
    expect(html).toContain('<h3>2. Second slot</h3>');
  });

  it('keeps HTML a notes block closes as written', () => {
    const notes = '<!-- speaker note -->\n\n<details>\n<summary>Logs</summary>\n\nok\n</details>';
    expect(reportWith([{ id: 'b1', kind: 'notes', markdown: notes }])).toContain(`${notes}\n`);
  });
});
