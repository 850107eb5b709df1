import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { holdAsDesktopApp } from '../../helpers/app-lock';
import { folderState } from '../../helpers/folder-state';
import { FIXTURES } from '../imports/read-fixture';

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');

async function itemsOf(dataDir: string) {
  const store = await openWorkspaceStore({ dataDir });
  const items = store.snapshot().teams[0]?.items ?? [];
  await store.close();
  return items;
}

describe('cadence import backlog', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
  });

  it('imports a Jira export, printing the preview’s notes and each skipped row with its reason, then the figures', async () => {
    const { io, out } = captured(dataDir);
    const code = await runCli(['import', 'backlog', JIRA, '--team', 'platform', '--site', 'acme.atlassian.net'], io);
    expect(code).toBe(0);
    expect(out).toEqual([
      'row 2: note, points not on the scale: was 4 → 5',
      'row 5: note, points 100 are over twice the largest card (34): unestimated',
      'row 6: note, unknown type “Risk”: story',
      'row 7: skipped, no title',
      'added 5, updated 0, skipped 1',
    ]);
    const items = await itemsOf(dataDir);
    expect(items.map((i) => i.source?.key)).toEqual(['OPS-101', 'OPS-100', 'OPS-102', 'OPS-103', 'OPS-104']);
    expect(items[0]?.source?.site).toBe('https://acme.atlassian.net');

    const again = captured(dataDir);
    const args = ['import', 'backlog', JIRA, '--team', 'Platform', '--site', 'https://acme.atlassian.net/'];
    expect(await runCli([...args, '--data-dir', dataDir], again.io)).toBe(0);
    // Each item holds its row's values already: unchanged, not updated, and the import is done (0).
    expect(again.out.at(-1)).toBe('added 0, updated 0, skipped 1, unchanged 5');
  });

  it('refuses (exit 1) a file in which a quote never closes, naming the row that opens it, and imports nothing', async () => {
    const file = path.join(dataDir, 'broken.csv');
    writeFileSync(file, 'Summary,Issue key\nFirst,OPS-1\n"Broken, row,OPS-2\nThird,OPS-3\nFourth,OPS-4\n');
    for (const dryRun of [['--dry-run'], []]) {
      const { io, out, err } = captured(dataDir);
      expect(await runCli(['import', 'backlog', file, '--team', 'Platform', ...dryRun], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `${file}: row 3 opens a quote that is never closed, so the 2 lines after it cannot be told from its text. Close the quote in the file (or take it out) and import again. Nothing was imported.`,
      ]);
    }
    expect(await itemsOf(dataDir)).toEqual([]);

    writeFileSync(file, 'Summary,Issue key\nOnly,"OPS-9\n');
    const last = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], last.io)).toBe(1);
    expect(last.err).toEqual([
      `${file}: row 2 opens a quote that is never closed. Close the quote in the file (or take it out) and import again. Nothing was imported.`,
    ]);

    // The quote opens a row that then reads as blank cells (only line breaks and spaces follow it).
    writeFileSync(file, 'Summary,Issue key\nFirst,OPS-1\n,"  \n\n');
    const blank = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], blank.io)).toBe(1);
    expect(blank.err).toEqual([
      `${file}: row 3 opens a quote that is never closed. Close the quote in the file (or take it out) and import again. Nothing was imported.`,
    ]);
    expect(await itemsOf(dataDir)).toEqual([]);
  });

  it('refuses (exit 1) a file whose header row opens a quote never closed, saying so, not "no title column"', async () => {
    const file = path.join(dataDir, 'header.csv');
    writeFileSync(file, '"Summary,Issue key\nFirst,OPS-1\nSecond,OPS-2\n');
    const { io, out, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `${file}: the header row (row 1) opens a quote that is never closed, so the 2 lines after it cannot be told from its text. Close the quote in the file (or take it out) and import again. Nothing was imported.`,
    ]);
    expect(await itemsOf(dataDir)).toEqual([]);
  });

  it('prints a row whose quoting is broken as a note of that row, in row order, in the format of the other notes', async () => {
    const file = path.join(dataDir, 'stray-cr.csv');
    // A closing quote with a stray carriage return after it: papaparse reads the row, and says its quoting is broken.
    writeFileSync(
      file,
      'Summary,Issue key,Story Points\nFirst,OPS-1,4\n"Rotate the certs"  \r",OPS-2\nThird,OPS-3,4\n',
    );
    const { io, out } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform', '--dry-run'], io)).toBe(0);
    expect(out.filter((line) => line.startsWith('row '))).toEqual([
      'row 2: note, points not on the scale: was 4 → 5',
      "row 3: note, the file's quoting is broken near here (Trailing quote on quoted field is malformed)",
      'row 4: note, points not on the scale: was 4 → 5',
    ]);
  });

  it('imports a file of more rows than one api call takes, as the screen does, in parts', async () => {
    const file = path.join(dataDir, 'big.csv');
    // 20,001 rows, the last repeating the key of the first: it is skipped across the parts, naming that row.
    const rows = Array.from({ length: 20_000 }, (_, i) => `Item ${i},K-${i}`);
    writeFileSync(file, ['Title,Key', ...rows, 'Again,K-0'].join('\n'));
    for (const dryRun of [['--dry-run'], []]) {
      const { io, out, err } = captured(dataDir);
      expect(await runCli(['import', 'backlog', file, '--team', 'Platform', ...dryRun], io)).toBe(0);
      expect(err).toEqual([expect.stringMatching(/^Read 20,001 rows of a CSV file/)]);
      const dry = dryRun.length > 0 ? ' (dry run: nothing was written)' : '';
      expect(out).toEqual(['row 20002: skipped, same key K-0 as row 2', `added 20000, updated 0, skipped 1${dry}`]);
    }
    expect(await itemsOf(dataDir)).toHaveLength(20_000);
  }, 60_000);

  it("shows control characters from the file's cells escaped in what it prints", async () => {
    const file = path.join(dataDir, 'keys.csv');
    writeFileSync(file, 'Summary,Issue key\nFirst,OPS-1\u001b[2J\nSecond,OPS-1\u001b[2J\n');
    const { io, out } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform', '--dry-run'], io)).toBe(0);
    expect(out[0]).toBe('row 3: skipped, same key OPS-1\\x1b[2J as row 2');
  });

  it('says a file no product exported is read as a plain CSV by its column names', async () => {
    const file = path.join(dataDir, 'plain.csv');
    writeFileSync(file, 'Title,Points\nRotate the TLS certificates,3\n');
    const { io, out, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], io)).toBe(0);
    expect(err).toContain(
      "Read 1 row of a CSV file that is no known product's export (its columns were matched by their names).",
    );
    expect(out.at(-1)).toBe('added 1, updated 0, skipped 0');
    expect((await itemsOf(dataDir)).map((i) => [i.title, i.points])).toEqual([['Rotate the TLS certificates', 3]]);
  });

  it('refuses, with exit 1 and one message, a file with no column for the title, naming the columns it looks for', async () => {
    const file = path.join(dataDir, 'subjects.csv');
    writeFileSync(file, 'Subject,Key\nRotate the TLS certificates,K-1\nPatch the kernel,K-2\n');
    const { io, out, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.at(-1)).toBe(
      `${file} has no column for the title: Cadence looks for one named “Title”, “Summary” or “Name” in a CSV file that is no known product's export. Rename the column in the file, or import it in the app, where each field's column can be picked. Nothing was imported.`,
    );
    expect(await itemsOf(dataDir)).toEqual([]);

    // A --product whose title column the file does not have says so in that product's names.
    const jira = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', '--product', 'github'], jira.io)).toBe(1);
    expect(jira.err.at(-1)).toContain(
      `${JIRA} has no column for the title: Cadence looks for one named “Title” in a GitHub Projects export.`,
    );
  });

  it('names a refused file by the path typed, on one line, so a loop over */export.csv can tell which one failed', async () => {
    const typed = (folder: string) => {
      mkdirSync(path.join(dataDir, folder));
      const file = path.join(dataDir, folder, 'export.csv');
      writeFileSync(file, 'Subject,Issue key\nRotate certs,OPS-1\n');
      return file;
    };
    for (const file of [typed('ops'), typed('q4\nsre')]) {
      const { io, err } = captured(dataDir);
      expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], io)).toBe(1);
      // A line break in the path is shown as `\n` (a backslash and n), as in the other lines from the data.
      const shown = file.replace('\n', '\\n');
      expect(err).toEqual([
        `${shown} has no column for the title: Cadence looks for one named “Title”, “Summary” or “Name” in a CSV file that is no known product's export. ` +
          "Rename the column in the file, or import it in the app, where each field's column can be picked. Nothing was imported.",
      ]);
    }
  });

  it('refuses a --site that is not a web address (exit 2), rather than keeping it with every item', async () => {
    const { io, out, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', '--site', 'acme atlassian'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(
      /^--site is not a web address: give the site the export came from, e\.g\. https:\/\/acme\.atlassian\.net\. Nothing was imported\.\nUsage: cadence import backlog /,
    );
    // A bare host name is a site, as on the screen.
    expect(
      await runCli(
        ['import', 'backlog', JIRA, '--team', 'Platform', '--site', 'acme.atlassian.net', '--dry-run'],
        captured(dataDir).io,
      ),
    ).toBe(0);
    expect(await itemsOf(dataDir)).toEqual([]);
  });

  it('names the product with the article it takes: "an Azure DevOps export"', async () => {
    const { io, err } = captured(dataDir);
    const file = path.join(FIXTURES, 'azure-devops-query.csv');
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform', '--dry-run'], io)).toBe(0);
    expect(err[0]).toMatch(/^Read \d+ rows of an Azure DevOps export\.$/);
  });

  it('--dry-run prints the same figures and writes nothing', async () => {
    const { io, out } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', '--dry-run'], io)).toBe(0);
    expect(out.at(-1)).toBe('added 5, updated 0, skipped 1 (dry run: nothing was written)');
    expect(await itemsOf(dataDir)).toEqual([]);
  });

  it('exits 2 on a usage mistake, 1 on an unknown team or a refused file', async () => {
    const usage = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA], usage.io)).toBe(2);
    // The FILE was given: the message names only what is missing.
    expect(usage.err.join('\n')).toMatch(/^import backlog needs --team NAME\.\nUsage: cadence/);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'x', '--bogus'], captured(dataDir).io)).toBe(2);
    expect(await runCli(['export', 'everything'], captured(dataDir).io)).toBe(2);

    const team = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Nobody'], team.io)).toBe(1);
    expect(team.err).toContain('There is no team named “Nobody”. Teams: Platform.');

    const utf16 = path.join(dataDir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('\uFEFFSummary,Issue key\n', 'utf16le'));
    const refused = captured(dataDir);
    expect(await runCli(['import', 'backlog', utf16, '--team', 'Platform'], refused.io)).toBe(1);
    expect(refused.err.join()).toMatch(/UTF-16.*Nothing was imported/);
  });

  it('refuses a data folder that is not there, real run or dry run, and creates nothing', async () => {
    const missing = path.join(tempDir('cadence-cli-'), 'no-such-folder');
    for (const dryRun of [[], ['--dry-run']]) {
      const { io, out, err } = captured(missing);
      expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', ...dryRun], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err.join()).toContain(`There is no data folder at ${missing}: give --data-dir the folder`);
      expect(existsSync(missing)).toBe(false);
    }
  });

  it('says plainly why a file cannot be read: not there, or a folder', async () => {
    const missing = path.join(dataDir, 'export.csv');
    const gone = captured(dataDir);
    expect(await runCli(['import', 'backlog', missing, '--team', 'Platform'], gone.io)).toBe(1);
    expect(gone.err).toEqual([`There is no file at ${missing}. Nothing was changed.`]);
    const folder = captured(dataDir);
    expect(await runCli(['import', 'backlog', dataDir, '--team', 'Platform'], folder.io)).toBe(1);
    expect(folder.err).toEqual([`${dataDir} is a folder: give the file itself. Nothing was changed.`]);
    expect(await itemsOf(dataDir)).toEqual([]);
  });

  it('says a program given as FILE is not a text export (not "UTF-16"), exits 1 and imports nothing', async () => {
    // As a Linux program starts: its ELF header, then tables of addresses and sizes, mostly zero bytes.
    const tables = Buffer.alloc(4096);
    for (let i = 0; i < tables.length; i += 8) tables.writeUInt32LE(0x400000 + i * 16, i);
    const program = path.join(dataDir, 'cadence');
    writeFileSync(program, Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), tables]));
    const { io, out, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', program, '--team', 'Platform'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([`${program} is a binary file, not a CSV export. Nothing was imported.`]);
    expect(await itemsOf(dataDir)).toEqual([]);
  });

  it('runs a dry run while Cadence is open on the folder, reading it without changing a byte', async () => {
    holdAsDesktopApp(dataDir);
    const before = folderState(dataDir);
    const { io, out } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', '--dry-run'], io)).toBe(0);
    expect(out.at(-1)).toBe('added 5, updated 0, skipped 1 (dry run: nothing was written)');
    expect(folderState(dataDir)).toEqual(before);
  });

  it('exits 4 when Cadence is open on the folder, naming the process, and changes nothing', async () => {
    holdAsDesktopApp(dataDir);
    const { io, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform'], io)).toBe(4);
    expect(err.join()).toContain(`Cadence is open on this folder (desktop app, process ${process.ppid}`);
    expect(err.join()).toContain('close it and try again (a --dry-run works while it is open). Nothing was changed.');
    expect(await itemsOf(dataDir)).toEqual([]);
  });
});
