import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { newPage, screenshot, sidewaysOverflow } from './helpers/browser';

/**
 * The layout tests' walk (layout.test.ts, layout-narrow.test.ts): every screen, and every tab or state of one
 * that lays out differently, opened in one window and checked for sideways scrolling. The team is a generated
 * one with a realistic history (six people, 200 items, ten sprints with standups, reviews and retros).
 */

/** Every screen, and every tab or state of one that lays out differently. */
const VISITS: { name: string; go: (page: Page) => Promise<void> }[] = [
  { name: 'Team', go: (page) => openScreen(page, 'Team') },
  { name: 'Backlog', go: (page) => openScreen(page, 'Backlog') },
  ...['Plan', 'Calendar', 'Estimate', 'Velocity', 'Settings'].map((tab) => ({
    name: `Planning / ${tab}`,
    go: async (page: Page) => {
      await openScreen(page, 'Planning');
      await page.getByRole('button', { name: tab, exact: true }).click();
    },
  })),
  ...['Board', 'Standup timer'].map((tab) => ({
    name: `Standup / ${tab}`,
    go: async (page: Page) => {
      await openScreen(page, 'Standup');
      await page.getByRole('tab', { name: tab }).click();
    },
  })),
  {
    name: 'Review of a closed sprint',
    go: async (page) => {
      await openScreen(page, 'Review');
      const sprint = page.getByLabel('Sprint', { exact: true });
      const closed = (await sprint.locator('option').allTextContents()).find((o) => o.startsWith('Sprint 9 '));
      await sprint.selectOption({ label: closed ?? '' });
      await page.getByRole('heading', { name: /^Demo agenda/ }).waitFor();
    },
  },
  {
    name: 'Retro, opened',
    go: async (page) => {
      await openScreen(page, 'Retro');
      await page.getByRole('button', { name: 'Open Sprint 10 retro' }).click();
      await page.getByRole('heading', { level: 2, name: 'Sprint 10 retro' }).waitFor();
    },
  },
  { name: 'Data & backups', go: (page) => openScreen(page, 'Data & backups') },
];

/** The screens used before the ceremonies, to prepare them. */
const PREPARATION = /^(Team|Backlog|Planning|Data)/;

export async function openScreen(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await page.locator('main h2').first().waitFor();
}

export async function openApp(page: Page, url: string, presentation: boolean) {
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: 'Backlog' }).waitFor();
  if (presentation) await page.getByRole('button', { name: 'Presentation mode' }).click();
}

/**
 * Cells of a table laid out as a table that are not laid out as cells (a `td` made a flex box): the row's
 * line and the column's width stop short at that cell. A table made into cards on a phone is left alone.
 */
function cellsOutOfTheirTable(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main table')]
      .filter((table) => getComputedStyle(table).display === 'table')
      .flatMap((table) => [...table.querySelectorAll(':scope > * > tr > td, :scope > * > tr > th')])
      .filter((cell) => getComputedStyle(cell).display !== 'table-cell')
      .map(
        (cell) =>
          `${cell.closest('table')?.querySelector('caption')?.textContent ?? 'table'}: ${cell.textContent?.trim().slice(0, 40)} (${getComputedStyle(cell).display})`,
      ),
  );
}

/** One test per window: every screen fits it with no sideways scrolling (fitsEveryScreen). */
export function itFitsEveryScreen(
  app: { readonly server: { url: string }; readonly browser: Browser },
  windows: readonly { width: number; presentation: boolean }[],
): void {
  for (const { width, presentation } of windows) {
    const mode = presentation ? ' in presentation mode' : '';
    it(`fits every screen in a ${width} px window${mode}, with no sideways scrolling`, () =>
      fitsEveryScreen(app, width, presentation));
  }
}

/**
 * Opens every screen in a `width` × 768 window (in presentation mode if asked) and fails on any that scrolls
 * sideways or has a table cell out of its table's layout; each screen's code and CSS loads once, when it is first opened, with nothing for the console to
 * warn about. Saves the preparation screens at 1366 px and every screen at 390 px.
 */
async function fitsEveryScreen(
  app: { readonly server: { url: string }; readonly browser: Browser },
  width: number,
  presentation: boolean,
): Promise<void> {
  const page = await newPage(app.browser, { width, height: 768 });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  const fetched = new Map<string, number>();
  page.on('request', (r) => {
    if (/\.(css|js)$/.test(r.url())) fetched.set(r.url(), (fetched.get(r.url()) ?? 0) + 1);
  });
  await openApp(page, app.server.url, presentation);
  const overflowing: string[] = [];
  const brokenTables: string[] = [];
  for (const visit of VISITS) {
    await visit.go(page);
    // Judged once the screen's layout has been painted (two frames after it appeared).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const stuckOut = await sidewaysOverflow(page);
    brokenTables.push(...(await cellsOutOfTheirTable(page)).map((cell) => `${visit.name}: ${cell}`));
    // The preparation screens as the facilitator's laptop (1366 × 768) shows them.
    if (width === 1366 && PREPARATION.test(visit.name))
      await screenshot(page, `prepare-1366-${visit.name.replace(/\W+/g, '-').toLowerCase()}`, { fullPage: false });
    if (width === 390) await screenshot(page, `phone-390-${visit.name.replace(/\W+/g, '-').toLowerCase()}`);
    if (stuckOut.length > 0) overflowing.push(`${visit.name}: ${stuckOut.join('; ')}`);
  }
  expect(overflowing).toEqual([]);
  expect(brokenTables).toEqual([]);
  expect(warnings).toEqual([]);
  expect([...fetched].filter(([, times]) => times > 1)).toEqual([]);
  expect([...fetched.keys()].filter((url) => url.endsWith('.css')).length).toBeGreaterThan(3);
  await page.close();
}
