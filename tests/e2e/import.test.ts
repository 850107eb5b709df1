import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../src/domain/workspace';
import { team } from '../helpers/fixtures';
import { appWithTeams } from './helpers/app';
import { expectNoAxeViolations, newPage, screenshot } from './helpers/browser';
import { callApi } from './helpers/server';

const JIRA = path.join(import.meta.dirname, '..', 'fixtures', 'imports', 'jira-cloud-all-fields.csv');

describe('Backlog → Import…', () => {
  let teamId = '';
  const app = appWithTeams(() => {
    const doc: TeamDoc = team('Platform');
    teamId = doc.id;
    return [doc];
  });

  it('imports a Jira export through the screens: product recognized, site asked, preview with problems, then Undo', async () => {
    const page = await newPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import backlog' });
    // The file is parsed in the module worker (the page's policy refuses blob: workers).
    await dialog.getByLabel('Choose export file…').setInputFiles(JIRA);
    await dialog.getByText('recognized as a Jira export').waitFor();
    const preview = dialog.getByRole('region', { name: 'Rows as they will be created' });
    await preview.getByText('points not on the scale: was 4 → 5').waitFor();
    await preview.getByText('Skipped: no title').waitFor();
    await preview.getByText('unknown type “Risk”: story').waitFor();

    await dialog.getByLabel('Jira site address (required)').fill('https://acme.atlassian.net');
    await expectNoAxeViolations(page, 'backlog import preview');
    await screenshot(page, 'backlog-import-preview', { fullPage: false });

    await dialog.getByRole('button', { name: 'Import 5 items' }).click();
    await dialog.getByText('Import finished: added 5, updated 0, skipped 1.').waitFor();
    await screenshot(page, 'backlog-import-done', { fullPage: false });
    const stored = await callApi<TeamDoc>(app.server, 'getTeam', { teamId });
    expect(stored.items.map((i) => i.source?.key)).toEqual(['OPS-101', 'OPS-100', 'OPS-102', 'OPS-103', 'OPS-104']);
    expect(stored.items[0]?.links[0]?.value).toBe('https://acme.atlassian.net/browse/OPS-101');

    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await dialog.getByText('The import was undone.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByText('The backlog is empty.', { exact: false }).waitFor();
    expect((await callApi<TeamDoc>(app.server, 'getTeam', { teamId })).items).toEqual([]);
  });

  it('refuses a file that is not a CSV export with a message, and changes nothing', async () => {
    const page = await newPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import backlog' });
    await dialog.getByLabel('Choose export file…').setInputFiles({
      name: 'backlog.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFSummary,Issue key\r\n', 'utf16le'),
    });
    await dialog.getByRole('alert').getByText('UTF-16', { exact: false }).waitFor();
    expect((await callApi<TeamDoc>(app.server, 'getTeam', { teamId })).items).toEqual([]);
  });
});
