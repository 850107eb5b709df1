import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team } from '../helpers/fixtures';
import { expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { appWithTeams } from './helpers/app';
import { callApi } from './helpers/server';

const TODO_COUNT = 160;
const TODO = (page: Page) => page.getByRole('list', { name: /^Planned: To do, \d+ cards$/ });

/**
 * A sprint far larger than a board shows at once: long columns scroll on their own and render only the
 * cards near their visible part, both lanes stay on screen, and every way of moving a card still works.
 */
describe('board at scale (virtualized columns)', () => {
  let teamId = '';
  const app = appWithTeams(() => {
    const today = new Date();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const ada = member('Ada');
    const s = sprint({ name: 'Sprint 9', startDate: day(-3), endDate: day(10), state: 'active' });
    const big = team('Platform', {
      members: [ada],
      sprints: [s],
      items: [
        ...Array.from({ length: TODO_COUNT }, (_, i) =>
          item(`Card ${String(i + 1).padStart(3, '0')}`, { sprintId: s.id, points: 2, ownerId: ada.id }),
        ),
        item('Page storm on the API gateway', {
          sprintId: s.id,
          points: 3,
          unplanned: true,
          status: 'in_progress',
          interrupt: { key: 'INC-7', severity: 'sev2', hours: null, takenBy: null, loggedAt: today.toISOString() },
        }),
      ],
    });
    teamId = big.id;
    return [big];
  });

  async function openBoard(): Promise<Page> {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/standup`);
    await TODO(page).locator('.board-card').first().waitFor();
    return page;
  }

  const statusOf = async (title: string) =>
    (await callApi<TeamDoc>(app.server, 'getTeam', { teamId })).items.find((i) => i.title === title)?.status;

  it('renders only the cards near the screen, keeps the interrupt lane close and gives the full count', async () => {
    const page = await openBoard();
    const rendered = await TODO(page).locator('.board-card').count();
    expect(rendered).toBeGreaterThan(2);
    expect(rendered).toBeLessThan(40);
    await expect
      .poll(() => TODO(page).locator('.board-card').first().getAttribute('aria-setsize'))
      .toBe(String(TODO_COUNT));
    // However long the planned columns, the interrupt lane starts less than a screen below them (the
    // columns scroll on their own), not after 160 cards' worth of page.
    const planned = await page.getByRole('region', { name: 'Planned work' }).boundingBox();
    const interrupts = await page.getByRole('region', { name: /Interrupt lane/ }).boundingBox();
    if (!planned || !interrupts) throw new Error('lanes not laid out');
    expect(interrupts.y - planned.y).toBeLessThan(page.viewportSize()?.height ?? 0);
    await screenshot(page, 'perf-board-virtualized', { fullPage: false });
    // Scrolling the column brings its last cards in.
    await TODO(page).evaluate((list) => list.parentElement?.scrollTo(0, list.scrollHeight));
    await expect.poll(() => TODO(page).locator('.board-card__title').allTextContents()).toContain(`Card ${TODO_COUNT}`);
    await expectNoAxeViolations(page, 'virtualized board (column scrolled to the end)');
    await page.context().close();
  });

  it('keeps the focused card in the page while its column is scrolled far away from it', async () => {
    const page = await openBoard();
    const button = TODO(page).locator('.board-card').first().getByRole('button').first();
    const label = await button.getAttribute('aria-label');
    await button.focus();
    await TODO(page).evaluate((list) => list.parentElement?.scrollTo(0, list.scrollHeight));
    await expect.poll(() => TODO(page).locator('.board-card__title').allTextContents()).toContain(`Card ${TODO_COUNT}`);
    // Drawn beside the cards now on screen, it keeps the focus: Tab goes on from it, not from the page's top.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await page.context().close();
  });

  it('moves a card with its arrow button and counts it in the next column', async () => {
    const page = await openBoard();
    await page.getByRole('button', { name: 'Move Card 001 to In progress' }).click();
    await page.getByRole('list', { name: 'Planned: In progress, 1 card' }).getByText('Card 001').waitFor();
    await expect.poll(() => statusOf('Card 001')).toBe('in_progress');
    await TODO(page)
      .and(page.getByRole('list', { name: `Planned: To do, ${TODO_COUNT - 1} cards` }))
      .waitFor();
    await page.context().close();
  });

  it('moves a card with the keyboard (Space, →, Space), marking the column it will land in', async () => {
    const page = await openBoard();
    const handle = page.getByRole('button', { name: 'Drag Card 002' });
    await handle.focus();
    // Keys at typing speed: nothing needs measuring between them.
    await page.keyboard.press('Space');
    expect(await handle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Review's header cell says "Drop here" and Review's column in the planned lane is marked; nothing else is.
    expect(await page.locator('.board__header span').nth(2).textContent()).toBe('Drop here ↓');
    expect(await page.locator('.board__header .is-drop-target').count()).toBe(1);
    expect(await page.locator('.board-column.is-over').evaluateAll((columns) => columns.length)).toBe(1);
    expect(await page.locator('.board-lane--planned .board-column').nth(2).getAttribute('class')).toContain('is-over');
    expect(await page.getByText('Card 002 is over Review.').count()).toBe(1);
    // Nothing is saved until the drop.
    expect(await statusOf('Card 002')).toBe('todo');
    await expectNoAxeViolations(page, 'board with a card held by the keyboard');
    await screenshot(page, 'perf-board-keyboard-move', { fullPage: false });
    await page.keyboard.press('Space');
    await expect.poll(() => statusOf('Card 002')).toBe('review');
    expect(await page.locator('.board__header .is-drop-target').count()).toBe(0);
    expect(await page.locator('.board-column.is-over').count()).toBe(0);
    // Focus follows the card to its new column, so the next move can start from there.
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Drag Card 002');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    expect(await page.getByText('Moving Card 002 was cancelled.').count()).toBe(1);
    expect(await statusOf('Card 002')).toBe('review');
    await page.context().close();
  });

  it('moves a card with a pointer drag into another column', async () => {
    const page = await openBoard();
    const handle = page.getByRole('button', { name: 'Drag Card 003' });
    const target = page.getByRole('list', { name: /^Planned: Done, \d+ cards$/ });
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('board not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(
        from.x + ((to.x + to.width / 2 - from.x) * i) / 12,
        from.y + ((to.y + 20 - from.y) * i) / 12,
      );
    }
    await page.mouse.up();
    await expect.poll(() => statusOf('Card 003')).toBe('done');
    await page.context().close();
  });
});
