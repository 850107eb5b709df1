import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { item, team } from '../helpers/fixtures';
import { launchBrowser } from './helpers/browser';
import { startWithTeams, type RunningServer } from './helpers/server';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startWithTeams([
    team('Platform', { items: [item('Patch the bastion hosts')] }),
    team('Storage', { items: [item('Grow the Ceph pool')] }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('one workspace in two browser windows', () => {
  it('shows each window what the other changed, without a reload, and says when its team was deleted there', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const projector = await context.newPage();
    const laptop = await context.newPage();
    for (const page of [projector, laptop]) {
      await page.goto(server.url);
      await page.locator('.backlog-row__title', { hasText: 'Patch the bastion hosts' }).waitFor();
    }

    // On the laptop: a new item. The projector shows it.
    await laptop.getByRole('button', { name: 'New item' }).click();
    const editor = laptop.getByRole('dialog', { name: 'New item' });
    await editor.getByLabel('Title').fill('Rotate the TLS certificates');
    await editor.getByRole('button', { name: 'Create item' }).click();
    await projector.locator('.backlog-row__title', { hasText: 'Rotate the TLS certificates' }).waitFor();

    // On the projector: the team renamed. The laptop's switcher follows.
    await projector.getByRole('link', { name: 'Team', exact: true }).click();
    await projector.getByRole('button', { name: 'Rename Platform' }).click();
    const name = projector.getByLabel('New team name');
    await name.fill('Platform SRE');
    await name.press('Enter');
    await expect.poll(() => laptop.locator('#team-switcher option:checked').textContent()).toBe('Platform SRE');

    // The laptop deletes the team the projector shows: the projector says so and shows the team left.
    await laptop.getByRole('link', { name: 'Team', exact: true }).click();
    await laptop.getByRole('button', { name: 'Delete Platform SRE' }).click();
    await laptop
      .getByRole('dialog', { name: 'Delete Platform SRE?' })
      .getByRole('button', { name: 'Delete team' })
      .click();
    await projector.getByText('“Platform SRE” was deleted in another window. Showing “Storage”.').waitFor();
    expect(await projector.locator('#team-switcher option:checked').textContent()).toBe('Storage');
    await projector.screenshot({ path: 'tests/e2e/screenshots/windows-team-deleted.png' });
    await context.close();
  });
});
