import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { cliOver } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { folderState } from '../../helpers/folder-state';
import { bareRepository } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

/** A remote that holds the team "Payments", shared from another machine. */
async function sharedPayments(): Promise<string> {
  const a = tempDir('cadence-cli-join-a-');
  writeWorkspace(a, [team('Payments', { items: [item('Rotate HSM keys')] })]);
  const remote = bareRepository().path;
  expect(await cliOver(a, { CADENCE_GIT_AUTHOR: 'Ana' }).run(['sync', '--team', 'Payments', '--remote', remote])).toBe(
    0,
  );
  return remote;
}

/**
 * Joining a team may start a data folder on a new machine, but never inside a folder of someone's own files (a
 * --data-dir typed wrong, `~/Documents` for `~/Documents/cadence`): the imports and a plain sync refuse such a
 * folder, and a join must too, rather than spread cadence.json, teams/, backups/ and sync/ among those files.
 */
describe('cadence sync --remote: joining into a folder that holds no Cadence data', { timeout: 60_000 }, () => {
  it('refuses a folder that holds other files, writing nothing into it', async () => {
    const remote = await sharedPayments();
    const notes = tempDir('cadence-cli-join-notes-');
    writeFileSync(path.join(notes, 'my-notes.txt'), 'mine\n');
    mkdirSync(path.join(notes, 'photos'));
    const before = folderState(notes);
    const join = cliOver(notes, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await join.run(['sync', '--team', 'Payments', '--remote', remote])).toBe(1);
    expect(join.out).toEqual([]);
    expect(join.err).toEqual([
      `There is no Cadence data in ${notes}, and other files are: give --data-dir the folder Cadence keeps its data in, or a new or empty folder to join the team in. Nothing was changed.`,
    ]);
    expect(folderState(notes)).toEqual(before);
  });

  it('joins into an empty folder (one made for it, as mktemp -d makes), leaving it empty when nothing was joined', async () => {
    const remote = await sharedPayments();
    const empty = tempDir('cadence-cli-join-empty-');
    const typo = cliOver(empty, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await typo.run(['sync', '--team', 'Paymants', '--remote', remote])).toBe(1);
    expect(readdirSync(empty)).toEqual([]);
    const join = cliOver(empty, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await join.run(['sync', '--team', 'Payments', '--remote', remote])).toBe(0);
    expect(join.err).toEqual([`Joined Payments from ${remote}.`]);
  });

  it('joins into a folder that holds only the lock a join stopped by Ctrl+C left (its process gone)', async () => {
    const remote = await sharedPayments();
    const left = tempDir('cadence-cli-join-stopped-');
    const gone = { pid: 2 ** 22 + 1, host: os.hostname(), startedAt: '2026-11-04T09:00:00.000Z', app: 'command line' };
    writeFileSync(path.join(left, LOCK_FILE_NAME), JSON.stringify(gone));
    const join = cliOver(left, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await join.run(['sync', '--team', 'Payments', '--remote', remote])).toBe(0);
    expect(join.err).toEqual([`Joined Payments from ${remote}.`]);
  });
});
