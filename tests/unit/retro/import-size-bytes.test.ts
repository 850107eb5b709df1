import { beforeEach, describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

const MB = 1024 * 1024;

let backend: InProcessApi;
let teamId: string;

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Platform' })).id;
});

/** A retro export as "Download JSON" writes it, and a writer of it with `extra` added (a field the import leaves aside). */
async function exported(): Promise<(extra: string) => string> {
  const other = (await backend.api.createTeam({ name: 'Payments' })).id;
  const retro = await backend.api.createRetro({
    teamId: other,
    kind: 'retro',
    title: 'Retro — Sprint 7',
    sprintId: null,
    templateId: 'ops',
    incident: null,
  });
  const file = JSON.parse(retroToJson(retro, null, '2026-11-27T12:00:00.000Z', String)) as Record<string, unknown>;
  return (extra) => JSON.stringify({ ...file, notes: extra });
}

/**
 * The retro import's bound is the file's size in bytes, as the Retro screen checks the file picked (its size) and as
 * the bound reads ("5 MB"): the api counts the same bytes, so a file of accented text the screen refuses is not taken
 * by the api either, and both say it in the same words.
 */
describe('importing a retro export: the bound counted in bytes at the api', () => {
  it('refuses a file of more than 5 MB of UTF-8, though it holds fewer than 5 MB of characters', async () => {
    const json = (await exported())('é'.repeat(3 * MB));
    expect(json.length).toBeLessThan(5 * MB);
    expect(Buffer.byteLength(json)).toBeGreaterThan(5 * MB);

    const answer = await backend.call('importRetro', { teamId, json });

    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(
      /^This file is larger than 5 MB, more than a retro export holds/,
    );
    expect((await backend.api.getTeam({ teamId })).retros).toEqual([]);
  });

  it('takes a file of exactly 5 MB of UTF-8', async () => {
    const exportedWith = await exported();
    const extra = 5 * MB - Buffer.byteLength(exportedWith(''));
    const padded = exportedWith('é'.repeat(Math.floor(extra / 2)) + ' '.repeat(extra % 2));
    expect(Buffer.byteLength(padded)).toBe(5 * MB);

    const { retro } = await backend.api.importRetro({ teamId, json: padded });

    expect(retro.title).toBe('Retro — Sprint 7');
  });
});
