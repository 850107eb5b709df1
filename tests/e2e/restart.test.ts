import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { item, team, writeWorkspace } from '../helpers/fixtures';
import { launchBrowser } from './helpers/browser';
import { freshDataDir, serversStoppedAfterEach } from './helpers/server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('browser mode across restarts of `npm run web`', () => {
  const serve = serversStoppedAfterEach();

  it('opens the team that was open last, at the same address', async () => {
    const dataDir = freshDataDir();
    writeWorkspace(dataDir, [
      team('Alpha', { items: [item('Patch the bastion hosts')] }),
      team('Bravo', { items: [item('Rotate the TLS certificates')] }),
    ]);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const first = await serve(dataDir);
    const page = await context.newPage();
    await page.goto(first.url);
    await page.locator('.backlog-row__title', { hasText: 'Patch the bastion hosts' }).waitFor();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Bravo' });
    await page.locator('.backlog-row__title', { hasText: 'Rotate the TLS certificates' }).waitFor();
    await first.stop();

    const second = await serve(dataDir);
    expect(second.port).toBe(first.port);
    const again = await context.newPage();
    await again.goto(second.url);
    await again.locator('.backlog-row__title', { hasText: 'Rotate the TLS certificates' }).waitFor();
    await expect.poll(() => again.getByLabel('Team', { exact: true }).inputValue()).not.toBe('');
    expect(await again.getByLabel('Team', { exact: true }).locator('option:checked').textContent()).toBe('Bravo');
    await context.close();
  });
});
