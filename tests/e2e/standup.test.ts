import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Commitment } from '../../src/domain/planning/schema';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team, writeWorkspace } from '../helpers/fixtures';
import {
  expectAboveFold,
  expectNoAxeViolations,
  fontSizes,
  launchBrowser,
  newPage,
  screenshot,
} from './helpers/browser';
import { expectProjectorType, leaveProjector, toProjector } from './helpers/projector';
import { callApi, freshDataDir, type RunningServer, startServer, startWithTeams } from './helpers/server';

let browser: Browser;
let server: RunningServer | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await server?.stop();
  server = null;
});

const commitment: Commitment = {
  at: '2026-11-23T09:00:00.000Z',
  items: [],
  committedPoints: 18,
  personDays: 24,
  pointsPerPersonDay: 1,
  forecastPoints: 24,
  bufferPercent: 25,
  bufferPoints: 6,
  plannablePoints: 18,
};

/** A team with three people and an active two-week sprint around today. */
function seedTeam(extra: Partial<TeamDoc> = {}) {
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const ada = member('Ada');
  const bo = member('Bo');
  const cy = member('Cy');
  const s = sprint({
    name: 'Sprint 42',
    goal: 'Retire the legacy load balancers',
    startDate: day(-4),
    endDate: day(9),
    state: 'active',
    commitment,
  });
  const twoDaysAgo = new Date(today.getTime() - 2 * 86_400_000).toISOString();
  const items = [
    item('Migrate DNS to the new LB', { sprintId: s.id, points: 5, ownerId: ada.id, labels: ['network'] }),
    item('Rotate TLS certificates', {
      sprintId: s.id,
      points: 3,
      ownerId: ada.id,
      status: 'in_progress',
      statusChangedAt: twoDaysAgo,
    }),
    item('Decommission lb-old-1', { sprintId: s.id, points: 5, ownerId: bo.id, status: 'review', blocked: true }),
    item('Runbook for failover', {
      sprintId: s.id,
      points: 5,
      ownerId: cy.id,
      status: 'done',
      completedAt: twoDaysAgo,
      statusChangedAt: twoDaysAgo,
    }),
  ];
  return team('Platform', { members: [ada, bo, cy], sprints: [s], items, ...extra });
}

async function openStandup(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: 'Standup' }).click();
  await page.getByRole('heading', { name: 'Standup', level: 2 }).waitFor();
}

describe('standup e2e', () => {
  it('logs an interrupt and runs a standup through every speaker with a blocker and a parking-lot topic', async () => {
    const t = seedTeam();
    server = await startWithTeams([t]);
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openStandup(page, server.url);

    // The board of the active sprint.
    await page.getByRole('heading', { name: /Sprint 42/ }).waitFor();
    await expect(page.getByRole('list', { name: 'Planned: To do, 1 card' }).textContent()).resolves.toContain(
      'Migrate DNS to the new LB',
    );
    await expectNoAxeViolations(page, 'standup board');
    await screenshot(page, 'standup-board');
    // On the projector: both lanes' headers and their first row of cards above the fold.
    await toProjector(page);
    await screenshot(page, 'standup-board-1920', { fullPage: false });
    await expectProjectorType(page);
    const firstRow = [];
    for (const name of ['Planned work', 'Interrupt lane (unplanned)']) {
      const lane = page.getByRole('region', { name });
      firstRow.push(lane.getByRole('heading'));
      for (const column of await lane.getByRole('list').all())
        if ((await column.getByRole('listitem').count()) > 0)
          firstRow.push(column.getByRole('listitem').first().locator('.board-card__title'));
    }
    expect(firstRow.length).toBeGreaterThan(3);
    await expectAboveFold(page, firstRow);
    // No interrupts yet: the interrupt lane is one line, and each planned column shows its first card
    // down to its move buttons, not cut off by the column's scroll.
    const cutOff: string[] = [];
    for (const column of await page.getByRole('region', { name: 'Planned work' }).getByRole('list').all()) {
      const button = column
        .getByRole('listitem')
        .first()
        .getByRole('button', { name: /^Move / })
        .last();
      const [box, scroll] = await Promise.all([
        button.boundingBox(),
        column.evaluate((list) => list.parentElement!.getBoundingClientRect().bottom),
      ]);
      if (!box || box.y + box.height > scroll) cutOff.push(`${await button.getAttribute('aria-label')}: ${box?.y}`);
    }
    expect(cutOff).toEqual([]);
    // The burndown's text reads from the back of the room: 24 px or more.
    const chartText = await fontSizes(page.locator('.burndown svg text'));
    expect(chartText.length).toBeGreaterThan(5);
    expect(Math.min(...chartText)).toBeGreaterThanOrEqual(24);
    await leaveProjector(page);

    // Log an interrupt in seconds.
    await page.getByRole('button', { name: /Log interrupt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Log interrupt' });
    await dialog.getByLabel('What came in').fill('Disk full on db-3');
    await dialog.getByLabel('Ticket or incident key').fill('INC-2041');
    await dialog.getByLabel('Severity').selectOption('sev2');
    await dialog.getByRole('textbox', { name: 'Hours' }).fill('3');
    await dialog.getByLabel('Taken by').selectOption({ label: 'Bo' });
    await expectNoAxeViolations(page, 'log interrupt dialog');
    await screenshot(page, 'standup-log-interrupt');
    await dialog.getByRole('button', { name: 'Log interrupt' }).click();
    await dialog.waitFor({ state: 'detached' });
    const lane = page.getByRole('list', { name: 'Interrupts: In progress, 1 card' });
    await expect(lane.textContent()).resolves.toContain('Disk full on db-3');
    // 3 h of a 6 h day at 1 point per person-day burns 0.5 of the 6 reserved points (the gauge follows the
    // cards once the new card is painted, as the burndown does).
    const buffer = page.getByRole('region', { name: /Interrupt buffer/ });
    await expect.poll(() => buffer.textContent()).toMatch(/Used\s*0\.5 pts/);
    await expect(buffer.textContent()).resolves.toMatch(/Remaining\s*5\.5 pts/);

    // Move a card by keyboard.
    await page.getByRole('button', { name: 'Move Migrate DNS to the new LB to In progress' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Planned: In progress, 2 cards' }).waitFor();
    // …and by keyboard drag: pick up, one column right, drop.
    await page.getByRole('button', { name: 'Drag Rotate TLS certificates' }).focus();
    for (const key of ['Space', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'Space']) await page.keyboard.press(key);
    await expect(page.getByRole('list', { name: 'Planned: Review, 2 cards' }).textContent()).resolves.toContain(
      'Rotate TLS certificates',
    );
    await screenshot(page, 'standup-board-after-interrupt');

    // The standup.
    await page.getByRole('tab', { name: 'Standup timer' }).click();
    await page.getByRole('button', { name: 'Start standup' }).waitFor();
    await expectNoAxeViolations(page, 'standup start');
    await screenshot(page, 'standup-start');
    await page.getByRole('button', { name: 'Start standup' }).click();
    await page.getByRole('heading', { name: 'Ada', level: 3, exact: true }).waitFor();
    await expect(page.getByRole('region', { name: /Walk the board/ }).textContent()).resolves.toContain(
      'Migrate DNS to the new LB',
    );

    // One keystroke each: a blocker and a parking-lot topic.
    await page.keyboard.press('b');
    const blocker = page.getByRole('dialog', { name: 'Add a blocker' });
    await blocker.getByLabel('What is blocked, and on what').fill('Firewall change for lb-new waits on SecOps');
    await expectNoAxeViolations(page, 'blocker dialog');
    await blocker.getByRole('button', { name: 'Add blocker' }).click();
    await blocker.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Open blockers (1)' }).waitFor();

    await page.keyboard.press('u');
    const note = page.getByRole('dialog', { name: 'Note an update' });
    await note.getByRole('textbox').fill('Certificates rotated in staging');
    await note.getByRole('button', { name: 'Save note' }).click();
    await note.waitFor({ state: 'detached' });

    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Bo', level: 3, exact: true }).waitFor();
    await page.keyboard.press('l');
    const parking = page.getByRole('dialog', { name: 'Park a topic' });
    await parking.getByRole('textbox').fill('Alert noise from the new LB');
    await parking.getByRole('checkbox', { name: 'Cy' }).check();
    await parking.getByRole('button', { name: 'Park topic' }).click();
    await parking.waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'standup running');
    await screenshot(page, 'standup-running');
    // On the projector: the speaker, the countdown and the first row of the speaker's cards.
    await toProjector(page);
    await screenshot(page, 'standup-running-1920', { fullPage: false });
    await expectProjectorType(page);
    const walk = page.getByRole('region', { name: /Walk the board/ });
    await expectAboveFold(page, [
      page.getByRole('heading', { name: 'Bo', level: 3, exact: true }),
      page.getByRole('timer', { name: 'Time left for this speaker' }),
      walk.getByRole('listitem').first().locator('.board-card__title'),
    ]);
    await leaveProjector(page);

    await page.keyboard.press('p');
    await page.getByRole('button', { name: /Resume/ }).waitFor();
    await page.keyboard.press('p');
    await page.getByRole('button', { name: /Pause/ }).waitFor();

    // Bo steps out and is skipped as absent; walking back in, Bo is put back in the queue, after Cy.
    await page.keyboard.press('s');
    await page.getByRole('heading', { name: 'Cy', level: 3, exact: true }).waitFor();
    const order = page.getByRole('region', { name: 'Speaking order' });
    await expect(order.getByRole('listitem').nth(1).textContent()).resolves.toBe(
      'Bo — Absent Arrived: back in the queue',
    );
    await order.getByRole('button', { name: 'Bo arrived: back in the queue' }).click();
    await expect
      .poll(() => order.getByRole('listitem').allTextContents())
      .toEqual(['Ada — Spoke', 'Cy — Speaking now', 'Bo — Next']);
    // The focus stays on Bo's row, which now reads where Bo waits.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Bo — Next');
    await expectNoAxeViolations(page, 'standup late arrival');
    await screenshot(page, 'standup-late-arrival');
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Bo', level: 3, exact: true }).waitFor();
    await page.keyboard.press('n');

    // The summary, saved with the sprint.
    const summary = page.getByRole('region', { name: 'Last standup summary' });
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    for (const expected of [
      'Ada',
      'Bo',
      'Cy',
      'Firewall change for lb-new waits on SecOps',
      'Alert noise from the new LB',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('stay: Bo, Cy');
    await expectNoAxeViolations(page, 'standup summary');
    await screenshot(page, 'standup-summary');

    await summary.getByRole('button', { name: 'Copy as Markdown' }).click();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toContain('## Blockers raised');
    expect(copied).toContain('- Firewall change for lb-new waits on SecOps (owner: Ada)');
    expect(copied).toContain('- Alert noise from the new LB — stay: Bo, Cy');

    const saved = await callApi<TeamDoc>(server, 'getTeam', { teamId: t.id });
    const session = saved.standups[0];
    expect(session?.state).toBe('ended');
    expect(session?.sprintId).toBe(t.sprints[0]?.id);
    expect(session?.summary?.speakers.map((s) => s.status)).toEqual(['done', 'done', 'done']);
  });

  it('resumes a running standup after a reload, showing overtime plainly', async () => {
    const dataDir = freshDataDir();
    const t = seedTeam();
    const [ada, bo, cy] = t.members;
    const startedAt = new Date(Date.now() - 100_000).toISOString();
    const running = {
      id: 'standup-1',
      sprintId: t.sprints[0]?.id ?? null,
      state: 'running' as const,
      notes: [],
      summary: null,
      timer: {
        speakerMs: 90_000,
        totalMs: 900_000,
        startedAt,
        endedAt: null,
        pausedAt: null,
        pausedMs: 0,
        current: 0,
        turns: [ada, bo, cy].map((m, i) => ({
          memberId: m?.id ?? '',
          name: m?.name ?? '',
          status: i === 0 ? ('speaking' as const) : ('waiting' as const),
          runningSince: i === 0 ? startedAt : null,
          spentMs: 0,
          extraMs: 0,
        })),
      },
    };
    // A blocker raised from a phone with a pasted link: one long unbroken word.
    const link = `https://tickets.example.com/browse/OPS-1234?focusedCommentId=${'9'.repeat(300)}`;
    const blocker = {
      id: 'blocker-1',
      text: `Waiting on SecOps: ${link}`,
      ownerId: ada?.id ?? null,
      raisedAt: startedAt,
      resolvedAt: null,
      sprintId: t.sprints[0]?.id ?? null,
      standupId: 'standup-1',
    };
    writeWorkspace(dataDir, [{ ...t, standups: [running], blockers: [blocker] }]);
    server = await startServer(dataDir);
    const page = await newPage(browser);
    await openStandup(page, server.url);
    // The open blockers' table fits its panel, its Resolve button on screen, whatever the text.
    const blockers = page.getByRole('table', { name: 'Open blockers' });
    const fit = await blockers.evaluate((table) => ({
      table: table.getBoundingClientRect().right,
      panel: table.parentElement?.getBoundingClientRect().right ?? 0,
      resolve: table.querySelector('button')?.getBoundingClientRect().right ?? Infinity,
    }));
    expect(fit.table).toBeLessThanOrEqual(fit.panel + 1);
    expect(fit.resolve).toBeLessThanOrEqual(fit.panel + 1);

    // A running standup brings its tab forward, in overtime after 100 s of a 90 s timebox.
    await page.getByRole('heading', { name: 'Ada', level: 3, exact: true }).waitFor();
    await page.getByText('Overtime', { exact: true }).waitFor();
    await expect(page.getByRole('timer', { name: 'Time left for this speaker' }).textContent()).resolves.toMatch(
      /^\+0:1\d$/,
    );
    await expectNoAxeViolations(page, 'standup in overtime');
    await screenshot(page, 'standup-overtime');
    // On the projector: presentation mode at 1280×720.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Alt+P');
    await page.waitForSelector('html[data-presentation="on"]');
    await screenshot(page, 'standup-presentation', { fullPage: false });
    // The speaker and the countdown are on the projector's screen, not pushed below it by the controls.
    await expectAboveFold(page, [
      page.getByRole('heading', { name: 'Ada', level: 3, exact: true }),
      page.getByRole('timer', { name: 'Time left for this speaker' }),
      page.getByRole('button', { name: /^Next speaker/ }),
    ]);
    await page.keyboard.press('Alt+P');

    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Bo', level: 3, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Bo', level: 3, exact: true }).waitFor();
    await expect(page.getByRole('tab', { name: /Standup timer/ }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('s');
    await page.getByRole('heading', { name: 'Cy', level: 3, exact: true }).waitFor();
  });

  it('says plainly when there is no active sprint, and when there is nobody to call on', async () => {
    server = await startWithTeams([team('Empty team')]);
    const page = await newPage(browser);
    await openStandup(page, server.url);
    await page.getByRole('heading', { name: 'No active sprint' }).waitFor();
    await page.getByRole('button', { name: 'Go to Planning' }).waitFor();
    await expectNoAxeViolations(page, 'board without sprint');
    await screenshot(page, 'standup-no-sprint');
    await page.getByRole('tab', { name: 'Standup timer' }).click();
    await page.getByText('This team has no members yet, so there is nobody to call on.').waitFor();
    await page.getByRole('button', { name: 'Add members on the Team screen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Start standup' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'standup without members');
    await screenshot(page, 'standup-no-members');
  });
});
