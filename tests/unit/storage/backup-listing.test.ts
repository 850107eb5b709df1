import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { summarizeBackups } from '../../../src/storage/backups';
import { team, workspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** Counts every whole-workspace validation run on this thread (the one that answers api calls). */
const validations = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/storage/decode', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const real = actual.decodeWorkspace as (...args: unknown[]) => unknown;
  return {
    ...actual,
    decodeWorkspace: (...args: unknown[]) => {
      validations.count++;
      return real(...args);
    },
  };
});

describe('listing backups', () => {
  it('says what each backup holds, or why it cannot be restored, without validating any on the api thread', async () => {
    const dir = tempDir();
    const write = (stamp: string, text: string) => writeFileSync(path.join(dir, `cadence-${stamp}.json`), text);
    write('20261120T100000000Z', JSON.stringify(workspace([team('Platform'), team('Network')])));
    write('20261121T100000000Z', '{"trunc');
    write('20261122T100000000Z', '');
    write('20261123T100000000Z', JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, teams: [] }));
    write('20261124T100000000Z', JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, teams: 'none' }));

    validations.count = 0;
    const listed = await summarizeBackups(dir);

    expect(validations.count).toBe(0);
    expect(listed.map((b) => [b.createdAt.slice(0, 10), b.teams, b.problem])).toEqual([
      ['2026-11-24', null, expect.stringMatching(/does not match the expected shape/)],
      ['2026-11-23', null, `written by a newer version of Cadence (format ${CURRENT_SCHEMA_VERSION + 1})`],
      ['2026-11-22', null, 'the file is empty'],
      ['2026-11-21', null, expect.stringMatching(/not valid JSON/)],
      ['2026-11-20', ['Platform', 'Network'], null],
    ]);
  });
});
