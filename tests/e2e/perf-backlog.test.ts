import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, team, writeWorkspace } from '../helpers/fixtures';
import path from 'node:path';
import { expectNoAxeViolations, launchBrowser, newPage, SCREENSHOT_DIR } from './helpers/browser';
import { callApi, freshDataDir, startServer, type RunningServer } from './helpers/server';

const COUNT = 600;

/** The virtualized backlog: only rows near the screen are in the DOM, yet every way of reordering still works. */
describe('backlog at scale (virtualized list)', () => {
  let browser: Browser;
  let server: RunningServer;
  let teamId: string;

  beforeAll(async () => {
    const dataDir = freshDataDir();
    const big = team('Platform', {
      items: Array.from({ length: COUNT }, (_, i) => item(`Item ${String(i + 1).padStart(3, '0')}`, { points: 3 })),
    });
    teamId = big.id;
    writeWorkspace(dataDir, [big]);
    server = await startServer(dataDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openBacklog(): Promise<Page> {
    const page = await newPage(browser);
    await page.goto(`${server.url}#/backlog`);
    await page.getByRole('list', { name: 'Backlog items in priority order' }).waitFor();
    return page;
  }

  const titles = async () => (await callApi<TeamDoc>(server, 'getTeam', { teamId })).items.map((i) => i.title);
  const rowTitles = (page: Page) => page.locator('.backlog-row .backlog-row__title').allTextContents();

  it('renders only the rows near the screen and tells assistive tech the full size', async () => {
    const page = await openBacklog();
    const rendered = await page.locator('.backlog-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    await expect.poll(() => page.locator('.backlog-row').first().getAttribute('aria-setsize')).toBe(String(COUNT));
    // Scrolling to the end brings the last rows in.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await expect.poll(() => rowTitles(page)).toContain(`Item ${COUNT}`);
    await expectNoAxeViolations(page, 'virtualized backlog (scrolled to the end)');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator('.backlog-row').first().waitFor();
    // The viewport only: a full-page shot of a 600-row list is mostly empty space the virtualizer reserves.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'perf-backlog-virtualized.png') });
    await page.context().close();
  });

  it('moves the focused row with Alt+↓ and keeps focus on it', async () => {
    const page = await openBacklog();
    await page.getByRole('button', { name: 'Reorder Item 001' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await titles()).slice(0, 3)).toEqual(['Item 002', 'Item 003', 'Item 001']);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Reorder Item 001');
    await page.context().close();
  });

  it('reorders with the dnd-kit keyboard drag (Space, arrows, Space)', async () => {
    const page = await openBacklog();
    const before = await titles();
    await page.getByRole('button', { name: `Reorder ${before[0]}` }).focus();
    // dnd-kit measures the rows after the pick-up; a person's pace between keys gives it the frames it needs.
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    };
    await press('Space');
    for (let i = 0; i < 12; i++) await press('ArrowDown');
    await press('Space');
    await expect.poll(async () => (await titles()).indexOf(before[0] ?? '')).toBe(12);
    await page.context().close();
  });

  it('reorders with a pointer drag', async () => {
    const page = await openBacklog();
    const before = await titles();
    const handle = page.getByRole('button', { name: `Reorder ${before[0]}` });
    const target = page.getByRole('button', { name: `Reorder ${before[2]}` });
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rows not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x + from.width / 2, from.y + ((to.y - from.y + 8) * i) / 10 + from.height / 2);
    }
    await page.mouse.up();
    await expect.poll(async () => (await titles()).indexOf(before[0] ?? '')).toBe(2);
    await page.context().close();
  });
});
