import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { item, member, team, workspace, writeWorkspace } from '../helpers/fixtures';
import { download, expectNoAxeViolations, launchBrowser, newPage, screenshot } from './helpers/browser';
import { callApi, freshDataDir, serversStoppedAfterEach, startServer, type RunningServer } from './helpers/server';
import { readDataText } from '../../src/storage/read-layout';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const serve = serversStoppedAfterEach();

async function openData(server: RunningServer): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Ceremonies' }).waitFor();
  await page.keyboard.press('Alt+7');
  await page.getByRole('heading', { name: 'Data & backups', level: 2 }).waitFor();
  return page;
}

const teamNames = async (server: RunningServer) =>
  (await callApi<{ name: string }[]>(server, 'listTeams', {})).map((t) => t.name);

describe('Data & backups screen', () => {
  it('lists backups and restores one after confirming, backing up the current data first', async () => {
    const dir = freshDataDir();
    writeWorkspace(dir, [team('Platform SRE', { members: [member('Ana')], items: [item('Rotate certs')] })]);
    const server = await serve(dir);
    await callApi(server, 'createTeam', { name: 'Added by mistake' });
    const page = await openData(server);

    const table = page.getByRole('table', { name: 'Backups, newest first' });
    await table.getByRole('row').nth(1).waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain('1 team: Platform SRE');
    expect(await rows.nth(1).textContent()).toContain('Automatic');
    await expect.poll(() => page.getByLabel('Backups folder').inputValue()).toBe(path.join(dir, 'backups'));
    await expectNoAxeViolations(page, 'data screen');
    await screenshot(page, 'data-backups');

    await rows
      .nth(1)
      .getByRole('button', { name: /^Restore the backup from / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/backed up first/);
    await expectNoAxeViolations(page, 'restore confirmation');
    await screenshot(page, 'data-restore-confirm');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();

    await page.getByText(/^Restored the backup from /).waitFor();
    expect(await teamNames(server)).toEqual(['Platform SRE']);
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toMatch(/Before a restore.*2 teams: Platform SRE, Added by mistake/);
    expect(await page.getByRole('combobox', { name: 'Team' }).locator('option').allTextContents()).toEqual([
      'Platform SRE',
    ]);
  });

  it('exports the workspace as JSON and imports it back, refusing a bad file with a clear message', async () => {
    const dir = freshDataDir();
    writeWorkspace(dir, [team('Network', { items: [item('Replace core switch')] }), team('Storage')]);
    const server = await serve(dir);
    const page = await openData(server);

    const { name, text: exported } = await download(page, 'Export workspace (JSON)');
    expect(name).toMatch(/^cadence-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported).teams.map((t: { name: string }) => t.name)).toEqual(['Network', 'Storage']);

    // A bad file: a clear message, and nothing changes.
    const before = readDataText(dir);
    const backupsBefore = readdirSync(path.join(dir, 'backups'));
    const input = page.getByLabel('Import a workspace file (replaces all data)');
    await input.setInputFiles({ name: 'jira.csv', mimeType: 'text/csv', buffer: Buffer.from('Summary,Points\nx,3') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/jira\.csv: This is not a Cadence workspace export.*Nothing was changed/);
    expect(readDataText(dir)).toBe(before);
    expect(readdirSync(path.join(dir, 'backups'))).toEqual(backupsBefore);
    await expectNoAxeViolations(page, 'import error');
    await screenshot(page, 'data-import-error');

    // Change the data, then import the export: all of it comes back, after a backup.
    await callApi(server, 'createTeam', { name: 'Temporary' });
    await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    const dialog = page.getByRole('dialog', { name: 'Replace all data with this file?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Network (0 members, 1 backlog item); Storage');
    await screenshot(page, 'data-import-confirm');
    await dialog.getByRole('button', { name: 'Replace all data' }).click();
    await page.getByText(/^Imported 2 teams from export\.json/).waitFor();
    expect(await teamNames(server)).toEqual(['Network', 'Storage']);
    expect(readdirSync(path.join(dir, 'backups')).some((n) => n.endsWith('-before-workspace-import.json'))).toBe(true);
  });

  it('says plainly at start-up that a damaged file was set aside, with the backups folder at hand', async () => {
    const dir = freshDataDir();
    writeWorkspace(dir, [team('Kept team')]);
    const first = await serve(dir);
    await first.stop();
    writeFileSync(path.join(dir, 'cadence.json'), '{"schemaVersion":1,"teams":[{"id":"a","na');

    const server = await serve(dir);
    const page = await newPage(browser);
    await page.goto(server.url);
    const notice = page.getByRole('region', { name: 'Data notices' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /could not be read.*kept as cadence\.json\.damaged-.*newest good backup/,
    );
    expect(await notice.getByLabel('Backups folder').inputValue()).toBe(path.join(dir, 'backups'));
    await notice.getByRole('button', { name: 'Copy path' }).waitFor();
    expect(await teamNames(server)).toEqual(['Kept team']);
    expect(readdirSync(dir).filter((n) => n.startsWith('cadence.json.damaged-'))).toHaveLength(1);
    await expectNoAxeViolations(page, 'start-up notice');
    await screenshot(page, 'data-recovered-notice');
    await notice.getByRole('button', { name: 'See all backups' }).click();
    await page.getByRole('heading', { name: 'Data & backups', level: 2 }).waitFor();
  });
});

describe('a data file from a newer Cadence', () => {
  it('opens read-only: restore and import are off, and the file is never written', async () => {
    const dir = freshDataDir();
    const newer = JSON.stringify({ ...workspace([team('From the future')]), schemaVersion: 99 });
    writeFileSync(path.join(dir, 'cadence.json'), newer);
    mkdirSync(path.join(dir, 'backups'));
    writeFileSync(
      path.join(dir, 'backups', 'cadence-20261120T090000000Z.json'),
      JSON.stringify(workspace([team('Old')])),
    );
    const server = await serve(dir);
    const page = await openData(server);
    await page.getByText(/open read-only: restore and import are off/).waitFor();
    expect(await page.getByRole('region', { name: 'Data notices' }).textContent()).toMatch(/newer version.*upgrade/);
    expect(await page.getByLabel('Import a workspace file (replaces all data)').isDisabled()).toBe(true);
    const restore = page.getByRole('button', { name: /^Restore the backup from / }).first();
    await restore.waitFor();
    expect(await restore.isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'read-only data screen');
    await screenshot(page, 'data-read-only');
    expect(readFileSync(path.join(dir, 'cadence.json'), 'utf8')).toBe(newer);
  });
});

describe('one writer per data dir', () => {
  it('refuses a second server on the same folder, naming the first; frees the folder on SIGTERM', async () => {
    const dir = freshDataDir();
    const first = await serve(dir);
    const lockFile = path.join(dir, 'cadence.lock');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: first.process.pid });

    const second = startServer(dir);
    await expect(second).rejects.toThrow(
      new RegExp(`Server exited with 2:[\\s\\S]*browser-mode server, process ${first.process.pid} on `),
    );

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
    const third = await serve(dir);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(third.process.pid);
  });

  it('takes over the lock of a server that was killed outright', async () => {
    const dir = freshDataDir();
    writeWorkspace(dir, [team('Survivor')]);
    const first = await serve(dir);
    await first.stop('SIGKILL');
    expect(existsSync(path.join(dir, 'cadence.lock'))).toBe(true);
    const next = await serve(dir);
    expect(next.output()).toMatch(new RegExp(`took over the lock left by process ${first.process.pid}`));
    expect(await teamNames(next)).toEqual(['Survivor']);
  });
});
