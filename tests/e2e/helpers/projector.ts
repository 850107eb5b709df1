import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fontSizes } from './browser';

/** The room's projector. */
export const PROJECTOR = { width: 1920, height: 1080 };

/** Turns the window into the projector: 1920 × 1080, presentation mode on, scrolled to the top. */
export async function toProjector(page: Page): Promise<void> {
  await page.setViewportSize(PROJECTOR);
  await page.keyboard.press('Alt+KeyP');
  await page.locator('html[data-presentation="on"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Judged once the new layout has been painted (two frames).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Back to the window the test had, presentation mode off. */
export async function leaveProjector(page: Page, viewport = { width: 1440, height: 900 }): Promise<void> {
  await page.keyboard.press('Alt+KeyP');
  await page.locator('html[data-presentation="off"]').waitFor();
  await page.setViewportSize(viewport);
}

/** Body type on the projector is 28 px or more, and the content uses the width (no wide empty margins). */
export async function expectProjectorType(page: Page): Promise<void> {
  expect.soft(await fontSizes(page.locator('main'))).toEqual([expect.toSatisfy((px: number) => px >= 28)]);
  const main = await page.locator('main').boundingBox();
  expect.soft(main!.width).toBeGreaterThanOrEqual(PROJECTOR.width - 40);
}
