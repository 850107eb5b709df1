import type { Browser, Page } from 'playwright-core';
import { formatTimerClock as formatClock } from '../src/domain/shared/timer-clock';
import type { StandupSession } from '../src/domain/standup/schema';
import { timerView } from '../src/domain/standup/timer';
import { SMALL } from './generate/profiles';
import { newPage, startHost, type Host } from './lib/browser';
import { preparedDataDir } from './lib/prepared';
import { summarize, type Summary } from './lib/stats';
import { withHiddenThird } from './lib/hidden';

declare global {
  interface Window {
    __clockChanges?: { text: string; at: number }[];
  }
}

async function api<T>(host: Host, method: string, input: unknown): Promise<T> {
  const url = new URL(host.url);
  const res = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cadence-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** When the true remaining time (from the session's timestamps) first showed `text`, or null. */
function trueChangeAt(session: StandupSession, text: string, seenAt: number): number | null {
  for (let t = seenAt - 3000; t <= seenAt; t++) {
    if (formatClock(timerView(session.timer, t).remainingMs) === text) return t;
  }
  return null;
}

/**
 * The app's standup timer, on the Standup screen, over a real run with the main thread kept busy and
 * the page behind another tab for the middle third. The clock shows whole seconds, so the error is
 * how late each change of the shown second comes after the moment the timestamps say it changes.
 */
export async function appTimerErrors(browser: Browser, runMs: number): Promise<{ errors: Summary; max: number }> {
  const dataDir = await preparedDataDir(SMALL);
  const host = await startHost(dataDir);
  const page: Page = await newPage(browser);
  try {
    const teams = await api<{ id: string }[]>(host, 'listTeams', {});
    const teamId = teams[0]?.id ?? '';
    const session = await api<StandupSession>(host, 'startStandup', { teamId, absentIds: [] });
    await page.goto(`${host.url}#/standup`);
    await page
      .getByRole('tab', { name: /standup/i })
      .first()
      .click();
    const clock = page.getByRole('timer', { name: 'Time left for this speaker' });
    await clock.waitFor();
    await page.evaluate(() => {
      window.__clockChanges = [];
      const el = document.querySelector('[aria-label="Time left for this speaker"]');
      if (!el) throw new Error('no clock');
      new MutationObserver(() =>
        window.__clockChanges?.push({ text: el.textContent ?? '', at: performance.timeOrigin + performance.now() }),
      ).observe(el, { childList: true, characterData: true, subtree: true });
      // Keep the main thread busy: a 40 ms long task every 60 ms.
      setInterval(() => {
        const end = performance.now() + 40;
        while (performance.now() < end) {
          /* busy */
        }
      }, 60);
    });
    const hidden = await withHiddenThird(page, runMs);
    const changes = await page.evaluate(() => window.__clockChanges ?? []);
    const errors: number[] = [];
    let previous = '';
    for (const change of changes) {
      if (change.text === previous) continue;
      previous = change.text;
      const changedAt = trueChangeAt(session, change.text, change.at);
      if (changedAt === null) continue;
      // Changes that became due while the page was behind another tab were not on screen: skip them.
      if (hidden.some((h) => changedAt >= h.from && changedAt <= h.to)) continue;
      errors.push(change.at - changedAt);
    }
    return { errors: summarize(errors), max: Math.max(...errors) };
  } finally {
    await page.context().close();
    await host.stop();
  }
}
