import type { Page } from 'playwright-core';

/** Waits `runMs` with the page behind another tab for the middle third; returns those spans. */
export async function withHiddenThird(page: Page, runMs: number): Promise<{ from: number; to: number }[]> {
  const started = Date.now();
  const hidden: { from: number; to: number }[] = [];
  let other: Page | null = null;
  while (Date.now() - started < runMs) {
    const t = (Date.now() - started) / runMs;
    if (t > 1 / 3 && t < 2 / 3 && !other) {
      other = await page.context().newPage();
      await other.bringToFront();
      hidden.push({ from: Date.now(), to: Number.POSITIVE_INFINITY });
    } else if (t >= 2 / 3 && other) {
      await other.close();
      other = null;
      await page.bringToFront();
      const last = hidden[hidden.length - 1];
      if (last) last.to = Date.now();
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return hidden;
}
