import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './chromium';
import { ROOT } from './server';

export const SCREENSHOT_DIR = path.join(ROOT, 'tests', 'e2e', 'screenshots');

/** Debian's Chromium, started with the flags this sandbox needs. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A page in its own context; 1440 × 900 unless a test needs another window (a small projector). */
export async function newPage(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * Saves tests/e2e/screenshots/<name>.png: the whole page, or only the window (`fullPage: false`), e.g.
 * for a virtualized list, where the rest of the page is space the virtualizer reserves.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  if (!fullPage) {
    await page.screenshot({ path: file });
    return;
  }
  // A whole-page capture is taken from the top, or the sticky header would be drawn where the page was
  // scrolled to; and board cards skip painting while off screen (content-visibility: auto), which the capture
  // counts as all but the window: they are painted for it, as a person scrolling to them sees them. The page
  // is left as it was.
  // (Through the elements' style objects: the pages' policy refuses a style sheet added inline.)
  const scrolledTo = await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
    const y = window.scrollY;
    window.scrollTo(0, 0);
    return y;
  });
  await page.screenshot({ path: file, fullPage: true });
  await page.evaluate((y) => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.style.removeProperty('content-visibility');
    window.scrollTo(0, y);
  }, scrolledTo);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and fails with the violations listed.
 *
 * axe-core's source goes into each document once and stays for the later checks of that document: parsing
 * its ~600 kB costs more than a run. (@axe-core/playwright's AxeBuilder put it in again on every check, and
 * finished each run in a new blank page, ~4 s a check on a loaded 2-core machine against ~0.6 s this way.)
 * The app has no frames, so the page's document is the whole of it.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const summary = await page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
  expect(summary, `axe violations on ${where}:\n${summary.join('\n')}\n`).toEqual([]);
}

/** Fails unless each element is laid out wholly inside the window as it is scrolled now (above the fold). */
export async function expectAboveFold(page: Page, elements: readonly Locator[]): Promise<void> {
  const view = page.viewportSize();
  if (!view) throw new Error('The page has no fixed window size.');
  for (const element of elements) {
    const box = await element.boundingBox();
    // Soft: every element out of place is reported, and the run goes on to its screenshots.
    expect.soft(box, `${element.toString()} is not laid out`).not.toBeNull();
    if (!box) continue;
    const { x, y, width, height } = box;
    expect
      .soft(
        { top: y, bottom: y + height, left: x, right: x + width },
        `${element.toString()} is outside the ${view.width}×${view.height} window`,
      )
      .toEqual({
        top: expect.toSatisfy((v: number) => v >= -1),
        bottom: expect.toSatisfy((v: number) => v <= view.height + 1),
        left: expect.toSatisfy((v: number) => v >= -1),
        right: expect.toSatisfy((v: number) => v <= view.width + 1),
      });
  }
}

/** The computed font size, in px, of each element. */
export function fontSizes(elements: Locator): Promise<number[]> {
  return elements.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
}

/** The page's sideways overflow, naming the innermost elements that stick out past the window. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 1;
    return [...document.querySelectorAll('body *')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
}

/** The text of each cell (matched by `cells` inside `table`) that lies outside the box the table scrolls in. */
export function cellsOutOfSight(table: Locator, cells: string): Promise<string[]> {
  return table.evaluate((t, selector) => {
    const box = (t.parentElement ?? t).getBoundingClientRect();
    return [...t.querySelectorAll(selector)]
      .filter((cell) => {
        const r = cell.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      })
      .map((cell) => (cell.textContent ?? '').trim());
  }, cells);
}

/** Presses the button that downloads a file (browser mode), and returns the file's suggested name and its text. */
export async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const where = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(where, 'utf8') };
}
