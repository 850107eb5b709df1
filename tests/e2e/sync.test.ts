import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { item, member, team, writeWorkspace } from '../helpers/fixtures';
import { expectNoAxeViolations, fontSizes, launchBrowser, newPage, screenshot } from './helpers/browser';
import { callApi, freshDataDir, serversStoppedAfterEach, type RunningServer } from './helpers/server';

/** A laptop's screen: the two facilitators' windows. */
const LAPTOP = { width: 1366, height: 768 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const serve = serversStoppedAfterEach();

async function open(server: RunningServer): Promise<Page> {
  const page = await newPage(browser, LAPTOP);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Ceremonies' }).waitFor();
  return page;
}

async function toData(page: Page): Promise<void> {
  await page.keyboard.press('Alt+7');
  await page.getByRole('heading', { name: 'Sharing', level: 3 }).waitFor();
}

/** Renames a backlog item through its editor, as the facilitator would. */
async function editTitle(page: Page, from: string, to: string): Promise<void> {
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: `Edit ${from}` }).click();
  const editor = page.getByRole('dialog', { name: `Edit ${from}` });
  await editor.getByLabel('Title').fill(to);
  await editor.getByRole('button', { name: 'Save item' }).click();
  await page.locator('.backlog-row__title', { hasText: to }).waitFor();
}

async function syncNow(page: Page): Promise<string> {
  await toData(page);
  const section = page.getByRole('region', { name: 'Sharing' });
  const result = section.getByRole('status').first();
  const before = await result.textContent();
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => result.textContent()).not.toBe(before);
  return (await result.textContent()) ?? '';
}

const titles = async (server: RunningServer, teamId: string) =>
  (await callApi<TeamDoc>(server, 'getTeam', { teamId })).items.map((i) => i.title).sort();

describe('Sharing a team through a Git remote', () => {
  it('two machines share a team through a bare repository: one edit each merges, a conflict is decided on one', async () => {
    const remote = freshDataDir('cadence-remote-');
    execFileSync('git', ['init', '--bare', '--quiet', remote]);
    const dirA = freshDataDir();
    const [platform] = writeWorkspace(dirA, [
      team('Platform SRE', {
        members: [member('Ana'), member('Bo')],
        items: [item('Rotate certs'), item('Patch kernel'), item('Tune alerts')],
      }),
    ]).teams;
    const a = await serve(dirA);
    const b = await serve(freshDataDir());

    // Ana shares the team from her machine.
    const pageA = await open(a);
    await toData(pageA);
    const shareForm = pageA.getByRole('form', { name: 'Share this team' });
    await shareForm.getByLabel('Remote').fill(remote);
    await shareForm.getByLabel('Your name').fill('Ana');
    await shareForm.getByRole('button', { name: 'Share this team' }).click();
    await pageA.getByText(`Shared Platform SRE through ${remote}.`, { exact: false }).waitFor();
    await pageA.getByRole('banner').getByRole('button', { name: 'Open Sharing: In sync' }).waitFor();
    await expectNoAxeViolations(pageA, 'a shared team');
    await screenshot(pageA, 'sync-a-shared');

    // Bo joins it on his: the team is matched by id and opened.
    const pageB = await open(b);
    await toData(pageB);
    const joinForm = pageB.getByRole('form', { name: 'Join a shared team' });
    await joinForm.getByLabel('Remote').fill(remote);
    await joinForm.getByLabel('Your name').fill('Bo');
    await joinForm.getByRole('button', { name: 'Join the team' }).click();
    await pageB.getByText(`Joined Platform SRE from ${remote}. It is now the open team.`).waitFor();
    await expect.poll(() => pageB.getByRole('combobox', { name: 'Team' }).inputValue()).toBe(platform!.id);
    await screenshot(pageB, 'sync-b-joined');

    // One edit each on different items, and the same item's title changed on both.
    await editTitle(pageA, 'Patch kernel', 'Patch kernel 6.8');
    await editTitle(pageA, 'Rotate certs', 'Rotate TLS certs');
    await editTitle(pageB, 'Tune alerts', 'Tune disk-full alerts');
    await editTitle(pageB, 'Rotate certs', 'Rotate certs on the edge');

    expect(await syncNow(pageA)).toMatch(/^Pulled 0 commits, pushed \d+ commits?\.$/);
    expect(await syncNow(pageB)).toMatch(/^\d+ changes? on both machines needs? a decision \(below\)\./);
    await pageB.getByRole('banner').getByRole('button', { name: 'Open Sharing: Needs a decision' }).waitFor();
    const conflicts = pageB.getByRole('region', { name: 'Conflicts' });
    const title = conflicts.getByRole('group', { name: 'Item “Rotate certs on the edge”: Title' });
    await title.getByRole('radio', { name: 'Keep mine: Rotate certs on the edge' }).waitFor();
    const apply = conflicts.getByRole('button', { name: 'Apply decisions' });
    expect(await apply.isDisabled()).toBe(true);
    // Bo keeps Ana's title, and her side of whatever else came with it.
    for (const group of await conflicts.getByRole('group').all()) {
      await group.getByRole('radio', { name: /^Keep theirs: / }).check();
    }
    expect(await title.getByRole('radio', { name: 'Keep theirs: Rotate TLS certs' }).isChecked()).toBe(true);
    expect(await apply.isDisabled()).toBe(false);
    await expectNoAxeViolations(pageB, 'the conflicts');
    await screenshot(pageB, 'sync-b-conflict');
    // On the projector the choices are in the body type of presentation mode.
    await pageB.keyboard.press('Alt+P');
    await conflicts.scrollIntoViewIfNeeded();
    for (const size of await fontSizes(conflicts.locator('label'))) expect(size).toBeGreaterThanOrEqual(28);
    await screenshot(pageB, 'sync-b-conflict-presentation', { fullPage: false });
    await pageB.keyboard.press('Alt+P');
    await apply.click();
    await pageB.getByText(/^Decisions applied\./).waitFor();
    await pageB.getByRole('banner').getByRole('button', { name: 'Open Sharing: In sync' }).waitFor();
    await screenshot(pageB, 'sync-b-decided');

    expect(await syncNow(pageA)).toMatch(/^Pulled [1-9]\d* commits?, pushed \d+ commits?\.$/);
    const merged = ['Patch kernel 6.8', 'Rotate TLS certs', 'Tune disk-full alerts'];
    expect(await titles(a, platform!.id)).toEqual(merged);
    expect(await titles(b, platform!.id)).toEqual(merged);
    // Ana's screen shows Bo's edit without a reload.
    await pageA.keyboard.press('Alt+2');
    await pageA.locator('.backlog-row__title', { hasText: 'Tune disk-full alerts' }).waitFor();
    await screenshot(pageA, 'sync-a-merged');

    // The remote's history reads as a log of what each did, under their names.
    const log = execFileSync('git', ['--git-dir', remote, 'log', '--format=%an: %s', '--all'], { encoding: 'utf8' });
    expect(log).toMatch(/^Ana: /m);
    expect(log).toMatch(/^Bo: /m);
  });
});
