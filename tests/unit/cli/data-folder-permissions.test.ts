import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

/**
 * The folder this test's file system refuses, as the system refuses a folder owned by another user or on a
 * read-only disk. The tests run as root too, which no permission bits stop, so the refusal is made here.
 */
const denied = vi.hoisted(() => ({
  folder: '',
  what: 'nothing' as 'nothing' | 'write' | 'read' | 'list',
  code: 'EACCES',
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof Fs>();
  const WORDS: Record<string, string> = { EACCES: 'permission denied', ENOSPC: 'no space left on device' };
  const inFolder = (file: unknown) => denied.folder !== '' && String(file).startsWith(denied.folder + path.sep);
  /** The error Node gives for a file the user may not open, with its code and path. */
  const refusal = (file: unknown) =>
    Object.assign(new Error(`${denied.code}: ${WORDS[denied.code] ?? 'refused'}, open '${String(file)}'`), {
      code: denied.code,
      syscall: 'open',
      path: String(file),
    });
  const promises = {
    ...real.promises,
    writeFile: (file: Parameters<typeof real.promises.writeFile>[0], ...rest: unknown[]) =>
      denied.what === 'write' && inFolder(file)
        ? Promise.reject(refusal(file))
        : (real.promises.writeFile as (...args: unknown[]) => Promise<void>)(file, ...rest),
    open: (file: Parameters<typeof real.promises.open>[0], flags: unknown = 'r', ...rest: unknown[]) =>
      denied.what === (/[wax+]/.test(String(flags)) ? 'write' : 'read') && inFolder(file)
        ? Promise.reject(refusal(file))
        : (real.promises.open as (...args: unknown[]) => Promise<unknown>)(file, flags, ...rest),
    readFile: (file: Parameters<typeof real.promises.readFile>[0], ...rest: unknown[]) =>
      denied.what === 'read' && inFolder(file)
        ? Promise.reject(refusal(file))
        : (real.promises.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest),
  };
  // A folder without its x permission: nothing in it can be looked up, so a file in it does not "exist".
  const listed = (file: unknown) => !(denied.what === 'list' && inFolder(file));
  const existsSync: typeof real.existsSync = (file) => listed(file) && real.existsSync(file);
  const statSync = ((file: Fs.PathLike, ...rest: unknown[]) => {
    if (!listed(file)) throw Object.assign(refusal(file), { syscall: 'stat' });
    return (real.statSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.statSync;
  const sync = { existsSync, statSync };
  return { ...real, ...sync, promises, default: { ...real, ...sync, promises } };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const { promises } = await import('node:fs');
  const { writeFile, readFile, open } = promises;
  return { ...real, writeFile, readFile, open, default: { ...real, writeFile, readFile, open } };
});

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');

/**
 * A data folder the command may not write in (a cron job run as another user than the app's, a folder on a
 * read-only share) is refused in words that say so and what to do, never with the system's error and a lock
 * file's name, and nothing in it changes.
 */
describe('cadence import: a data folder the command may not write in or read', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-denied-');
    writeWorkspace(dataDir, [team('Platform')]);
    denied.folder = dataDir;
    denied.what = 'nothing';
    denied.code = 'EACCES';
    return () => {
      denied.folder = '';
    };
  });

  const run = async (args: string[]) => {
    const before = folderState(dataDir);
    const { io, out, err } = captured(dataDir);
    const code = await runCli([...args, '--data-dir', dataDir], io);
    denied.what = 'nothing';
    expect(folderState(dataDir)).toEqual(before);
    return { code, out, err: err.join('\n') };
  };

  it('refuses a folder it may not write in, saying so, what to do, and that a dry run works', async () => {
    denied.what = 'write';
    const { code, out, err } = await run(['import', 'backlog', JIRA, '--team', 'Platform']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toBe(
      `Cadence may not write in the data folder ${dataDir}: its permissions do not allow it, or its disk is read-only. Run the command as the user Cadence runs as, or make the folder writable (a --dry-run only reads it). Nothing was changed.`,
    );
  });

  it('says the same to sync, which has no dry run to offer', async () => {
    denied.what = 'write';
    const { code, err } = await run(['sync', '--team', 'Platform']);
    expect(code).toBe(1);
    expect(err).toBe(
      `Cadence may not write in the data folder ${dataDir}: its permissions do not allow it, or its disk is read-only. Run the command as the user Cadence runs as, or make the folder writable. Nothing was changed.`,
    );
  });

  it('refuses a folder it may not read, even for a dry run, saying so', async () => {
    denied.what = 'read';
    const { code, out, err } = await run(['import', 'backlog', JIRA, '--team', 'Platform', '--dry-run']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toBe(
      `Cadence may not read the data folder ${dataDir}: its permissions do not allow it. Run the command as the user Cadence runs as. Nothing was changed.`,
    );
  });

  it('says a data folder it may not look into is a permission problem, not a folder without Cadence data', async () => {
    const before = folderState(dataDir);
    const { io, out, err: errLines } = captured(dataDir);
    denied.what = 'list';
    const code = await runCli(
      ['import', 'backlog', JIRA, '--team', 'Platform', '--dry-run', '--data-dir', dataDir],
      io,
    );
    denied.what = 'nothing';
    expect(folderState(dataDir)).toEqual(before);
    const err = errLines.join('\n');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).not.toMatch(/no Cadence data/);
    expect(err).toBe(
      `Cadence may not read the data folder ${dataDir}: its permissions do not allow it. Run the command as the user Cadence runs as. Nothing was changed.`,
    );
  });

  it('says so in one line, with no stack trace, when only the backups folder may not be written in', async () => {
    const backups = path.join(dataDir, 'backups');
    // Owner-only, as the app leaves a folder it wrote: the store tightens what is not before its first write.
    mkdirSync(backups, { recursive: true, mode: 0o700 });
    chmodSync(path.join(dataDir, 'cadence.json'), 0o600);
    denied.folder = backups;
    denied.what = 'write';
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    try {
      const { code, out, err } = await run(['import', 'backlog', JIRA, '--team', 'Platform']);
      expect(code).toBe(1);
      expect(out.at(-1)).not.toMatch(/^added/);
      expect(err.split('\n').at(-1)).toBe(
        `Cadence may not write in the data folder ${dataDir}: its permissions do not allow it, or its disk is read-only. Run the command as the user Cadence runs as, or make the folder writable (a --dry-run only reads it). Nothing was changed.`,
      );
      expect(console).not.toHaveBeenCalled();
    } finally {
      console.mockRestore();
    }
  });

  it('says any other failure of the backup (a full disk) in one line, with the system’s words, and no stack trace', async () => {
    const backups = path.join(dataDir, 'backups');
    mkdirSync(backups, { recursive: true, mode: 0o700 });
    chmodSync(path.join(dataDir, 'cadence.json'), 0o600);
    Object.assign(denied, { folder: backups, what: 'write', code: 'ENOSPC' });
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    try {
      const { code, err } = await run(['import', 'backlog', JIRA, '--team', 'Platform']);
      expect(code).toBe(1);
      expect(err.split('\n').at(-1)).toMatch(
        new RegExp(
          `^Cadence could not finish: ENOSPC: no space left on device, open '${backups}/[^']+'\\. Nothing was changed\\.$`,
        ),
      );
      expect(console).not.toHaveBeenCalled();
    } finally {
      console.mockRestore();
    }
  });

  it('still imports into a folder it may write in', async () => {
    const { io, out } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', '--data-dir', dataDir], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^added 5, updated 0, skipped 1/);
  });
});
