import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemFields } from '../helpers/fixtures';
import { expectNoAxeViolations, launchBrowser, newPage, screenshot } from './helpers/browser';
import { freshDataDir, startServer, type RunningServer } from './helpers/server';
import { readDataText } from '../../src/storage/read-layout';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function rowTitles(page: Page): Promise<string[]> {
  return page.locator('.backlog-row__title').allTextContents();
}

async function open(page: Page, server: RunningServer, screenName: string) {
  await page.goto(server.url);
  await page.getByRole('link', { name: screenName, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: screenName }).waitFor();
}

describe('foundation: a team and its backlog in browser mode', () => {
  it('creates a team with members and a backlog, reorders it, and finds it all again after a restart', async () => {
    const dataDir = freshDataDir();
    let server = await startServer(dataDir);
    const page = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    await page.goto(server.url);
    // The token leaves the address bar once the page has it (and has painted its first frame).
    await page.getByRole('heading', { name: 'Backlog' }).waitFor();
    await expect.poll(() => page.url()).not.toContain('token=');
    await expect(page.getByText('There is no team yet.')).toBeTruthy();
    await expectNoAxeViolations(page, 'backlog without a team');

    // Team with members
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByLabel('Team name').fill('Platform SRE');
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.getByRole('heading', { name: 'Members of Platform SRE' }).waitFor();
    for (const [name, role, hours, onCall] of [
      ['Asha', 'SRE', '6', true],
      ['Ben', 'Network engineer', '3', false],
      ['Chidi', 'DBA', '6', true],
    ] as const) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Role').fill(role);
      await page.getByLabel('Hours per day').fill(hours);
      const box = page.getByLabel('Takes on-call shifts');
      if ((await box.isChecked()) !== onCall) await box.click();
      await page.getByRole('button', { name: 'Add member' }).click();
      await page.getByRole('rowheader', { name }).waitFor();
    }
    await expectNoAxeViolations(page, 'team screen');
    await screenshot(page, 'foundation-team');

    // A Definition of Ready entry's wording fixed in place: it keeps its place and its automatic check.
    await page.getByRole('button', { name: 'Edit “Estimated by the team”' }).click();
    const wording = page.getByLabel('Text of “Estimated by the team”');
    await wording.fill('Estimated by the whole team');
    await expectNoAxeViolations(page, 'team screen, a Definition entry edited');
    await screenshot(page, 'foundation-dor-edit', { fullPage: false });
    await wording.press('Enter');
    const edited = page.getByRole('button', { name: 'Edit “Estimated by the whole team”' });
    await expect.poll(() => edited.evaluate((el) => el === document.activeElement)).toBe(true);

    // Backlog: from a template, and by hand (after a refused empty title)
    await page.getByRole('link', { name: 'Backlog', exact: true }).click();
    await page.getByRole('button', { name: 'New from template' }).click();
    await expectNoAxeViolations(page, 'template picker');
    await page.getByRole('button', { name: /Kubernetes cluster upgrade/ }).click();
    await page.getByLabel('Title').fill('Upgrade prod-eu to Kubernetes 1.31');
    await page.getByLabel('Story points').selectOption('8');
    await page.getByRole('button', { name: 'Create item' }).click();
    await page.locator('.backlog-row__title', { hasText: 'Upgrade prod-eu to Kubernetes 1.31' }).waitFor();

    await page.getByRole('button', { name: 'New item' }).click();
    await page.getByRole('button', { name: 'Create item' }).click();
    await page.getByText('Title cannot be empty.').waitFor();
    await expectNoAxeViolations(page, 'item editor with an error');
    await screenshot(page, 'foundation-item-editor-error');
    const editor = page.getByRole('dialog', { name: 'New item' });
    await editor.getByLabel('Title').fill('Rotate TLS certificates on the edge proxies');
    await editor.getByLabel('Type').selectOption('chore');
    await editor.getByLabel('Labels').fill('security, networking');
    await editor.getByRole('button', { name: 'Add criterion' }).click();
    await editor.getByLabel('Acceptance criterion 1').fill('No certificate expires within 60 days');
    await editor.getByRole('button', { name: 'Add link' }).click();
    await editor.getByLabel('Link 1 kind').selectOption('ticket');
    await editor.getByLabel('Link 1 address or ticket key').fill('OPS-4711');
    await editor.getByRole('button', { name: 'Create item' }).click();
    await page.locator('.backlog-row__title', { hasText: 'Rotate TLS certificates on the edge proxies' }).waitFor();

    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'New item' }).waitFor();
    await page.getByLabel('Title').fill('Tune the disk-full alert');
    await page.getByRole('button', { name: 'Create item' }).click();
    await page.locator('.backlog-row__title', { hasText: 'Tune the disk-full alert' }).waitFor();
    expect(await rowTitles(page)).toEqual([
      'Upgrade prod-eu to Kubernetes 1.31',
      'Rotate TLS certificates on the edge proxies',
      'Tune the disk-full alert',
    ]);

    // Reorder by keyboard drag (Space, arrow, Space) ...
    await page.getByRole('button', { name: 'Reorder Tune the disk-full alert' }).focus();
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) await page.keyboard.press(key);
    await expect
      .poll(() => rowTitles(page))
      .toEqual([
        'Tune the disk-full alert',
        'Upgrade prod-eu to Kubernetes 1.31',
        'Rotate TLS certificates on the edge proxies',
      ]);
    // ... and by mouse drag.
    const handle = page.getByRole('button', { name: 'Reorder Rotate TLS certificates on the edge proxies' });
    const target = page.getByRole('button', { name: 'Reorder Tune the disk-full alert' });
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 10 });
    await page.mouse.up();
    const expected = [
      'Rotate TLS certificates on the edge proxies',
      'Tune the disk-full alert',
      'Upgrade prod-eu to Kubernetes 1.31',
    ];
    await expect.poll(() => rowTitles(page)).toEqual(expected);

    // Typed key by key into the clicked field, as a person would; the field must hold the text before the
    // rows are judged, so a lost key press reads as such rather than as a filter that does not filter.
    const filterBox = page.getByRole('searchbox', { name: 'Filter' });
    const list = page.getByRole('list', { name: 'Backlog items in priority order' });
    const listTop = async () => (await list.boundingBox())?.y;
    const unfilteredTop = await listTop();
    expect(await page.getByRole('button', { name: 'Clear filter' }).isDisabled()).toBe(true);
    await filterBox.click();
    await filterBox.pressSequentially('tls');
    await expect.poll(() => filterBox.inputValue()).toBe('tls');
    await page.getByText('Showing 1 of 3 items').waitFor();
    await expect.poll(() => rowTitles(page)).toEqual(['Rotate TLS certificates on the edge proxies']);
    // The list stays where it was while the filter bar changes its count and enables its button.
    expect(await listTop()).toBe(unfilteredTop);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    expect(await page.getByRole('button', { name: 'Clear filter' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'backlog with items');
    await screenshot(page, 'foundation-backlog');

    // Presentation mode: larger type
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.presentation)).toBe('on');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('28px');
    await screenshot(page, 'foundation-backlog-presentation');
    await page.getByRole('button', { name: 'Exit presentation' }).click();

    // Every other screen is reachable and accessible.
    for (const name of ['Planning', 'Standup', 'Review', 'Retro']) {
      await page.getByRole('link', { name, exact: true }).click();
      await page.locator('main h2').first().waitFor();
      await expectNoAxeViolations(page, `${name} screen`);
    }

    // Restart on the same data dir: everything is still there, in order.
    const code = await server.stop('SIGTERM');
    expect(code).toBe(0);
    expect(server.output()).toContain('all changes are saved');
    server = await startServer(dataDir);
    await open(page, server, 'Backlog');
    await expect.poll(() => rowTitles(page)).toEqual(expected);
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    for (const name of ['Asha', 'Ben', 'Chidi']) await page.getByRole('rowheader', { name }).waitFor();
    const onDisk = JSON.parse(readDataText(dataDir) ?? 'null');
    expect(onDisk.teams[0].members.find((m: { name: string }) => m.name === 'Ben')).toMatchObject({
      hoursPerDay: 3,
      takesOnCall: false,
    });
    expect(dialogs).toEqual([]);
    await server.stop();
  });

  it('refuses bad api input over http and leaves the data file as it was', async () => {
    const dataDir = freshDataDir();
    const server = await startServer(dataDir);
    const post = (method: string, body: unknown, token = server.token) =>
      fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cadence-token': token },
        body: JSON.stringify(body),
      });
    type Answer = { value: { id: string }; error: { message: string } };
    const answer = async (res: Response) => (await res.json()) as Answer;
    const team = (await answer(await post('createTeam', { name: 'Ops' }))).value;
    const before = readDataText(dataDir);
    const item = itemFields('x', { description: 'd'.repeat(10 * 1024 * 1024) });
    const huge = await post('createItem', { teamId: team.id, item });
    expect(huge.status).toBe(400);
    expect((await answer(huge)).error.message).toMatch(/Description is too long/);
    const offScale = await post('createItem', { teamId: team.id, item: { ...item, description: '', points: 4 } });
    expect((await answer(offScale)).error.message).toMatch(/not on this team's point scale/);
    expect((await post('listTeams', {}, 'wrong')).status).toBe(401);
    expect(readDataText(dataDir)).toBe(before);
    await server.stop();
  });
});
