import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, team } from '../helpers/fixtures';
import { expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { appWithTeams } from './helpers/app';
import { middleOf, pressAndMove } from './helpers/drag';
import { compositedLayers } from './helpers/layers';
import { toProjector } from './helpers/projector';
import { callApi } from './helpers/server';

const COUNT = 600;

/** The virtualized backlog: only rows near the screen are in the DOM, yet every way of reordering still works. */
describe('backlog at scale (virtualized list)', () => {
  let teamId = '';
  const app = appWithTeams(() => {
    const big = team('Platform', {
      items: Array.from({ length: COUNT }, (_, i) => item(`Item ${String(i + 1).padStart(3, '0')}`, { points: 3 })),
    });
    teamId = big.id;
    return [big];
  });

  async function openBacklog(): Promise<Page> {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/backlog`);
    await page.getByRole('list', { name: 'Backlog items in priority order' }).waitFor();
    return page;
  }

  const titles = async () => (await callApi<TeamDoc>(app.server, 'getTeam', { teamId })).items.map((i) => i.title);
  const rowTitles = (page: Page) => page.locator('.backlog-row .backlog-row__title').allTextContents();

  /** A row's box against the window's part below the sticky header, and where focus is. */
  const placementOf = (page: Page, title: string) =>
    page.evaluate((t) => {
      const row = [...document.querySelectorAll('.backlog-row')].find((r) => r.textContent?.includes(t));
      const box = row?.getBoundingClientRect();
      const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
      return {
        // On screen, or where it is (its top and bottom, and the header's bottom) for the failure message.
        where:
          box && box.top >= header - 1 && box.bottom <= window.innerHeight + 1
            ? 'on screen'
            : `${box?.top}..${box?.bottom} outside the window below a header ending at ${header}`,
        focused: document.activeElement?.getAttribute('aria-label'),
      };
    }, title);

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
    await screenshot(page, 'perf-backlog-virtualized', { fullPage: false });
    await page.context().close();
  });

  it('draws the rows a scroll shows within its frame, and those it brings below the screen after it', async () => {
    const page = await openBacklog();
    const seen = await page.evaluate(async () => {
      const drawn = () =>
        [...document.querySelectorAll<HTMLElement>('.backlog-list > li')].map((li) => Number(li.dataset.index));
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const [first, second] = [...document.querySelectorAll<HTMLElement>('.backlog-list > li')];
      const pitch = (second?.getBoundingClientRect().top ?? 0) - (first?.getBoundingClientRect().top ?? 0);
      // A row in the middle of the window, read when a frame is drawn: a gap there would show blank.
      const middleRow = () =>
        document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)?.closest('.backlog-list > li') ?? null;
      // One row down: the row it brings up was drawn already (below the screen). The scroll event comes
      // before the frame's animation callbacks, so this one sees what the scroll's own frame draws.
      const before = drawn();
      window.scrollBy(0, pitch);
      await frame();
      const inScrollFrame = drawn();
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const afterPaint = drawn();
      // A jump far down: the rows on screen are drawn within that frame.
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      await frame();
      const jumpRow = middleRow()?.getAttribute('data-index') ?? null;
      return { before, inScrollFrame, afterPaint, jumpRow, pitch };
    });
    expect(seen.pitch).toBeGreaterThan(40);
    expect(seen.inScrollFrame).toEqual(seen.before);
    expect(Math.max(...seen.afterPaint)).toBe(Math.max(...seen.before) + 1);
    expect(Number(seen.jumpRow)).toBeGreaterThan(200);
    await page.context().close();
  });

  it('paints a key typed into the filter before filtering the list, which follows it', async () => {
    const page = await openBacklog();
    const filter = page.getByRole('searchbox', { name: 'Filter' });
    await filter.focus();
    // What the frame after the key shows: the field and the list's size, read when that frame is drawn.
    await page.evaluate(() => {
      window.addEventListener(
        'keydown',
        () =>
          requestAnimationFrame(() => {
            const field = document.querySelector<HTMLInputElement>('#backlog-filter-text');
            const row = document.querySelector('.backlog-row');
            document.body.dataset.frameAfterKey = `${field?.value}|${row?.getAttribute('aria-setsize')}`;
          }),
        { capture: true, once: true },
      );
    });
    await page.keyboard.press('9');
    await expect.poll(() => page.evaluate(() => document.body.dataset.frameAfterKey)).toBe(`9|${COUNT}`);
    // "Item 009", "Item 019" … "Item 599": 114 of the 600 titles hold a 9.
    await expect.poll(() => page.locator('.backlog-row').first().getAttribute('aria-setsize')).toBe('114');
    await page.context().close();
  });

  it('moves the focused row with Alt+↓ and keeps focus on it', async () => {
    const page = await openBacklog();
    await page.getByRole('button', { name: 'Reorder Item 001' }).focus();
    // The moved row keeps the focus as it moves: it never leaves it (no focus events), so nothing has to
    // give it back (taking it back cost each move a forced layout of the page).
    await page.evaluate(() => {
      const events: string[] = [];
      (window as unknown as { focusEvents: string[] }).focusEvents = events;
      for (const type of ['focusin', 'focusout']) document.addEventListener(type, () => events.push(type), true);
    });
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await titles()).slice(0, 3)).toEqual(['Item 002', 'Item 003', 'Item 001']);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Reorder Item 001');
    expect(await page.evaluate('window.focusEvents')).toEqual([]);
    // On past the bottom of the window: the page scrolls so the row stays wholly on screen, focused.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await titles()).indexOf('Item 001')).toBe(14);
    expect(await placementOf(page, 'Item 001')).toEqual({ where: 'on screen', focused: 'Reorder Item 001' });
    await page.context().close();
  });

  it('keeps the row moved by Alt+↓ focused when several presses come between two frames', async () => {
    const page = await openBacklog();
    const [moved = ''] = await rowTitles(page);
    const from = (await titles()).indexOf(moved);
    await page.getByRole('button', { name: `Reorder ${moved}` }).focus();
    // A busy machine (or a held key's repeats) can handle several key presses before the next frame, so
    // before the page's scroll event tells the list where the window now is. Each press here goes to
    // whatever has the focus and is rendered (React commits in a microtask) with no frame in between.
    const seen = await page.evaluate(async (label) => {
      const focusouts: string[] = [];
      document.addEventListener('focusout', (e) => focusouts.push(String((e.target as Element).ariaLabel)), true);
      const indexOfMoved = () =>
        document.querySelector(`[aria-label="${label}"]`)?.closest('[data-index]')?.getAttribute('data-index');
      for (let press = 0; press < 14; press++) {
        const before = indexOfMoved();
        document.activeElement?.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', altKey: true, bubbles: true }),
        );
        for (let turn = 0; turn < 20 && indexOfMoved() === before; turn++) await Promise.resolve();
      }
      return { index: indexOfMoved(), focused: document.activeElement?.ariaLabel ?? null, focusouts };
    }, `Reorder ${moved}`);
    expect(seen).toEqual({ index: String(from + 14), focused: `Reorder ${moved}`, focusouts: [] });
    await expect.poll(async () => (await titles()).indexOf(moved)).toBe(from + 14);
    await expect.poll(() => placementOf(page, moved)).toEqual({ where: 'on screen', focused: `Reorder ${moved}` });
    await page.context().close();
  });

  it('keeps the focused row in the page while the page is scrolled far away from it', async () => {
    const page = await openBacklog();
    const [first = ''] = await rowTitles(page);
    await page.getByRole('button', { name: `Edit ${first}` }).focus();
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await expect.poll(() => rowTitles(page)).toContain(`Item ${COUNT}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Edit ${first}`);
    await page.context().close();
  });

  it('moves a row with the keyboard (Space, arrows, Space), drawing it where it will land', async () => {
    const page = await openBacklog();
    const before = await titles();
    const [first = '', , third = ''] = before;
    await page.getByRole('button', { name: `Reorder ${first}` }).focus();
    // Keys at typing speed: nothing needs measuring between them.
    await page.keyboard.press('Space');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    const top = async (title: string) =>
      (await page.locator('.backlog-row', { hasText: title }).boundingBox())?.y ?? NaN;
    // Held over place 13: drawn below the 13th item and above the 14th, the rows it passed moved up.
    await expect.poll(async () => (await top(first)) > (await top(before[12] ?? '')), { timeout: 3000 }).toBe(true);
    await expect.poll(async () => (await top(first)) < (await top(before[13] ?? ''))).toBe(true);
    expect(await page.getByText(`${first} is over position 13.`).count()).toBe(1);
    // The ranks on screen read as they will after the drop: the held row shows 13, the row above it 12.
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: first })
        .getByLabel(/^Rank /)
        .textContent(),
    ).toBe('13');
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: before[12] ?? '' })
        .getByLabel(/^Rank /)
        .textContent(),
    ).toBe('12');
    await expectNoAxeViolations(page, 'backlog with a row held by the keyboard');
    await screenshot(page, 'perf-backlog-keyboard-move', { fullPage: false });
    // Nothing is saved until the drop.
    expect((await titles()).indexOf(first)).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await titles()).indexOf(first)).toBe(12);

    // End takes a row to the bottom of the 600, far off screen, and focus stays with it.
    await page.getByRole('button', { name: `Reorder ${third}` }).focus();
    for (const key of ['Space', 'End', 'Space']) await page.keyboard.press(key);
    await expect.poll(async () => (await titles()).at(-1)).toBe(third);
    const focused = () => page.evaluate('document.activeElement?.getAttribute("aria-label")');
    await expect.poll(focused).toBe(`Reorder ${third}`);
    // Home then Escape: the row goes back to the bottom, and keeps the focus there.
    for (const key of ['Space', 'Home', 'Escape']) await page.keyboard.press(key);
    await expect.poll(focused).toBe(`Reorder ${third}`);
    expect((await titles()).at(-1)).toBe(third);
    await page.context().close();
  });

  it('keeps the row held by the keyboard on screen, below the header, on the projector', async () => {
    const page = await openBacklog();
    // Presentation mode after the list is laid out: larger type moves the list down the page.
    await toProjector(page);
    const title = (await titles())[4] ?? '';
    const handle = page.getByRole('button', { name: `Reorder ${title}` });
    const inView = { where: 'on screen', focused: `Reorder ${title}` };
    const placement = () => placementOf(page, title);
    await handle.focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(placement).toEqual(inView);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await titles()).indexOf(title)).toBe(44);
    expect(await placement()).toEqual(inView);
    await screenshot(page, 'perf-backlog-keyboard-drop-projector', { fullPage: false });
    // Back up past the top of the window: the row stops below the header, not under it.
    await page.keyboard.press('Space');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(placement).toEqual(inView);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await titles()).indexOf(title)).toBe(14);
    expect(await placement()).toEqual(inView);
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
    const layersBefore = await compositedLayers(page);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x + from.width / 2, from.y + ((to.y - from.y + 8) * i) / 10 + from.height / 2);
      // The rows stepping aside get no layer of their own (see flat-translate.ts); the one new layer is the
      // drag overlay carrying the row's copy.
      if (i === 5) expect(await compositedLayers(page)).toBeLessThanOrEqual(layersBefore + 1);
    }
    await page.mouse.up();
    await expect.poll(async () => (await titles()).indexOf(before[0] ?? '')).toBe(2);
    await page.context().close();
  });

  it('leaves the order as it was when a dragged row is let go away from the list', async () => {
    const page = await openBacklog();
    const before = await titles();
    const moved = before[3] ?? '';
    const row = page.locator('.backlog-row', { hasText: moved }).first();
    const place = await row.boundingBox();
    if (!place) throw new Error('rows not laid out');
    // Up over the rows above it (they step aside), then on up onto the page's header, and let go there.
    const from = await middleOf(row.getByRole('button', { name: `Reorder ${moved}` }));
    await pressAndMove(page, from, (await middleOf(page.locator('.app-header'))).y);
    // Away from the list no row is the target: the row dragged shows back in its own place.
    await expect.poll(async () => (await page.locator('.backlog-row.is-drag-source').boundingBox())?.y).toBe(place.y);
    await page.mouse.up();
    // dnd-kit's live region tells a screen reader what happened.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'away from the list' }).allTextContents())
      .toEqual([`${moved} was let go away from the list and stays at position 4.`]);
    expect(await titles()).toEqual(before);
    expect((await rowTitles(page)).slice(0, 5)).toEqual(before.slice(0, 5));
    await page.context().close();
  });

  it('keeps the dragged row under the pointer while the page scrolls under it', async () => {
    const page = await openBacklog();
    const handle = page.locator('.backlog-row').first().locator('.drag-handle');
    const from = await handle.boundingBox();
    const height = page.viewportSize()?.height;
    if (!from || !height) throw new Error('rows not laid out');
    const x = from.x + from.width / 2;
    const start = from.y + from.height / 2;
    const edge = height - 24;
    await page.mouse.move(x, start);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x, start + ((edge - start) * i) / 10);
    // The pointer rests by the window's bottom edge: the page scrolls down under the dragged row, which
    // is watched frame by frame until the page has scrolled far (where the pointer is in each frame's
    // drawing of it: in the row's box, not above or below it).
    const misses = await page.evaluate(
      (y) =>
        new Promise<string[]>((resolve) => {
          const found: string[] = [];
          const frame = () => {
            // The row drawn under the pointer: the overlay's copy.
            const box = document.querySelector('.backlog-row--overlay')?.getBoundingClientRect();
            if (!box || box.top > y || box.bottom < y)
              found.push(`${box?.top}..${box?.bottom} at scroll ${window.scrollY}`);
            if (window.scrollY > 1500) resolve(found);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
      edge,
    );
    expect(misses).toEqual([]);
    await screenshot(page, 'backlog-drag-autoscroll', { fullPage: false });
    await page.mouse.up();
    await page.context().close();
  });
});
