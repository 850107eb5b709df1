import type { Page } from 'playwright-core';
import { watchApiTraffic, type ApiTraffic } from '../tests/e2e/helpers/api-traffic';
import { installProbe, installUntilProbe, measured, measuredUntil, takeSamples } from './lib/latency';

/** One interaction on one screen, measured in the large workspace's open team. */
export interface Scenario {
  name: string;
  hash: string;
  ready: (page: Page) => Promise<void>;
  run: (page: Page) => Promise<number[]>;
  /** What the figure spans, for the row's note. */
  note?: string;
}

const MOVES = 10;
const PLANNED_TODO = '.board-lane--planned .board-lane__columns > div:nth-child(1)';
const PLANNED_IN_PROGRESS = '.board-lane--planned .board-lane__columns > div:nth-child(2)';

const boardReady = async (page: Page) => {
  await page.locator(`${PLANNED_TODO} .board-card`).first().waitFor({ state: 'visible' });
};

/**
 * The first card of the planned lane's To do column, picked anew before each move: the column is
 * virtualized, so only the cards near its visible part are in the page.
 */
async function* todoCards(page: Page, count: number): AsyncGenerator<string> {
  for (let k = 0; k < count; k++) {
    const id = await page.locator(`${PLANNED_TODO} .board-card`).first().getAttribute('data-item-id');
    if (!id) throw new Error('no card left to move');
    yield id;
  }
}

/** Cards the planned lane's In progress column holds, from its list's label ("…, 12 cards"). */
async function inProgressCount(page: Page): Promise<number> {
  const label = (await page.locator(`${PLANNED_IN_PROGRESS} ul`).getAttribute('aria-label')) ?? '';
  const count = /, (\d+) cards$/.exec(label)?.[1];
  if (count === undefined) throw new Error(`no card count in "${label}"`);
  return Number(count);
}

const retroReady = async (page: Page) => {
  await page.getByRole('button', { name: 'Open Retro 25', exact: true }).click();
  await page.locator('.vote-list .vote-row').first().waitFor({ state: 'visible' });
};

/**
 * Rows where the chosen voter has no dot yet, spread over the board (its start, middle and end): the
 * list renders only the rows near the screen, so each is found after scrolling to its part. Yields
 * the rows' data-index.
 */
async function* emptyRows(page: Page, count: number): AsyncGenerator<string> {
  for (let k = 0; k < count; k++) {
    await page.evaluate(
      (part) => {
        window.scrollTo(0, part * (document.documentElement.scrollHeight - window.innerHeight));
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      },
      k / Math.max(1, count - 1),
    );
    const index = await page.locator('.vote-list > li').evaluateAll((rows) => {
      const row = rows.find((li) => {
        const box = li.getBoundingClientRect();
        const dots = li.querySelector('.vote-row__dots')?.getAttribute('aria-label') ?? '';
        return box.top >= 0 && box.bottom <= window.innerHeight && dots.endsWith(' gave 0 votes');
      });
      return row?.getAttribute('data-index') ?? null;
    });
    if (index !== null) yield index;
  }
}

/** Runs a measured vote and waits for the api's answer to it, which must be a success. */
async function voteSaved(api: ApiTraffic, input: () => Promise<void>): Promise<void> {
  const [envelope] = await Promise.all([api.answerTo('castRetroVotes'), input()]);
  if (!envelope.ok) throw new Error(`vote refused: ${envelope.error.message}`);
}

export const CEREMONY_SCENARIOS: Scenario[] = [
  {
    name: 'board: move a card to In progress with its arrow button (×10)',
    hash: '#/standup',
    ready: boardReady,
    note: 'until the new column is painted with the card counted in it (the card itself is drawn there when that part of the column is on screen; the move is optimistic, saved in the background)',
    run: async (page) => {
      await installUntilProbe(page, ['click']);
      for await (const id of todoCards(page, MOVES)) {
        const card = page.locator(`${PLANNED_TODO} [data-item-id="${id}"]`);
        const button = card.getByRole('button', { name: / to In progress$/ });
        await button.scrollIntoViewIfNeeded();
        const count = await inProgressCount(page);
        await measuredUntil(
          page,
          () => button.click(),
          `${PLANNED_IN_PROGRESS} ul[aria-label$=", ${count + 1} cards"]`,
        );
      }
      return takeSamples(page);
    },
  },
  {
    name: 'board: keyboard drag of a card (Space, → , Space) ×5',
    hash: '#/standup',
    ready: boardReady,
    note: 'each key to the next paint; the drop moves the card (optimistic)',
    run: async (page) => {
      await installProbe(page, ['keydown']);
      for await (const id of todoCards(page, 5)) {
        await page.locator(`${PLANNED_TODO} [data-item-id="${id}"] .board-card__handle`).focus();
        await measured(page, () => page.keyboard.press('Space'));
        await measured(page, () => page.keyboard.press('ArrowRight'));
        await measured(page, () => page.keyboard.press('Space'));
        await page.locator(`${PLANNED_TODO} [data-item-id="${id}"]`).waitFor({ state: 'detached' });
      }
      return takeSamples(page);
    },
  },
  {
    name: 'retro (500 cards, vote phase): add a vote, then remove it (×10 each)',
    hash: '#/retro',
    ready: retroReady,
    note: 'until the voter’s dot is painted on the row (the api call included)',
    run: async (page) => {
      // The watcher openApp installed before the page loaded (the page opens its api socket at its first call).
      const api = watchApiTraffic(page);
      await installUntilProbe(page, ['click']);
      for await (const row of emptyRows(page, MOVES)) {
        const li = `.vote-list > li[data-index="${row}"]`;
        const add = page.locator(li).getByRole('button', { name: /^Add vote to / });
        const remove = page.locator(li).getByRole('button', { name: /^Remove vote from / });
        await add.scrollIntoViewIfNeeded();
        // Each vote's api answer is awaited before the next input, so answers never cross inputs; the
        // figure still ends when the dot is painted (the vote shows optimistically).
        await voteSaved(api, () =>
          measuredUntil(page, () => add.click(), `${li} .vote-row__dots[aria-label$=" gave 1 vote"]`),
        );
        await voteSaved(api, () =>
          measuredUntil(page, () => remove.click(), `${li} .vote-row__dots[aria-label$=" gave 0 votes"]`),
        );
      }
      return takeSamples(page);
    },
  },
];
