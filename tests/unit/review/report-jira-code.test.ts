import { describe, expect, it } from 'vitest';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { markdownToJira } from '../../../src/domain/shared/jira-markup';
import { fixture } from './report-fixture';

/** The sprint report as "Copy for Confluence/Jira" gives it. */
function copiedForJira(blocks: unknown[]): string {
  const { model } = fixture({
    slots: [
      {
        id: 's1',
        title: 'Node drain',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        acceptance: { accepted: null, comment: '' },
        blocks: blocks as never,
      },
    ],
  });
  return markdownToJira(reportToMarkdown(model));
}

describe('the sprint report copied for Confluence/Jira', () => {
  it("gives a walkthrough's commands and a diagram's Mermaid text as blocks Jira shows, not a formatter error", () => {
    const jira = copiedForJira([
      {
        id: 'c1',
        kind: 'cli',
        title: 'Drain',
        steps: [{ command: 'kubectl drain node-1 --ignore-daemonsets', output: 'NAME     STATUS\nnode-1   drained' }],
      },
      { id: 'd1', kind: 'diagram', title: 'Flow', source: 'mermaid', mermaid: 'graph LR; lb-->app', image: null },
    ]);
    // Jira Server / Data Center knows a fixed list of languages; {code:console} or {code:mermaid} shows
    // "Unable to find source-code formatter for language" in place of the block.
    expect(jira).not.toMatch(/\{code:(console|mermaid)\}/);
    expect(jira).toContain(
      '{noformat}\n$ kubectl drain node-1 --ignore-daemonsets\nNAME     STATUS\nnode-1   drained\n{noformat}',
    );
    expect(jira).toContain('{noformat}\ngraph LR; lb-->app\n{noformat}');
  });

  it('keeps a language Jira highlights in notes written with one', () => {
    const jira = copiedForJira([{ id: 'n1', kind: 'notes', markdown: '```bash\nsystemctl restart nginx\n```' }]);
    expect(jira).toContain('{code:bash}\nsystemctl restart nginx\n{code}');
  });
});
