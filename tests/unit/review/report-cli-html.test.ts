import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { fixture } from './report-fixture';

describe('a CLI walkthrough whose commands print nothing, in the HTML report', () => {
  const { model } = fixture({
    slots: [
      {
        id: 's1',
        title: 'Rotate',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        acceptance: { accepted: null, comment: '' },
        blocks: [
          {
            id: 'c1',
            kind: 'cli',
            title: '',
            steps: [
              { command: 'vault write -f pki/rotate', output: '' },
              { command: 'systemctl reload nginx', output: '' },
              { command: 'curl -sI https://api', output: 'HTTP/2 200' },
            ],
          },
        ],
      },
    ],
  });

  it('shows one command a line, as the screen and the Markdown report do: no blank line after a silent one', () => {
    const pre = /<pre class="terminal">([\s\S]*?)<\/pre>/.exec(reportBodyHtml(model))?.[1] ?? '';
    expect(pre.replace(/<[^>]+>/g, '')).toBe(
      '$ vault write -f pki/rotate\n$ systemctl reload nginx\n$ curl -sI https://api\nHTTP/2 200',
    );
  });
});
