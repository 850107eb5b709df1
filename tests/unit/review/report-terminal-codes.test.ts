import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../../src/domain/review/report-csv';
import { reportBodyHtml, reportToHtml } from '../../../src/domain/review/report-html';
import { reportToJson } from '../../../src/domain/review/report-json';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { fixture } from './report-fixture';

const ESC = '\u001b';

/** A walkthrough pasted from a coloured terminal: a green prompt in the command, red and bold in the output. */
const { model } = fixture({
  slots: [
    {
      id: 's1',
      title: 'Pods',
      itemId: null,
      presenterId: null,
      timeboxMinutes: 5,
      acceptance: { accepted: null, comment: '' },
      blocks: [
        {
          id: 'c1',
          kind: 'cli',
          title: 'Check the pods',
          steps: [
            {
              command: `kubectl get pods ${ESC}[32m-n web${ESC}[0m`,
              output: `NAME   STATUS\nweb-1  ${ESC}[1;31mCrashLoopBackOff${ESC}[0m${ESC}]0;title${ESC}\\`,
            },
          ],
        },
      ],
    },
  ],
});

describe("a CLI walkthrough's terminal colours in the sprint report", () => {
  it('leaves the Markdown with the text a terminal showed, no escape codes', () => {
    const md = reportToMarkdown(model);
    expect(md).not.toContain(ESC);
    expect(md).toContain('```console\n$ kubectl get pods -n web\nNAME   STATUS\nweb-1  CrashLoopBackOff\n```');
  });

  it('leaves the HTML file and the print copy with the text a terminal showed', () => {
    for (const html of [reportToHtml(model), reportBodyHtml(model)]) {
      expect(html).not.toContain(ESC);
      const pre = /<pre class="terminal">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
      expect(pre.replace(/<[^>]+>/g, '')).toBe('$ kubectl get pods -n web\nNAME   STATUS\nweb-1  CrashLoopBackOff');
    }
  });

  it('gives scripts the JSON steps as the terminal showed them', () => {
    const json = reportToJson(model, '2026-11-13T17:00:00.000Z');
    expect(json).not.toContain('\\u001b');
    const file = JSON.parse(json) as { demos: { blocks: { steps: { command: string; output: string }[] }[] }[] };
    expect(file.demos[0]?.blocks[0]?.steps).toEqual([
      { command: 'kubectl get pods -n web', output: 'NAME   STATUS\nweb-1  CrashLoopBackOff' },
    ]);
  });

  it('keeps the codes out of the CSV too', () => {
    expect(reportToCsv(model)).not.toContain(ESC);
  });
});
