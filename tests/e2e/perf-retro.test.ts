import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RetroSchema } from '../../src/domain/retro/schema';
import { BUILT_IN_TEMPLATES } from '../../src/domain/retro/templates';
import type { TeamDoc } from '../../src/domain/workspace';
import { member, team } from '../helpers/fixtures';
import { expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { appWithTeams } from './helpers/app';
import { callApi } from './helpers/server';

const CARDS = 300;

/** A retro far longer than a screen: the vote list renders only the topics near the screen, and votes still land. */
describe('retro at scale (virtualized vote list)', () => {
  let teamId = '';
  const app = appWithTeams(() => {
    const ops = BUILT_IN_TEMPLATES.find((t) => t.id === 'ops');
    if (!ops) throw new Error('no ops template');
    const ana = member('Ana');
    const retro = RetroSchema.parse({
      id: 'retro-big',
      title: 'Big retro',
      templateName: ops.name,
      columns: ops.columns,
      phase: 'vote',
      revealed: true,
      createdAt: '2026-11-20T14:00:00.000Z',
      updatedAt: '2026-11-20T14:00:00.000Z',
      cards: Array.from({ length: CARDS }, (_, i) => ({
        id: `card-${i + 1}`,
        columnId: ops.columns[i % ops.columns.length]?.id,
        text: `Topic ${String(i + 1).padStart(3, '0')}`,
        createdAt: '2026-11-20T14:01:00.000Z',
      })),
    });
    const big = team('Platform', { members: [ana], retros: [retro] });
    teamId = big.id;
    return [big];
  });

  const list = (page: Page) => page.getByRole('list', { name: 'Topics to vote on' });
  const dotsOn = async (cardId: string) => {
    const doc = await callApi<TeamDoc>(app.server, 'getTeam', { teamId });
    return doc.retros[0]?.votes.find((v) => v.targetId === cardId)?.count ?? 0;
  };

  // Runs before the test that ends the vote.
  it('stays where it is scrolled to: the topics drawn there take the height of those measured, the page does not creep', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/retro`);
    await page.getByRole('button', { name: 'Open Big retro', exact: true }).click();
    await list(page).getByRole('listitem').first().waitFor();
    const frames = () =>
      page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await frames();
    // A jump to the middle, as a drag of the scrollbar or Page Down does: the rows there are drawn for the first time.
    const target = await page.evaluate(() => {
      const y = Math.round(document.documentElement.scrollHeight / 2);
      window.scrollTo(0, y);
      return window.scrollY;
    });
    expect(target).toBeGreaterThan(1000);
    await list(page)
      .locator(`li[aria-posinset="${CARDS / 2}"]`)
      .waitFor();
    await frames();
    // Placed at a guess, each topic drawn above the screen moved the page by its error when it was measured.
    expect(await page.evaluate(() => window.scrollY)).toBe(target);
    await page.context().close();
  });

  it('keeps the focus on a topic’s Remove when taking back its last vote turns it off, and Tab reaches its Add', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/retro`);
    await page.getByRole('button', { name: 'Open Big retro', exact: true }).click();
    const add = page.getByRole('button', { name: 'Add vote to Topic 002' });
    const remove = page.getByRole('button', { name: 'Remove vote from Topic 002' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dotsOn('card-2')).toBe(1);
    // Shift+Tab once the screen shows the vote, as a person would: its Remove is on again.
    await expect.poll(() => remove.getAttribute('aria-disabled')).toBe(null);
    await page.keyboard.press('Shift+Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe('− RemoveRemove vote from Topic 002');
    // With no vote left its Remove is turned off (aria-disabled): it keeps the focus, says so, and does nothing.
    await page.keyboard.press('Enter');
    await expect.poll(() => dotsOn('card-2')).toBe(0);
    await expect.poll(() => remove.getAttribute('aria-disabled')).toBe('true');
    expect(await focused()).toBe('− RemoveRemove vote from Topic 002');
    await page.keyboard.press('Enter');
    expect(await dotsOn('card-2')).toBe(0);
    // Tab reaches the topic's Add, which votes again; the vote is taken back for the tests after this one.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('+ AddAdd vote to Topic 002');
    await page.keyboard.press('Enter');
    await expect.poll(() => dotsOn('card-2')).toBe(1);
    await expect.poll(() => remove.getAttribute('aria-disabled')).toBe(null);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => dotsOn('card-2')).toBe(0);
    await page.context().close();
  });

  it('keeps the focused topic in the page while the page is scrolled far away from it', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/retro`);
    await page.getByRole('button', { name: 'Open Big retro', exact: true }).click();
    await page.getByRole('button', { name: 'Add vote to Topic 001' }).focus();
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await page.getByRole('button', { name: `Add vote to Topic ${CARDS}` }).waitFor();
    // The focused button is still the first topic's (before, focus fell to the page as it left the DOM).
    const focusedTopic = await page.evaluate(
      () => document.activeElement?.closest('.vote-row')?.querySelector('.vote-row__title')?.firstChild?.textContent,
    );
    expect(focusedTopic).toBe('Topic 001');
    await page.context().close();
  });

  it('renders only the topics near the screen, gives the full size, and takes a vote far down the list', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}#/retro`);
    await page.getByRole('button', { name: 'Open Big retro', exact: true }).click();
    await list(page).getByRole('listitem').first().waitFor();
    const rendered = await list(page).getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await list(page).getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(CARDS));
    await expectNoAxeViolations(page, 'virtualized retro vote list');
    await screenshot(page, 'perf-retro-vote-list', { fullPage: false });

    // The end of the list comes in when scrolled to, and a vote there is saved.
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const last = page.getByRole('button', { name: `Add vote to Topic ${CARDS}` });
    await last.waitFor();
    await last.click();
    await expect.poll(() => dotsOn(`card-${CARDS}`)).toBe(1);
    await expect
      .poll(() =>
        list(page)
          .locator('li', { hasText: `Topic ${CARDS}` })
          .locator('.vote-row__dots')
          .textContent(),
      )
      .toBe('●');
    // Ending the vote ranks the topics, the voted one first.
    await page.getByRole('button', { name: 'End voting and show results' }).click();
    const ranked = page.getByRole('list', { name: 'Topics by votes' });
    await ranked.waitFor();
    // Ending the vote from the bottom of a long list brings the top of the ranking into view.
    await expect.poll(() => page.evaluate('window.scrollY')).toBe(0);
    await expect.poll(() => ranked.getByRole('listitem').first().textContent()).toMatch(new RegExp(`^1Topic ${CARDS}`));
    expect(await ranked.getByRole('listitem').count()).toBeLessThan(60);
    await page.context().close();
  });
});
