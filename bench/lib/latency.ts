import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __latency?: number[];
    __probed?: Set<string>;
  }
}

/**
 * Installs a probe: for every event of these types (captured before the app sees it), the time from
 * the event's timestamp to the first task after the next animation frame, i.e. input → next paint.
 */
export async function installProbe(page: Page, types: string[]): Promise<void> {
  await page.evaluate((eventTypes) => {
    window.__latency = [];
    window.__probed ??= new Set();
    for (const type of eventTypes) {
      if (window.__probed.has(type)) continue;
      window.__probed.add(type);
      window.addEventListener(
        type,
        (event) => {
          // A modifier pressed on its own (Alt of Alt+↓) is not an interaction; the arrow is.
          if (event instanceof KeyboardEvent && ['Alt', 'Shift', 'Control', 'Meta'].includes(event.key)) return;
          const t0 = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => window.__latency?.push(performance.now() - t0), 0));
        },
        { capture: true },
      );
    }
  }, types);
}

/** Runs one input and waits until the probe has recorded `count` more samples. */
export async function measured(page: Page, input: () => Promise<void>, count = 1): Promise<void> {
  const before = await page.evaluate(() => window.__latency?.length ?? 0);
  await input();
  await page.waitForFunction((n) => (window.__latency?.length ?? 0) >= n, before + count);
}

export async function takeSamples(page: Page): Promise<number[]> {
  const samples = await page.evaluate(() => window.__latency ?? []);
  await page.evaluate(() => {
    window.__latency = [];
  });
  return samples;
}

declare global {
  interface Window {
    __until?: string | null;
    __untilProbed?: Set<string>;
    __untilObserver?: MutationObserver;
  }
}

/**
 * Installs a probe for inputs whose effect may come later than the next frame (a change saved through
 * the api first): for the next event of these types after `measuredUntil` names a selector, the time
 * from the event's timestamp to the first task after the frame in which that selector first matches.
 * Watching the DOM in the page (MutationObserver) keeps the test runner's round trips out of the figure.
 */
export async function installUntilProbe(page: Page, types: string[]): Promise<void> {
  await page.evaluate((eventTypes) => {
    window.__latency = [];
    window.__untilProbed ??= new Set();
    for (const type of eventTypes) {
      if (window.__untilProbed.has(type)) continue;
      window.__untilProbed.add(type);
      window.addEventListener(
        type,
        (event) => {
          const selector = window.__until;
          if (!selector) return;
          window.__until = null;
          const t0 = event.timeStamp;
          // No named functions in here: the bench's TypeScript loader would wrap them in a helper the page lacks.
          // measuredUntil checked that the selector did not match before the input.
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => window.__latency?.push(performance.now() - t0), 0));
          });
          // Held from window: an observer nothing references can be collected before it fires.
          window.__untilObserver = observer;
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        },
        { capture: true },
      );
    }
  }, types);
}

/** Runs one input and waits until `selector` matched and the frame showing it was painted. */
export async function measuredUntil(page: Page, input: () => Promise<void>, selector: string): Promise<void> {
  const before = await page.evaluate((sel) => {
    if (document.querySelector(sel)) throw new Error(`${sel} matches before the input`);
    window.__until = sel;
    return window.__latency?.length ?? 0;
  }, selector);
  await input();
  await page.waitForFunction((n) => (window.__latency?.length ?? 0) >= n, before + 1);
}
