import type { Browser, Page } from 'playwright-core';
import { watchApiTraffic } from '../tests/e2e/helpers/api-traffic';
import { CEREMONY_SCENARIOS, type Scenario } from './interaction-ceremonies';
import { LARGE_HOT } from './generate/profiles';
import { launch, newPage, startHost, type Host } from './lib/browser';
import { freshDir } from './lib/data-dir';
import { buildFloor } from './lib/floor-build';
import { installProbe, measured, takeSamples } from './lib/latency';
import { preparedDataDir } from './lib/prepared';
import { addRow, type Results } from './lib/report';
import { summarize } from './lib/stats';

/** Issue 13: every interaction's p95 within this many times the floor's p95, measured in the same run. */
const FLOOR_FACTOR = 1.5;
const TEXT = 'upgrade the redis';

const backlogReady = async (page: Page) => {
  await page.locator('.backlog-row').first().waitFor({ state: 'visible' });
};

async function typeAndClear(page: Page, input: string): Promise<number[]> {
  await page.locator(input).focus();
  await installProbe(page, ['keydown']);
  for (const ch of TEXT) await measured(page, () => page.keyboard.press(ch === ' ' ? 'Space' : ch));
  for (let i = 0; i < TEXT.length; i++) await measured(page, () => page.keyboard.press('Backspace'));
  return takeSamples(page);
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'typing in the backlog filter (type 17 characters, then delete them)',
    hash: '#/backlog',
    ready: backlogReady,
    run: (page) => typeAndClear(page, '#backlog-filter-text'),
  },
  {
    name: 'keyboard drag: Space, ↓ ×10, Space on the first row',
    hash: '#/backlog',
    ready: backlogReady,
    run: async (page) => {
      await page
        .getByRole('button', { name: /^Reorder / })
        .first()
        .focus();
      await installProbe(page, ['keydown']);
      await measured(page, () => page.keyboard.press('Space'));
      for (let i = 0; i < 10; i++) await measured(page, () => page.keyboard.press('ArrowDown'));
      await measured(page, () => page.keyboard.press('Space'));
      return takeSamples(page);
    },
  },
  {
    name: 'Alt+↓ ×10 on the focused row (optimistic reorder)',
    hash: '#/backlog',
    ready: backlogReady,
    run: async (page) => {
      await page.locator('.backlog-row').nth(1).locator('.drag-handle').focus();
      await installProbe(page, ['keydown']);
      for (let i = 0; i < 10; i++) await measured(page, () => page.keyboard.press('Alt+ArrowDown'));
      return takeSamples(page);
    },
  },
  {
    name: 'pointer drag of a row down 400 px in 20 moves',
    hash: '#/backlog',
    ready: backlogReady,
    run: async (page) => {
      const handle = page.locator('.backlog-row').nth(2).locator('.drag-handle');
      const box = await handle.boundingBox();
      if (!box) throw new Error('no drag handle');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await installProbe(page, ['pointermove']);
      await page.mouse.down();
      for (let i = 1; i <= 20; i++) await measured(page, () => page.mouse.move(x, y + i * 20));
      await page.mouse.up();
      return takeSamples(page);
    },
  },
  ...CEREMONY_SCENARIOS,
];

/** Each scenario runs on this many fresh page loads (its first interactions included each time). */
const PAGE_LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 5);

/** `BENCH_SCENARIOS=board npm run bench -- interaction` runs only the scenarios whose name matches. */
const only = process.env.BENCH_SCENARIOS ? new RegExp(process.env.BENCH_SCENARIOS, 'i') : null;

async function openApp(browser: Browser, host: Host, scenario: Scenario): Promise<Page> {
  const page = await newPage(browser);
  // Before the page loads, for scenarios that wait for a call's answer (it may come over the page's socket).
  watchApiTraffic(page);
  await page.goto(`${host.url}${scenario.hash}`);
  await scenario.ready(page);
  return page;
}

/**
 * The floor: the same keystrokes into the input of the empty React page, on a page kept open for the
 * whole bench. Each scenario's row compares with the keystrokes typed between its own page loads, so a
 * machine that gets busier during the bench loads both sides alike.
 */
async function openFloor(browser: Browser): Promise<{ type: () => Promise<number[]>; close: () => Promise<void> }> {
  const host = await startHost(freshDir('floor-data'), await buildFloor());
  const page = await newPage(browser);
  await page.goto(host.url);
  return {
    type: () => typeAndClear(page, 'input'),
    close: async () => {
      await page.context().close();
      await host.stop();
    },
  };
}

export async function benchInteraction(results: Results): Promise<void> {
  console.log('Interaction latency (Chromium, large workspace, 10,000 items in the open team)…');
  const dataDir = await preparedDataDir(LARGE_HOT);
  const browser = await launch();
  const floorPage = await openFloor(browser);
  try {
    for (const scenario of SCENARIOS.filter((s) => !only || only.test(s.name))) {
      const host = await startHost(dataDir);
      try {
        const samples: number[] = [];
        const floorSamples: number[] = [];
        for (let r = 0; r < PAGE_LOADS; r++) {
          floorSamples.push(...(await floorPage.type()));
          const page = await openApp(browser, host, scenario);
          samples.push(...(await scenario.run(page)));
          await page.context().close();
        }
        const value = summarize(samples);
        const floor = summarize(floorSamples);
        addRow(results, {
          section: '3. Interaction (large-hot)',
          name: `${scenario.name}: input → next paint`,
          unit: 'ms',
          value,
          floor,
          target: `p95 ≤ ${FLOOR_FACTOR}× floor p95`,
          pass: value.p95 <= FLOOR_FACTOR * floor.p95,
          note: `${scenario.note ? `${scenario.note}; ` : ''}floor: the same kind of input on the empty React page (keystrokes into an input, typed between this row’s page loads)`,
        });
      } finally {
        await host.stop();
      }
    }
  } finally {
    await floorPage.close();
    await browser.close();
  }
}
