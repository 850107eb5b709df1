import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate';
import { PROFILES } from '../../bench/generate/profiles';
import { expectNoAxeViolations, newPage, screenshot, sidewaysOverflow } from './helpers/browser';
import { appWithTeams } from './helpers/app';
import { xAxisLabels } from './helpers/chart';
import { itFitsEveryScreen, openApp, openScreen } from './layout-steps';

/**
 * A tablet on the call in presentation mode, and a phone: every screen fits with no sideways scrolling (long
 * sprint names, hints and forms wrap), and the sticky header leaves a phone most of its screen.
 */
describe('tablets and phones', () => {
  const app = appWithTeams(() => generateWorkspace(PROFILES.small, 7).teams);

  itFitsEveryScreen(app, [
    { width: 768, presentation: true },
    { width: 390, presentation: false },
  ]);

  it('keeps the sticky header to a fifth of a phone screen, with every tool still in it', async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    const header = page.getByRole('banner');
    const box = await header.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(844 / 5);
    for (const name of ['Team', 'Presentation mode', 'Keyboard shortcuts']) {
      const control = name === 'Team' ? header.getByLabel(name) : header.getByRole('button', { name });
      const inside = await control.boundingBox();
      expect(inside!.y + inside!.height, name).toBeLessThanOrEqual(box!.y + box!.height);
    }
    await page.close();
  });

  it('gives the notifications a line of the phone’s header only while there is one to show', async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    await openScreen(page, 'Backlog');
    const header = page.getByRole('banner');
    const notifications = header.getByRole('region', { name: 'Notifications' });
    const bottomOf = async (name: string) => {
      const box = await header.getByRole('button', { name }).boundingBox();
      return box!.y + box!.height;
    };
    // No notification: the tools come right under the name and the team switcher (one row gap between them).
    const switcher = await header.getByLabel('Team').boundingBox();
    const tools = await header.getByRole('button', { name: 'Presentation mode' }).boundingBox();
    expect(tools!.y - (switcher!.y + switcher!.height)).toBeLessThanOrEqual(16);
    // A notification takes a line of its own, the phone's width, and the header grows to hold it.
    const row = page.locator('.backlog-row').first();
    const title = (await row.locator('.backlog-row__title').textContent()) ?? '';
    await row.getByRole('button', { name: `Delete ${title}` }).click();
    const toast = notifications.getByText(`Deleted “${title}”.`);
    await toast.waitFor();
    const shown = await notifications.boundingBox();
    expect(shown!.width).toBeGreaterThanOrEqual(300);
    expect(shown!.y + shown!.height).toBeLessThanOrEqual(await bottomOf('Keyboard shortcuts'));
    await screenshot(page, 'phone-390-header-notification', { fullPage: false });
    await notifications.getByRole('button', { name: 'Undo delete' }).click();
    await page.locator('.backlog-row__title', { hasText: title }).first().waitFor();
    await page.close();
  });

  it("keeps each screen's header apart from the page below it on a phone", async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    for (const screen of ['Backlog', 'Standup', 'Review'] as const) {
      await openScreen(page, screen);
      // From the lowest thing in the header (its last line: buttons, tabs, "Invite the room") to the first
      // thing drawn below it.
      const gap = await page.locator('.screen-header').evaluate((header) => {
        const bottom = Math.max(...[...header.children].map((c) => c.getBoundingClientRect().bottom));
        const below = [...(header.nextElementSibling?.querySelectorAll('*') ?? [])]
          .map((e) => e.getBoundingClientRect())
          .find((box) => box.width > 0 && box.height > 0);
        return (below?.top ?? Number.NaN) - bottom;
      });
      expect(gap, screen).toBeGreaterThanOrEqual(10);
    }
    await screenshot(page, 'phone-390-review-header', { fullPage: false });
    await page.close();
  });

  it("keeps the screens' navigation to two rows on a 390 px phone, each link a 44 px target", async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    const links = page.getByRole('navigation').getByRole('link');
    expect(await links.count()).toBe(7);
    const boxes = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBeLessThanOrEqual(2);
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await page.close();
  });

  it('keeps the name and the team switcher on one row of a 320 px phone, the switcher still labelled Team', async () => {
    const page = await newPage(app.browser, { width: 320, height: 568 });
    await openApp(page, app.server.url, false);
    const header = page.getByRole('banner');
    const brand = await header.getByRole('heading', { name: 'Cadence' }).boundingBox();
    const team = await header.getByLabel('Team', { exact: true }).boundingBox();
    expect(team!.y).toBeLessThan(brand!.y + brand!.height);
    expect(team!.x + team!.width).toBeLessThanOrEqual(320);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectNoAxeViolations(page, 'backlog at 320 px');
    await screenshot(page, 'layout-320-header', { fullPage: false });
    await page.close();
  });

  it("keeps each board card's content inside the card on a phone, long labels and title words included", async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    await openScreen(page, 'Standup');
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.locator('.board-card').first().waitFor();
    const outside = await page.locator('.board-card').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const edge = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
          .map((el) => `${card.getAttribute('aria-label')}: ${el.textContent?.trim().slice(0, 30)}`);
      }),
    );
    expect(outside).toEqual([]);
    // Every word of a card's title fits the card's line: none is broken in the middle ("Investig-ate").
    const brokenWords = await page.locator('.board-card__title').evaluateAll((titles) =>
      titles.flatMap((title) => {
        const el = title as HTMLElement;
        el.style.overflowWrap = 'normal';
        const fits = el.scrollWidth <= el.clientWidth;
        el.style.removeProperty('overflow-wrap');
        return fits ? [] : [el.textContent ?? ''];
      }),
    );
    expect(brokenWords).toEqual([]);
    await page.close();
  });

  it("lays the board out for a phone: the sprint's heading across it, the buffer's state whole, the burndown's labels apart", async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    await openScreen(page, 'Standup');
    await page.getByRole('tab', { name: 'Board' }).click();
    const chart = page.locator('section.burndown');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.recharts-xAxis-tick-labels text').first().waitFor();
    const labels = await xAxisLabels(chart);
    const drawn = await chart.evaluate((el) => {
      const legend = el.querySelector('.recharts-legend-wrapper')!.getBoundingClientRect();
      const plot = el.querySelector('.recharts-cartesian-grid')!.getBoundingClientRect();
      const box = el.querySelector('.burndown__chart')!.getBoundingClientRect();
      const drawing = el.querySelector('.burndown__chart .recharts-wrapper')!.getBoundingClientRect();
      return {
        legendBottom: legend.bottom,
        plotTop: plot.top,
        emptyBelow: box.bottom - drawing.bottom,
      };
    });
    // Above the board, the sprint's name and dates take the phone's width; Log interrupt goes below them.
    // The three boxes are read in one frame: read one by one, a late layout change further down the page can
    // scroll them (the browser's scroll anchoring) between two reads.
    const heading = await page.locator('.board-tab__head').evaluate((head) => {
      const sprint = head.querySelector('.board-tab__sprint')!.getBoundingClientRect();
      const log = [...head.querySelectorAll('button')].find((b) => /^Log interrupt/.test(b.textContent ?? ''));
      return {
        headWidth: head.getBoundingClientRect().width,
        sprintWidth: sprint.width,
        sprintBottom: sprint.bottom,
        logTop: log?.getBoundingClientRect().top ?? Number.NaN,
      };
    });
    expect(heading.sprintWidth).toBeGreaterThan(heading.headWidth * 0.9);
    expect(heading.logTop).toBeGreaterThan(heading.sprintBottom);
    // The buffer's state is one pill on one line (two lines of it are 57 px tall).
    const state = await page.locator('.buffer__state').boundingBox();
    expect(state!.height).toBeLessThan(40);
    expect(labels.count).toBeGreaterThanOrEqual(3);
    expect(labels.overlapping).toEqual([]);
    expect(drawn.legendBottom).toBeLessThanOrEqual(drawn.plotTop + 1);
    // The chart's box is as tall as its drawing: no band of nothing between the day labels and the table.
    expect(drawn.emptyBelow).toBeLessThanOrEqual(1);
    await screenshot(page, 'phone-390-burndown', { fullPage: false });
    await page.close();
  });

  it("shows each backlog row's title, readiness and actions on a phone, rows of one height", async () => {
    const page = await newPage(app.browser, { width: 390, height: 844 });
    await openApp(page, app.server.url, false);
    await page.locator('.backlog-row').first().waitFor();
    const rows = await page.locator('.backlog-row').evaluateAll((lis) =>
      lis.slice(0, 6).map((li) => {
        const row = li.getBoundingClientRect();
        const inside = (selector: string) => {
          const box = li.querySelector(selector)?.getBoundingClientRect();
          return box !== undefined && box.width > 0 && box.right <= row.right + 0.5 && box.bottom <= row.bottom + 0.5;
        };
        return {
          top: row.top,
          bottom: row.bottom,
          height: Math.round(row.height),
          titleShare: (li.querySelector('.backlog-row__title')?.getBoundingClientRect().width ?? 0) / row.width,
          shown: ['.backlog-row__title', '.ready-no, .ready-yes', 'button.danger', '.row-actions button'].filter(
            inside,
          ),
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.height)).size).toBe(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom);
    for (const row of rows) {
      expect(row.titleShare).toBeGreaterThan(0.8);
      expect(row.shown).toHaveLength(4);
    }
    await page.close();
  });
});
