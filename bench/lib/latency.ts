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
