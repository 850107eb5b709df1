import { describe, expect, it } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { escapeText, markdownToJira } from '../../../src/domain/shared/jira-markup';
import { codeSpan, inlineMarkdown } from '../../../src/domain/shared/markdown-text';
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
});
