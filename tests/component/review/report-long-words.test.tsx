import { afterEach, describe, expect, it } from 'vitest';
import { reportToHtml } from '../../../src/domain/review/report-html';
import { fixture } from '../../unit/review/report-fixture';

/** A dashboard's address given as feedback: one word far longer than a line of the page or of paper. */
const DASHBOARD =
  'https://grafana.internal.example.com/d/api-latency/api-latency-overview?orgId=1&var-cluster=prod-eu-west-1&var-service=checkout&from=now-7d&to=now&viewPanel=12';

/**
 * The exported file opened as a browser opens it: its styles in the page, its body's content in the page's body
 * (jsdom lays nothing out, but it applies the rules that match, and passes inherited ones down).
 */
let added: Element[] = [];
function open(html: string): HTMLElement {
  const file = new DOMParser().parseFromString(html, 'text/html');
  const style = document.createElement('style');
  style.textContent = file.querySelector('style')?.textContent ?? '';
  const content = document.createElement('div');
  content.innerHTML = file.body.innerHTML;
  document.head.append(style);
  document.body.append(content);
  added = [style, content];
  return content;
}
afterEach(() => added.forEach((el) => el.remove()));

describe('an exported sprint report with a word longer than the line (a pasted address)', () => {
  it('lets the feedback, the goal outcome and the title break it rather than run off the page', () => {
    const { model } = fixture();
    const page = open(
      reportToHtml({
        ...model,
        teamName: `Platform ${DASHBOARD}`,
        goalOutcome: { status: 'met', sentence: `See ${DASHBOARD}` },
        feedback: [{ text: DASHBOARD, from: 'Product', itemTitle: null, itemDeleted: false }],
      }),
    );
    const li = [...page.querySelectorAll('li')].find((el) => el.textContent?.startsWith(DASHBOARD));
    const outcome = [...page.querySelectorAll('p')].find((el) => el.textContent?.includes(`See ${DASHBOARD}`));
    for (const el of [li, outcome, page.querySelector('.meta')]) {
      expect(el, 'an element showing the address').toBeTruthy();
      expect(['break-word', 'anywhere']).toContain(getComputedStyle(el!).overflowWrap);
    }
  });

  it("still keeps a demo command's words whole on the screen, where the terminal scrolls", () => {
    const page = open(reportToHtml(fixture().model));
    const word = page.querySelector<HTMLElement>('.terminal .word');
    expect(word).toBeTruthy();
    expect(getComputedStyle(word!).whiteSpace).toBe('pre');
  });
});
