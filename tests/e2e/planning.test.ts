import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, sprint, team } from '../helpers/fixtures';
import {
  cellsOutOfSight,
  expectAboveFold,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  screenshot,
} from './helpers/browser';
import { expectProjectorType, leaveProjector, toProjector } from './helpers/projector';
import { callApi, type RunningServer, startWithTeams } from './helpers/server';

/** Three closed sprints so the velocity comes from history and the chart has bars. */
function history(): ReturnType<typeof sprint>[] {
  const closed = (n: number, start: string, end: string, planned: number, unplanned: number) =>
    sprint({
      name: `Sprint ${n}`,
      startDate: start,
      endDate: end,
      state: 'closed',
      result: {
        closedAt: `${end}T17:00:00.000Z`,
        committedPoints: planned + 4,
        completedPlannedPoints: planned,
        completedUnplannedPoints: unplanned,
        incompleteItemIds: [],
        incompleteTo: 'backlog',
        bufferReservedPoints: 5,
        bufferUsedPoints: unplanned,
        personDays: 20,
      },
    });
  // Each got 20 points done (planned and unplanned) in 20 person-days: 1 point per person-day.
  return [
    closed(1, '2026-09-07', '2026-09-18', 16, 4),
    closed(2, '2026-09-21', '2026-10-02', 14, 6),
    closed(3, '2026-10-05', '2026-10-16', 15, 5),
  ];
}

function seed(): TeamDoc {
  const criteria = [{ id: 'c1', text: 'Works', done: false }];
  return team('Platform', {
    members: [member('Ana'), member('Bo', { hoursPerDay: 3 }), member('Cy')],
    sprints: history(),
    items: [
      item('Rotate TLS certificates', { points: 5, description: 'Expire soon', acceptanceCriteria: criteria }),
      item('Patch kernels on bastions', { points: 3, needsChangeWindow: true, description: 'CVE' }),
      item('Upgrade Postgres to 17', { points: null, description: 'EOL', acceptanceCriteria: criteria }),
      item('Tidy Terraform state', { points: 2, description: 'Drift', acceptanceCriteria: criteria }),
    ],
  });
}

describe('planning in browser mode', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  let teamId: string;

  beforeAll(async () => {
    const doc = seed();
    teamId = doc.id;
    server = await startWithTeams([doc]);
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('plans, estimates, starts and closes a sprint', async () => {
    await page.goto(`${server.url}#/planning`);
    await page.getByRole('heading', { name: 'Sprint planning' }).waitFor();
    await expectNoAxeViolations(page, 'planning, no open sprint');

    // Create the sprint: refused first with end before start, then created.
    await page.getByRole('button', { name: 'New sprint' }).click();
    const form = page.getByRole('dialog', { name: 'New sprint' });
    await form.getByLabel('Sprint name').fill('Sprint 4');
    await form.getByLabel('Sprint goal').fill('Certificates rotated and kernels patched without an outage.');
    await form.getByLabel('Start date').fill('2026-11-02');
    await form.getByLabel('End date').fill('2026-10-30');
    await form.getByRole('button', { name: 'Create sprint' }).click();
    await form.getByText('The sprint must end on or after its start date.').waitFor();
    await screenshot(page, 'planning-new-sprint-invalid');
    await expectNoAxeViolations(page, 'new sprint form with an error');
    await form.getByLabel('End date').fill('2026-11-13');
    await form.getByRole('button', { name: 'Create sprint' }).click();
    await page.getByText('Sprint 4', { exact: true }).first().waitFor();

    // Calendar: on-call, holiday and a change window; an on-call outside the sprint is refused.
    await page.getByRole('button', { name: 'Calendar' }).click();
    const oncall = page.getByRole('region', { name: 'On-call shifts' });
    await oncall.getByLabel('Member').selectOption({ label: 'Cy' });
    await oncall.getByLabel('From').fill('2026-11-09');
    await oncall.getByLabel('To').fill('2026-11-20');
    await oncall.getByRole('button', { name: 'Add on-call shift' }).click();
    await oncall
      .getByText(/must fall inside the sprint/)
      .first()
      .waitFor();
    await oncall.getByLabel('To').fill('2026-11-13');
    await oncall.getByRole('button', { name: 'Add on-call shift' }).click();
    await oncall.getByText(/Cy on call/).waitFor();
    const holidays = page.getByRole('region', { name: 'Team holidays' });
    await holidays.getByLabel('Holiday date').fill('2026-11-11');
    await holidays.getByLabel('Holiday name').fill('Armistice Day');
    await holidays.getByRole('button', { name: 'Add holiday' }).click();
    await holidays.getByText(/Armistice Day/).waitFor();
    // A freeze into the next sprint goes into the team's calendar (the next sprint is made at the end).
    const windows = page.getByRole('region', { name: 'Change windows and freezes' });
    await windows.getByLabel('Window name').fill('Release freeze');
    await windows.getByLabel('Kind').selectOption('freeze');
    await windows.getByLabel('Starts (UTC)').fill('2026-11-12T00:00');
    await windows.getByLabel('Ends (UTC)').fill('2026-11-19T00:00');
    await windows.getByRole('button', { name: 'Add window' }).click();
    await windows.getByText(/^Change freeze · Release freeze · Thu 12 Nov 00:00 UTC – Thu 19 Nov 00:00 UTC$/).waitFor();
    await screenshot(page, 'planning-calendar');
    await expectNoAxeViolations(page, 'planning calendar');

    // Plan: add by button and by dragging; the meter follows; warnings show.
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    // 3 members: Ana 9, Bo 4.5, Cy 9 − 4 × 0.5 = 7 → 20.5 person-days; history 1.0 ppd → 20.5 forecast.
    await page.getByText('20.5 person-days × 1 = 20.5 points').waitFor();
    await page.getByRole('button', { name: 'Add Rotate TLS certificates to the sprint' }).click();
    await page.getByRole('button', { name: 'Add Patch kernels on bastions to the sprint' }).click();
    // The sprint's only change slot is frozen: the warning says so.
    await page
      .getByText(
        /“Patch kernels on bastions” needs a change, but 2 working days of this sprint \(Thu 12 Nov – Fri 13 Nov\) fall in the freeze “Release freeze”/,
      )
      .waitFor();
    const card = page.locator('.plan-card', { hasText: 'Upgrade Postgres to 17' });
    const target = page.locator('#plan-sprint-title');
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('board not laid out');
    await page.mouse.move(from.x + 40, from.y + 15);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + 100, to.y + 60, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('list', { name: 'Items in Sprint 4' }).getByText('Upgrade Postgres to 17').waitFor();
    await page.getByText(/Committed 8 of 16.4 plannable points/).waitFor();
    await screenshot(page, 'planning-plan');
    await expectNoAxeViolations(page, 'planning board');
    await page.keyboard.press('Alt+KeyP');
    await page.locator('html[data-presentation="on"]').waitFor();
    await screenshot(page, 'planning-plan-presentation');
    // In presentation type the capacity table scrolls sideways, but each member and their person-days
    // (the figure the room plans by) stay in the table's visible box.
    const capacity = page.getByRole('table', { name: 'Capacity per member' });
    expect(await capacity.evaluate((t) => t.scrollWidth > (t.parentElement?.clientWidth ?? 0))).toBe(true);
    expect(await cellsOutOfSight(capacity, 'tr > :first-child, tr > :last-child')).toEqual([]);
    await capacity.locator('xpath=..').evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    expect(await cellsOutOfSight(capacity, 'tr > :first-child, tr > :last-child')).toEqual([]);
    await capacity.scrollIntoViewIfNeeded();
    await screenshot(page, 'planning-capacity-presentation', { fullPage: false });
    await page.keyboard.press('Alt+KeyP');

    // Estimate the unestimated item with planning poker.
    await page.getByRole('button', { name: 'Estimate Upgrade Postgres to 17' }).click();
    await page.getByRole('button', { name: 'Start estimating' }).click();
    await page.getByRole('button', { name: 'Ana votes 5' }).click();
    await page.getByRole('button', { name: 'Bo votes 13' }).click();
    await page.getByRole('button', { name: 'Cy votes 5' }).click();
    await page.getByText('3 of 3 voted', { exact: false }).waitFor();
    await screenshot(page, 'planning-poker-voting');
    await expectNoAxeViolations(page, 'poker voting');
    // On the projector: the item, every voter's status and their cards, each deck on one row, above the fold.
    await toProjector(page);
    await screenshot(page, 'planning-poker-1920', { fullPage: false });
    await expectProjectorType(page);
    const voters = page.getByRole('list', { name: 'Votes, hidden until reveal' }).getByRole('listitem');
    await expectAboveFold(page, [
      page.getByRole('heading', { name: 'Upgrade Postgres to 17: round 1' }),
      ...(await voters.all()),
      page.getByRole('button', { name: /Reveal votes/ }),
    ]);
    for (const deck of await page.getByRole('group', { name: /^Cards for / }).all()) {
      const tops = await deck
        .getByRole('button')
        .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(1);
    }
    await leaveProjector(page);
    await page.getByRole('button', { name: /Reveal votes/ }).click();
    // 5, 13, 5 span three cards (5, 8, 13): the lowest and the highest are flagged.
    await expect.poll(() => page.getByText('Outlier: explain your vote').count()).toBe(3);
    await screenshot(page, 'planning-poker-revealed');
    await expectNoAxeViolations(page, 'poker revealed');
    await page.getByRole('button', { name: 'Accept 5', exact: true }).click();
    await page.getByText(/Round 1: accepted 5\./).waitFor();

    // Start the sprint.
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page.getByText(/Committed 13 of 16.4 plannable points/).waitFor();
    await page.getByRole('button', { name: 'Start sprint' }).click();
    // Its dates (November 2026) are behind this run's today: the dialog says so, new dates offered first.
    const start = page.getByRole('dialog', { name: 'Start Sprint 4' });
    await start.getByText(/Sprint 4's dates have passed \(.+\): all 10 working days\./).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change the dates');
    await screenshot(page, 'planning-start-late');
    await expectNoAxeViolations(page, 'start dialog of a sprint whose dates have passed');
    await start.getByRole('button', { name: 'Start sprint' }).click();
    await page.getByRole('button', { name: 'Close sprint' }).waitFor();

    // Scope change after the start needs a reason.
    await page.getByRole('button', { name: 'Add Tidy Terraform state to the sprint' }).click();
    const scope = page.getByRole('dialog');
    await scope.getByRole('button', { name: 'Add item' }).click();
    await scope.getByText('Reason cannot be empty.').waitFor();
    await scope.getByLabel('Reason').fill('Drift broke the pipeline');
    await scope.getByLabel(/Unplanned/).check();
    await expectNoAxeViolations(page, 'scope change dialog');
    await scope.getByRole('button', { name: 'Add item' }).click();
    await page
      .getByRole('region', { name: 'Scope changes since the start' })
      .getByText('Drift broke the pipeline')
      .waitFor();
    await screenshot(page, 'planning-active');
    await expectNoAxeViolations(page, 'active sprint');

    // Two items get done on the board (through the api here), then close.
    const doc = await callApi<TeamDoc>(server, 'getTeam', { teamId });
    for (const title of ['Rotate TLS certificates', 'Tidy Terraform state']) {
      const found = doc.items.find((i) => i.title === title);
      await callApi(server, 'updateItem', { teamId, itemId: found?.id, changes: { status: 'done' } });
    }
    await page.reload();
    await page.getByRole('button', { name: 'Close sprint' }).click();
    const closeDialog = page.getByRole('dialog', { name: 'Close Sprint 4' });
    await closeDialog.getByText('Patch kernels on bastions, Upgrade Postgres to 17').waitFor();
    await closeDialog.getByLabel('The backlog').check();
    await screenshot(page, 'planning-close-dialog');
    await expectNoAxeViolations(page, 'close dialog');
    await closeDialog.getByRole('button', { name: 'Close sprint' }).click();
    await page.getByText('Closed', { exact: true }).first().waitFor();

    const after = await callApi<TeamDoc>(server, 'getTeam', { teamId });
    const closed = after.sprints.find((s) => s.name === 'Sprint 4');
    expect(closed?.result).toMatchObject({
      completedPlannedPoints: 5,
      completedUnplannedPoints: 2,
      incompleteTo: 'backlog',
    });
    expect(
      after.items
        .filter((i) => i.sprintId === null && i.status !== 'done')
        .map((i) => i.title)
        .sort(),
    ).toEqual(['Patch kernels on bastions', 'Upgrade Postgres to 17']);

    await page.getByRole('button', { name: 'Velocity' }).click();
    await page.getByRole('table').getByRole('rowheader', { name: 'Sprint 4' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'planning-velocity');
    await expectNoAxeViolations(page, 'velocity');

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('On-call load (%)').waitFor();
    await expectNoAxeViolations(page, 'planning settings');

    // The next sprint starts inside the freeze: it shows there too, says it is also Sprint 4's, and counts.
    await page.getByRole('button', { name: 'New sprint' }).click();
    const nextForm = page.getByRole('dialog', { name: 'New sprint' });
    await nextForm.getByLabel('Sprint name').fill('Sprint 5');
    await nextForm.getByLabel('Start date').fill('2026-11-16');
    await nextForm.getByLabel('End date').fill('2026-11-27');
    await nextForm.getByRole('button', { name: 'Create sprint' }).click();
    await page.getByRole('heading', { name: /^Sprint 5/ }).waitFor();
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page.getByRole('button', { name: 'Add Patch kernels on bastions to the sprint' }).click();
    const planWarnings = page.getByRole('list', { name: 'Planning warnings' });
    await planWarnings
      .getByText(
        /“Patch kernels on bastions” needs a change, but 3 working days of this sprint \(Mon 16 Nov – Wed 18 Nov\) fall in the freeze “Release freeze”/,
      )
      .waitFor();
    expect(await planWarnings.getByText(/needs a change window, but this sprint has none/).count()).toBe(0);
    await page.getByRole('button', { name: 'Calendar' }).click();
    const nextWindows = page.getByRole('region', { name: 'Change windows and freezes' });
    await nextWindows
      .getByText(/^Change freeze · Release freeze · Thu 12 Nov 00:00 UTC – Thu 19 Nov 00:00 UTC · also in Sprint 4$/)
      .waitFor();
    await expectNoAxeViolations(page, "calendar with the team's freeze");
    await toProjector(page);
    await nextWindows.scrollIntoViewIfNeeded();
    await screenshot(page, 'planning-team-calendar-1920', { fullPage: false });
    await expectProjectorType(page);
    await leaveProjector(page);

    // Moving the planned sprint a week on leaves Ana's time off outside it: the notice is longer than the
    // header's two lines, and "Read all" shows it whole.
    const timeOff = page.getByRole('region', { name: 'Time off' });
    await timeOff.getByLabel('Member').selectOption({ label: 'Ana' });
    await timeOff.getByLabel('From').fill('2026-11-16');
    await timeOff.getByLabel('To').fill('2026-11-18');
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await timeOff.getByText(/Ana/).first().waitFor();
    await page.getByRole('button', { name: 'Edit sprint' }).click();
    const editForm = page.getByRole('dialog', { name: 'Edit Sprint 5' });
    await editForm.getByLabel('Start date').fill('2026-11-23');
    await editForm.getByLabel('End date').fill('2026-12-04');
    await editForm.getByRole('button', { name: 'Save sprint' }).click();
    const notifications = page.getByRole('region', { name: 'Notifications' });
    const notice = notifications.getByText(/^The new dates leave 3 days off \(Ana\) outside Sprint 5\./);
    await notice.waitFor();
    const read = notifications.getByRole('button', { name: 'Read all' });
    await read.click();
    await notifications.getByRole('button', { name: 'Show less' }).waitFor();
    // Whole: the text's box shows every line it has, and the header grew to hold it.
    expect(await notice.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    expect(await notice.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(
      await notifications.getByRole('button', { name: 'Dismiss' }).evaluate((el) => el.getBoundingClientRect().height),
    );
    await screenshot(page, 'planning-move-notice-read-all', { fullPage: false });
    await expectNoAxeViolations(page, 'a long notice read whole');
    await notifications.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice.count()).resolves.toBe(0);
  });
});
