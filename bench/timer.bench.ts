import type { Browser } from 'playwright-core';
import { launch } from './lib/browser';
import { withHiddenThird } from './lib/hidden';
import { addRow, type Results } from './lib/report';
import { summarize, type Summary } from './lib/stats';
import { appTimerErrors } from './timer-app.bench';
import { TIMER_PAGE } from './timer/page';

const RUN_MS = Number(process.env.BENCH_TIMER_MS ?? 60_000);

declare global {
  interface Window {
    __changes?: { seconds: number; at: number }[];
    __timer?: { startedAt: number; pausedMs: number };
  }
}

/**
 * The floor: a bare countdown derived from timestamps (bench/timer/page.ts), under the same busy main
 * thread, measured the same way as the app: how late each change of the shown second comes.
 */
async function floorErrors(browser: Browser): Promise<{ errors: Summary; max: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.setContent(TIMER_PAGE);
    await page.evaluate(() => {
      window.__changes = [];
      const el = document.getElementById('remaining');
      if (!el) throw new Error('no clock');
      new MutationObserver(() => {
        const [m = '0', s = '0'] = (el.textContent ?? '').split(':');
        window.__changes?.push({ seconds: Number(m) * 60 + Number(s), at: performance.timeOrigin + performance.now() });
      }).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const hidden = await withHiddenThird(page, RUN_MS);
    const { changes, startedAt } = await page.evaluate(() => ({
      changes: window.__changes ?? [],
      startedAt: window.__timer?.startedAt ?? 0,
    }));
    const errors: number[] = [];
    let previous = -1;
    for (const c of changes) {
      if (c.seconds === previous) continue;
      previous = c.seconds;
      // The page shows ceil(remaining / 1000) s of a 90 s countdown: that second is due when remaining = seconds × 1000.
      const due = startedAt + 90_000 - c.seconds * 1000;
      if (hidden.some((h) => due >= h.from && due <= h.to)) continue;
      errors.push(c.at - due);
    }
    return { errors: summarize(errors), max: Math.max(...errors) };
  } finally {
    await context.close();
  }
}

/** The app's standup timer against the bare countdown, both over a real run, busy and hidden part of the time. */
export async function benchTimer(results: Results): Promise<void> {
  console.log(`Timer accuracy (two ${RUN_MS / 1000} s real runs)…`);
  const browser = await launch();
  try {
    const floor = await floorErrors(browser);
    const app = await appTimerErrors(browser, RUN_MS);
    addRow(results, {
      section: '4. Timer',
      name: 'app standup timer: each shown second, how late after the timestamps say it changes',
      unit: 'ms',
      value: app.errors,
      floor: floor.errors,
      target: 'error < 100 ms',
      pass: app.max < 100,
      note: `${app.errors.n} changes over ${RUN_MS / 1000} s, max ${app.max.toFixed(1)} ms (floor max ${floor.max.toFixed(1)} ms). Main thread busy (40 ms task every 60 ms); behind another tab for the middle third. Floor: a bare timestamp countdown page under the same load.`,
    });
  } finally {
    await browser.close();
  }
}
