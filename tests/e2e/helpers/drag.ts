import type { Locator, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** The middle of an element's box in the window. */
export async function middleOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The pointer pressed at `from` and moved straight up or down to `toY` in ten moves, not yet let go. */
export async function pressAndMove(page: Page, from: Point, toY: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x, from.y + ((toY - from.y) * i) / 10);
}
