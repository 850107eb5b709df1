import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeZoneMigration } from '../../../src/storage/migrations/v4';

/** v4 gives each team a time zone: the machine's, which the team's dates were counted in before. */
const v3 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'migration-fixtures/v3.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('migration to v4: the team time zone', () => {
  it("stores the machine's zone on every team, changing nothing else", () => {
    const up = timeZoneMigration(() => 'Asia/Kolkata').up(structuredClone(v3));
    const teams = up.teams as { settings: Record<string, unknown> }[];
    expect(teams.map((t) => t.settings.timeZone)).toEqual(['Asia/Kolkata', 'Asia/Kolkata']);
    const withoutZone = teams.map(({ settings: { timeZone: _, ...rest }, ...team }) => ({ ...team, settings: rest }));
    expect(withoutZone).toEqual(v3.teams);
  });

  it('keeps a zone a team already has, and does not change its input', () => {
    const doc = { teams: [{ id: 't', settings: { timeZone: 'Europe/Berlin' } }, { id: 'u' }] };
    const before = structuredClone(doc);
    const up = timeZoneMigration(() => 'UTC').up(doc);
    expect(up.teams).toEqual([
      { id: 't', settings: { timeZone: 'Europe/Berlin' } },
      { id: 'u', settings: { timeZone: 'UTC' } },
    ]);
    expect(doc).toEqual(before);
  });
});
