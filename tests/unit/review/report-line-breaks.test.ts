import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { markdownToJira } from '../../../src/domain/shared/jira-markup';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { ctx, samplePostmortem, sampleRetro } from '../retro/export-fixture';
import { fixture } from './report-fixture';

/** How a wiki or GitHub shows a Markdown file: CommonMark/GFM, where a single line break joins the lines. */
const wiki = (md: string) => marked.parse(md, { async: false, gfm: true });

/** A report whose only slot shows these notes. */
function reportWithNotes(markdown: string, goal?: string) {
  const blocks: DemoBlock[] = [{ id: 'b1', kind: 'notes', markdown }];
  const { model } = fixture({
    slots: [
      {
        id: 's1',
        title: 'Rollout',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        blocks,
        acceptance: { accepted: null, comment: '' },
      },
    ],
  });
  return goal === undefined ? model : { ...model, goal };
}

const NOTES = 'Rolled out to eu-west-1\nThen us-east-1\nRollback: none needed';

describe('lines typed on lines of their own stay on their own lines in the Markdown report', () => {
  it('keeps the lines of a notes block, as the HTML report and the screen show them', () => {
    const model = reportWithNotes(NOTES);
    expect(wiki(reportToMarkdown(model))).toContain(
      'Rolled out to eu-west-1<br>Then us-east-1<br>Rollback: none needed',
    );
    expect(reportBodyHtml(model)).toContain('Rolled out to eu-west-1<br>Then us-east-1<br>Rollback: none needed');
  });

  it('keeps the lines of the sprint goal', () => {
    const md = reportToMarkdown(reportWithNotes('x', 'Cut p95 latency\nHalve pager noise'));
    expect(wiki(md)).toContain('<p>Cut p95 latency<br>Halve pager noise</p>');
  });

  it('keeps a list item’s second line in the item, and leaves code blocks, lists and headings as typed', () => {
    const notes =
      '## Steps\n- drain node-7\n  then cordon it\n- reboot\n\n```\nkubectl get pods\nkubectl get nodes\n```';
    const html = wiki(reportToMarkdown(reportWithNotes(notes)));
    expect(html).toContain('<h2>Steps</h2>');
    expect(html).toContain('<li>drain node-7<br>then cordon it</li>');
    expect(html).toContain('<li>reboot</li>');
    expect(html).toContain('<pre><code>kubectl get pods\nkubectl get nodes\n</code></pre>');
    expect(html).not.toContain('\\');
  });

  it.each([
    ['a quote', '> first line\n> second line'],
    ['a code span over two lines', 'run `kubectl get\npods` now\nthen wait'],
    ['a table', '| a | b |\n| --- | --- |\n| 1 | 2 |'],
    ['lines that already end in a hard break', 'two spaces  \nbackslash\\\nend'],
    ['a line ending in an escaped backslash', 'C:\\\\\nnext'],
    ['indented code', 'Para\n\n    code one\n    code two'],
    ['HTML', '<details>\n<summary>Logs</summary>\n\nok\nfine\n</details>'],
    ['a setext heading', 'Title\n=====\nbody\nmore'],
    ['emphasis over two lines', '*one\ntwo*'],
  ])('renders %s in a wiki as the HTML report renders it', (_, notes) => {
    const md = reportToMarkdown(reportWithNotes(notes));
    const agenda = md.slice(md.indexOf('5 min') + '5 min'.length);
    const screen = marked.parse(notes, { async: false, gfm: true, breaks: true });
    expect(wiki(agenda).replace(/\s+/g, ' ').trim()).toBe(screen.replace(/\s+/g, ' ').trim());
  });
});

describe('lines typed on lines of their own stay on their own lines in the retro’s Markdown', () => {
  it('keeps the lines of discussion notes, as the HTML export does', () => {
    const retro = sampleRetro();
    retro.notes = [{ targetId: 'g1', notes: 'Raise thresholds to 90%\nPage only on rate of change' }];
    expect(wiki(retroToMarkdown(retro, ctx))).toContain('Raise thresholds to 90%<br>Page only on rate of change');
    expect(retroToHtml(retro, ctx)).toContain('Raise thresholds to 90%\nPage only on rate of change');
  });

  it('keeps the lines of a postmortem’s impact', () => {
    const pm = samplePostmortem();
    pm.incident = { ...pm.incident!, impact: 'Checkout was down for 40 min\nSearch degraded for 2 h' };
    expect(wiki(retroToMarkdown(pm, ctx))).toContain('Checkout was down for 40 min<br>Search degraded for 2 h');
  });

  it('closes a code fence discussion notes left open, so the action items still show', () => {
    const retro = sampleRetro();
    retro.notes = [{ targetId: 'g1', notes: 'Try:\n```\ndf -h' }];
    const html = wiki(retroToMarkdown(retro, ctx));
    expect(html).toContain('<pre><code>df -h\n</code></pre>');
    expect(html).toContain('<h2>Action items</h2>');
  });
});

describe('lines kept in Markdown, copied for Confluence and Jira', () => {
  it('are one line each in wiki markup, where a line break is one already', () => {
    const retro = sampleRetro();
    retro.notes = [{ targetId: 'g1', notes: 'Raise thresholds to 90%\nPage only on rate of change' }];
    expect(markdownToJira(retroToMarkdown(retro, ctx))).toContain(
      'Raise thresholds to 90%\nPage only on rate of change\n',
    );
  });
});
