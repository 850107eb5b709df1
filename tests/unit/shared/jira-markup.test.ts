import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { escapeText, markdownToJira } from '../../../src/domain/shared/jira-markup';
import { codeSpan, inlineMarkdown, markdownLine } from '../../../src/domain/shared/markdown-text';
import { ctx, samplePostmortem, sampleRetro } from '../retro/export-fixture';

describe('Markdown to Jira / Confluence wiki markup', () => {
  it('writes headings, bold, italics, bullets nested by marks, numbers and rules in wiki syntax', () => {
    const md = '# Title\n\n## Part\n\n**Noisy** and _quiet_\n\n- one\n  - inner\n- two\n\n1. first\n2. second\n\n---\n';
    expect(markdownToJira(md)).toBe(
      'h1. Title\n\nh2. Part\n\n*Noisy* and _quiet_\n\n* one\n** inner\n* two\n\n# first\n# second\n\n----\n',
    );
  });

  it('writes tables with ||header|| cells, links as [text|url], and keeps a pipe in a cell as text', () => {
    const md = '| Alert | Runbook |\n| --- | --- |\n| a \\| b | [runbook](https://wiki.example/rb) |\n';
    expect(markdownToJira(md)).toBe('||Alert||Runbook||\n|a \\| b|[runbook|https://wiki.example/rb]|\n');
    expect(markdownToJira('<https://grafana.example/d/1>')).toBe('[https://grafana.example/d/1]\n');
  });

  it('puts commands and alert conditions in {{monospace}} and output in {noformat}, spaces kept', () => {
    const command = 'kubectl get pods -n kube-system | grep -v Running';
    const condition = 'predict_linear(node_filesystem_free_bytes[6h], 3600) < 0';
    expect(markdownToJira(`Run ${codeSpan(command)} when ${codeSpan(condition)}.`)).toBe(
      `Run {{${command}}} when {{${condition}}}.\n`,
    );
    expect(markdownToJira('```\nNAME      READY\napi-1     1/1\n```')).toBe(
      '{noformat}\nNAME      READY\napi-1     1/1\n{noformat}\n',
    );
    expect(markdownToJira('`a {b}`')).toBe('{{a \\{b\\}}}\n');
  });

  it('shows typed text as typed: no backslash where wiki markup reads no syntax', () => {
    for (const typed of ['p95 < 200 ms', '~5 min to page', 'predict_linear(x[6h], 3600)', 'error rate -5%', 'a-b-c']) {
      const jira = markdownToJira(inlineMarkdown(typed));
      expect(jira.replace(/\\([[\]])/g, '$1').trim()).toBe(typed);
    }
    // Brackets would make a link, braces a macro; paired marks at word edges an effect.
    expect(escapeText('[draft] {x}')).toBe('\\[draft\\] \\{x\\}');
    expect(escapeText('run -dry- now')).toBe('run \\-dry\\- now');
    expect(escapeText('*not bold*')).toBe('\\*not bold\\*');
  });

  it('turns the real retro export into wiki markup: headings, nested bullets, bold groups, task boxes', () => {
    const jira = markdownToJira(retroToMarkdown(sampleRetro(), ctx));
    expect(jira).toContain('h1. Retro — Sprint 7\n\n* Date: Fri 20 Nov 2026\n* Team: Platform SRE');
    expect(jira).toContain('h2. Alerts\n\n_Which alerts were actionable, which were noise?_');
    expect(jira).toContain(
      '* *Noisy alerts* (4 votes)\n** Disk alerts fire at 80%\n** CPU alert flaps nightly\n** Action: Tune disk alert thresholds (owner: Ana · due: Fri 4 Dec 2026 · Prevent · OPS-42)',
    );
    expect(jira).toContain('* ☐ Tune disk alert thresholds (owner: Ana · due: Fri 4 Dec 2026 · Prevent · OPS-42)');
    // No Markdown left over: no #, no ** and no backslash before plain characters.
    expect(jira).not.toMatch(/^#|\*\*[^ ]|\\[<~_]/m);
  });

  it('keeps the postmortem timeline link a link', () => {
    const jira = markdownToJira(retroToMarkdown(samplePostmortem(), ctx));
    expect(jira).toContain('* Wed 18 Nov 2026 02:12 UTC — Pager fired ([https://grafana.example/d/1])');
    expect(jira).toContain('h2. Incident\n\n* Severity: SEV1');
  });

  it('keeps marks the Markdown escaped literal: two texts with one `*` each do not turn bold', () => {
    const line = markdownLine((md) => `- ${md('Rotate *.log files')} — ${md('also cleans /var/log/*')}`);
    expect(markdownToJira(line)).toBe('* Rotate \\*.log files — also cleans /var/log/\\*\n');
    const struck = markdownLine((md) => `- ${md('Page ~ops team')} (owner: ${md('Sam~')})`);
    expect(markdownToJira(struck)).toBe('* Page \\~ops team (owner: Sam\\~)\n');
  });

  it('escapes a pair of marks that an escaped mark stands between (“-f … pre-” is not strikethrough)', () => {
    const line = markdownLine((md) => `- ${md('Rotate *.log with -f')} — ${md('/var/log/* pre- and post-deploy')}`);
    expect(markdownToJira(line)).toBe('* Rotate \\*.log with \\-f — /var/log/\\* pre\\- and post-deploy\n');
  });

  it('shows any two texts written on one line as typed, no pair of marks left to read as an effect (property)', () => {
    const piece = fc.string({ unit: fc.constantFrom(...' *_-+^?~.:ab'.split('')), maxLength: 14 });
    const typed = (s: string) => s.replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        const jira = markdownToJira(markdownLine((md) => `- x${md(a)} — ${md(b)}y`))
          .trim()
          .slice(2);
        expect(jira.replace(/\\([*_\-+^?~])/g, '$1')).toBe(`x${typed(a)} — ${typed(b)}y`);
        expect(escapeText(jira)).toBe(jira);
      }),
      { numRuns: 1000 },
    );
  });
});
