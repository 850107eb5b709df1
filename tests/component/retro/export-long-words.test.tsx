import { afterEach, describe, expect, it } from 'vitest';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { ctx, sampleRetro } from '../../unit/retro/export-fixture';

/** A dashboard's address pasted into a card: one word far longer than a line of the page or of paper. */
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

const elementWith = (root: HTMLElement, selector: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.firstChild?.textContent?.includes(text));

describe('an exported retro with a word longer than the line (a pasted address)', () => {
  it('lets the card, the action and the retro title break it rather than run off the page', () => {
    const retro = sampleRetro();
    retro.title = `Retro ${DASHBOARD}`;
    retro.cards[3] = { ...retro.cards[3]!, text: DASHBOARD };
    retro.actions[0] = { ...retro.actions[0]!, text: `Fix ${DASHBOARD}` };
    const page = open(retroToHtml(retro, ctx));
    const shown = [
      page.querySelector<HTMLElement>('h1'),
      elementWith(page, 'li', DASHBOARD),
      elementWith(page, 'li.action', `Fix ${DASHBOARD}`),
    ];
    for (const el of shown) {
      expect(el, 'an element showing the address').toBeTruthy();
      expect(['break-word', 'anywhere']).toContain(getComputedStyle(el!).overflowWrap);
    }
  });
});
