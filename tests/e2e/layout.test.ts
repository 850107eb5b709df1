import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate';
import { PROFILES } from '../../bench/generate/profiles';
import { expectNoAxeViolations, newPage, screenshot, sidewaysOverflow } from './helpers/browser';
import { appWithTeams } from './helpers/app';
import { itFitsEveryScreen, openApp, openScreen } from './layout-steps';

/**
 * Small projectors: every screen fits the window with no sideways scrolling at 1024 px, and at 1024 and
 * 1280 px in presentation mode (26 px type); tablets and phones are in layout-narrow.test.ts. Rows, toolbars
 * and the navigation wrap; a table too wide for the window scrolls inside its own focusable box.
 */

/** A select's chosen option: its text, that text's width in the select's own font, and the room the select gives it. */
const selectedTextFit = (select: Locator) =>
  select.evaluate((el: HTMLSelectElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const label = el.selectedOptions[0]?.textContent ?? '';
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { label, text: context.measureText(label).width, room };
  });

describe('small projectors', () => {
  const app = appWithTeams(() => generateWorkspace(PROFILES.small, 7).teams);

  itFitsEveryScreen(app, [
    { width: 1366, presentation: false },
    { width: 1024, presentation: false },
    { width: 1024, presentation: true },
    { width: 1280, presentation: true },
  ]);

  it('puts a backlog row on two lines at 1024 px and keeps the keyboard move and axe happy', async () => {
    const page = await newPage(app.browser, { width: 1024, height: 768 });
    await openApp(page, app.server.url, false);
    const row = page.locator('.backlog-row').first();
    const title = await row.locator('.backlog-row__title').boundingBox();
    const remove = await row.getByRole('button', { name: /^Delete / }).boundingBox();
    expect(remove!.y).toBeGreaterThan(title!.y + title!.height / 2);
    expect(remove!.x + remove!.width).toBeLessThanOrEqual(1024);

    // Space, ↓, ↓, Space on the first row: it lands third, ranks read 1, 2, 3 in the new order.
    const first = (await row.locator('.backlog-row__title').textContent()) ?? '';
    await page.getByRole('button', { name: `Reorder ${first}` }).focus();
    for (const key of ['Space', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
    await screenshot(page, 'layout-1024-backlog-keyboard-move', { fullPage: false });
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.backlog-row__title').nth(2).textContent()).toBe(first);
    await expectNoAxeViolations(page, 'backlog at 1024 px');
    await screenshot(page, 'layout-1024-backlog', { fullPage: false });

    await page.close();
  });

  it('shows what a row misses from the Definition of Ready over the list at 1024 px, the rows keeping their height', async () => {
    const page = await newPage(app.browser, { width: 1024, height: 768 });
    await openApp(page, app.server.url, false);
    const heights = () =>
      page
        .locator('.backlog-row')
        .evaluateAll((rows) => rows.map((li) => Math.round(li.getBoundingClientRect().height)));
    const before = await heights();
    const row = page
      .locator('.backlog-row')
      .filter({ has: page.locator('.readiness-chip') })
      .first();
    const chip = row.locator('.readiness-chip');
    await chip.focus();
    await page.keyboard.press('Enter');
    const shown = page.getByRole('dialog', { name: /^Definition of Ready for / });
    await expect.poll(() => shown.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await heights()).toEqual(before);
    // Drawn below its row, over the rows under it, within the window.
    const [rowBox, box] = [await row.boundingBox(), await shown.boundingBox()];
    expect(box!.y).toBeGreaterThanOrEqual(rowBox!.y + rowBox!.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    expect(await shown.getByRole('listitem').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'backlog with a row’s missing entries shown');
    await screenshot(page, 'layout-1024-backlog-missing-for-ready', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => shown.count()).toBe(0);
    expect(await chip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  for (const { width, presentation } of [
    { width: 1366, presentation: false },
    { width: 1024, presentation: false },
    { width: 1440, presentation: true },
  ]) {
    const mode = presentation ? ' in presentation mode' : '';
    it(`gives every backlog row one height at ${width} px${mode}: a long title keeps to its line`, async () => {
      const page = await newPage(app.browser, { width, height: 900 });
      await openApp(page, app.server.url, presentation);
      // A title longer than any line, and more labels than fit.
      const row = page.locator('.backlog-row').nth(1);
      const rowTitle = (await row.locator('.backlog-row__title').textContent()) ?? '';
      await row.getByRole('button', { name: `Edit ${rowTitle}` }).click();
      const long = `${'Rotate the ingress controller certificates on every cluster '.repeat(3)}before they expire`;
      await page.getByLabel('Title').fill(long);
      await page.getByLabel(/^Labels/).fill('networking, security, certificates, kubernetes, ingress, compliance');
      await page.getByRole('button', { name: 'Save item' }).click();
      await page.locator('.backlog-row__title', { hasText: long }).waitFor();
      const boxes = await page
        .locator('.backlog-row')
        .evaluateAll((rows) => rows.slice(0, 8).map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
      const heights = new Set(boxes.map((b) => Math.round(b.height)));
      expect(heights.size).toBe(1);
      // Placed one under another, none overlapping the next.
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
      // The long title is cut on screen and whole in its tooltip; every label is in the labels' tooltip.
      const title = page.locator('.backlog-row__title', { hasText: long });
      expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await title.getAttribute('title')).toBe(long);
      const labels = page.locator('.backlog-row', { has: title }).locator('.backlog-row__labels');
      expect(await labels.getAttribute('title')).toContain('compliance');
      expect(await sidewaysOverflow(page)).toEqual([]);
      await screenshot(page, `layout-${width}${presentation ? '-presentation' : ''}-backlog-rows`, { fullPage: false });
      await page.close();
    });
  }

  it('shows the whole item to estimate beside its start button, and the whole sprint chosen, on a 1920 px projector', async () => {
    const page = await newPage(app.browser, { width: 1920, height: 1080 });
    await openApp(page, app.server.url, true);
    await openScreen(page, 'Planning');
    await page.getByRole('button', { name: 'Estimate', exact: true }).click();
    const picker = page.getByLabel('Item to estimate');
    // The longest option of a usual length: another test here gives one item a title no line can hold.
    const options = (await picker.locator('option').allTextContents()).slice(1).filter((o) => o.length <= 80);
    const longest = options.reduce((a, b) => (b.length > a.length ? b : a));
    await picker.selectOption({ label: longest });
    const start = page.getByRole('button', { name: 'Start estimating' });
    await start.waitFor();
    const fit = await selectedTextFit(picker);
    expect(fit.text).toBeGreaterThan(500);
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    // The sprint picker beside the screen's title shows its sprint's name and dates in full, the year too.
    const sprint = await selectedTextFit(page.getByLabel('Sprint', { exact: true }));
    expect(sprint.label).toMatch(/\d{4}\)$/);
    expect(sprint.text).toBeLessThanOrEqual(sprint.room);
    const [select, button] = [await picker.boundingBox(), await start.boundingBox()];
    expect(Math.abs(select!.y + select!.height / 2 - (button!.y + button!.height / 2))).toBeLessThan(4);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectNoAxeViolations(page, 'planning poker in presentation mode at 1920 px');
    await screenshot(page, 'layout-1920-presentation-poker-picker', { fullPage: false });
    await page.close();
  });

  it('lets a too-wide table scroll inside its own focusable box in presentation mode at 1024 px', async () => {
    const page = await newPage(app.browser, { width: 1024, height: 768 });
    await openApp(page, app.server.url, true);
    await openScreen(page, 'Planning');
    const box = page.getByRole('region', { name: 'Capacity per member' });
    await box.waitFor();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectNoAxeViolations(page, 'planning in presentation mode at 1024 px');
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, 'layout-1024-presentation-capacity', { fullPage: false });
    await page.close();
  });
});

/**
 * The controls on screen that something else would take the click from: for each visible button, link
 * and field whose middle is in the window below the sticky header, what the page hit-tests there.
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea');
    const covered: string[] = [];
    for (const el of controls) {
      if (el.closest('.app-header')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      // Scrolled under the header or out of the window: not on screen, nothing to cover.
      if (y <= header || y >= window.innerHeight || x <= 0 || x >= window.innerWidth) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && !el.contains(hit) && !hit.contains(el)) {
        covered.push(`${el.getAttribute('aria-label') ?? el.textContent?.trim()} (under ${hit.className})`);
      }
    }
    return covered;
  });
}

describe('notifications', () => {
  const app = appWithTeams(() => generateWorkspace(PROFILES.small, 7).teams);

  it('undoes a deletion with Ctrl+Z, the row back in its place and the focus kept in the backlog', async () => {
    const page = await newPage(app.browser, { width: 1366, height: 768 });
    await openApp(page, app.server.url, false);
    const titles = () => page.locator('.backlog-row__title').allTextContents();
    // The first rows (the list draws only those near the window).
    const before = (await titles()).slice(0, 6);
    const title = before[3] ?? '';
    const remove = page
      .locator('.backlog-row')
      .nth(3)
      .getByRole('button', { name: `Delete ${title}` });
    await remove.focus();
    await page.keyboard.press('Enter');
    const notifications = page.getByRole('region', { name: 'Notifications' });
    await notifications.getByText(`Deleted “${title}”.`).waitFor();
    expect((await titles()).includes(title)).toBe(false);
    const undo = notifications.getByRole('button', { name: 'Undo delete' });
    expect(await undo.getAttribute('aria-keyshortcuts')).toBe('Control+Z Meta+Z');
    await screenshot(page, 'toast-undo-shortcut', { fullPage: false });
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.closest('.backlog-row')?.getAttribute('data-item-id') ?? null);
    const focusedBefore = await focusedRow();
    expect(focusedBefore).not.toBeNull();
    await page.keyboard.press('Control+z');
    await notifications.getByText(`Deleted “${title}”.`).waitFor({ state: 'detached' });
    await expect.poll(async () => (await titles()).slice(0, 6)).toEqual(before);
    expect(await focusedRow()).toBe(focusedBefore);
    // The shortcuts list names it.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.getByRole('row', { name: /Ctrl\+Z .*Undo what the notification reports/ }).count()).toBe(1);
    await page.close();
  });

  // A 1280 px projector leaves the slot beside the team switcher too narrow for a long message's two lines with
  // its buttons beside them; at 1024 px there is no room beside the tools at all.
  for (const { width, height, presentation } of [
    { width: 1280, height: 720, presentation: false },
    { width: 1024, height: 768, presentation: false },
    { width: 1024, height: 768, presentation: true },
  ]) {
    const mode = presentation ? ' in presentation mode' : '';
    it(`keeps the header's height while a long message and its buttons show at ${width} × ${height}${mode}`, async () => {
      const page = await newPage(app.browser, { width, height });
      await openApp(page, app.server.url, presentation);
      const headerHeight = async () => (await page.locator('.app-header').boundingBox())?.height;
      const before = await headerHeight();
      const title = `Rotate the TLS certificates on every edge proxy before they expire (${width}${mode})`;
      await page.getByRole('button', { name: 'New item' }).click();
      const dialog = page.getByRole('dialog', { name: 'New item' });
      await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
      await dialog.getByRole('button', { name: 'Create item' }).click();
      const notifications = page.getByRole('region', { name: 'Notifications' });
      await notifications.getByText(`Added “${title}”`).waitFor();
      // Nothing below the header moved (by a visible amount: a fraction of a pixel is rounding).
      expect(await headerHeight()).toBeCloseTo(before!, 0);
      // Deleting it offers Undo too: three buttons beside a long message. (The new item is at the foot of a long
      // list, which draws only the rows near the window: the filter brings it up.)
      await page.getByRole('searchbox', { name: 'Filter' }).fill(`(${width}${mode})`);
      await page.getByRole('button', { name: `Delete ${title}` }).click();
      const deleted = notifications.getByText(`Deleted “${title}”.`);
      await deleted.waitFor();
      await notifications.getByRole('button', { name: 'Undo delete' }).waitFor();
      expect(await headerHeight()).toBeCloseTo(before!, 0);
      // The message still has room to be read, and every button is inside the header.
      const size = await deleted.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect((await deleted.boundingBox())?.width).toBeGreaterThanOrEqual(12 * size);
      const header = await page.locator('.app-header').boundingBox();
      for (const button of await notifications.getByRole('button').all()) {
        const box = await button.boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(header!.y + header!.height);
      }
      await screenshot(page, `toast-long-${width}${presentation ? '-presentation' : ''}`, { fullPage: false });
      await notifications.getByRole('button', { name: 'Dismiss' }).click();
      await deleted.waitFor({ state: 'detached' });
      expect(await headerHeight()).toBeCloseTo(before!, 0);
      await expectNoAxeViolations(page, `backlog with a long notification at ${width} px${mode}`);
      await page.close();
    });
  }

  for (const { width, height, presentation } of [
    { width: 360, height: 740, presentation: false },
    { width: 1366, height: 768, presentation: false },
    { width: 1440, height: 900, presentation: true },
    { width: 1920, height: 1080, presentation: true },
  ]) {
    const mode = presentation ? ' in presentation mode' : '';
    it(`never cover a control at ${width} × ${height}${mode}, wherever the page is scrolled`, async () => {
      const page = await newPage(app.browser, { width, height });
      await openApp(page, app.server.url, presentation);
      // Deleting a row offers Undo for ten seconds; its message sits beside the row actions it came from.
      const row = page.locator('.backlog-row').nth(3);
      await row.scrollIntoViewIfNeeded();
      const title = (await row.locator('.backlog-row__title').textContent()) ?? '';
      await row.getByRole('button', { name: `Delete ${title}` }).click();
      const toast = page.getByRole('region', { name: 'Notifications' }).getByText(`Deleted “${title}”.`);
      await toast.waitFor();
      expect(await coveredControls(page)).toEqual([]);
      for (const y of [0, height / 2, height * 3]) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        expect(await toast.isVisible()).toBe(true);
        expect(await coveredControls(page)).toEqual([]);
      }
      // The message has room for its words beside its Undo (or above it, in a narrow window), never a few letters.
      const size = await toast.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const message = await page.locator('.toast__message').first().boundingBox();
      expect(message?.width).toBeGreaterThanOrEqual(12 * size);
      if (presentation) {
        expect(size).toBeGreaterThanOrEqual(24);
        // The header at most two rows.
        expect(message?.width).toBeGreaterThanOrEqual(300);
        const rows = new Set<number>();
        for (const part of ['.brand', '.team-switcher', '.toasts', '.app-header__tools']) {
          const box = await page.locator(part).first().boundingBox();
          if (box) rows.add(Math.round(box.y / 20));
        }
        expect(rows.size).toBeLessThanOrEqual(2);
      }
      await screenshot(page, `toast-${width}${presentation ? '-presentation' : ''}`, { fullPage: false });
      // The header keeps its height with or without a message: nothing below it moves. (On a phone the
      // message takes a row of its own while it shows.)
      const header = await page.locator('.app-header').boundingBox();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await toast.waitFor({ state: 'detached' });
      if (width >= 1024) expect((await page.locator('.app-header').boundingBox())?.height).toBe(header?.height);
      await expectNoAxeViolations(page, `backlog with a notification at ${width} px${mode}`);
      await page.close();
    });
  }
});
