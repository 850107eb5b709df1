import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { decodeDocument, decodeWorkspace } from '../../../src/storage/decode';
import { MIGRATIONS, type Migration } from '../../../src/storage/migrations';
import { checkMigrationChain, runMigrations } from '../../../src/storage/migrations/run';

const FIXTURES = path.join(import.meta.dirname, 'migration-fixtures');
const fixtureVersions = readdirSync(FIXTURES)
  .map((n) => /^v(\d+)\.json$/.exec(n)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);
const fixture = (version: number) => readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8');

describe('shipped migrations', () => {
  it('form a contiguous chain up to the current schema version', () => {
    expect(checkMigrationChain(MIGRATIONS, CURRENT_SCHEMA_VERSION)).toBeNull();
  });

  it('each has a fixture of the version it upgrades from', () => {
    for (const step of MIGRATIONS) expect(fixtureVersions, `fixture v${step.to - 1}.json`).toContain(step.to - 1);
    expect(fixtureVersions).toContain(CURRENT_SCHEMA_VERSION);
  });

  it.each(fixtureVersions)('a file of version %i still opens with every team and item', (version) => {
    const text = fixture(version);
    const decoded = decodeWorkspace(text);
    expect(decoded.kind, decoded.kind === 'damaged' ? decoded.reason : '').toBe('ok');
    if (decoded.kind !== 'ok') return;
    const raw = JSON.parse(text) as { teams: { id: string; items: { id: string }[] }[] };
    expect(decoded.workspace.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(decoded.migratedFrom).toBe(version === CURRENT_SCHEMA_VERSION ? null : version);
    expect(decoded.workspace.teams.map((t) => t.id)).toEqual(raw.teams.map((t) => t.id));
    expect(decoded.workspace.teams.flatMap((t) => t.items.map((i) => i.id))).toEqual(
      raw.teams.flatMap((t) => t.items.map((i) => i.id)),
    );
  });
});

/** The mechanism, with a fixture-only chain: v1 {teams:[{title}]} -> v2 renames title to name -> v3 adds tags. */
const V3 = z.object({
  schemaVersion: z.literal(3),
  teams: z.array(z.object({ name: z.string(), tags: z.array(z.string()) }).strict()),
});
const toV2: Migration = {
  to: 2,
  name: 'rename team title to name',
  up: (doc) => ({
    ...doc,
    teams: (doc.teams as { title: string }[]).map(({ title }) => ({ name: title })),
  }),
};
const toV3: Migration = {
  to: 3,
  name: 'add tags',
  up: (doc) => ({ ...doc, teams: (doc.teams as object[]).map((t) => ({ ...t, tags: [] })) }),
};
const target = { version: 3, schema: V3 };

describe('migration mechanism (fixture chain)', () => {
  it('upgrades a v1 document through every step in order and validates the result', () => {
    const decoded = decodeDocument(
      JSON.stringify({ schemaVersion: 1, teams: [{ title: 'Ops' }] }),
      [toV2, toV3],
      target,
    );
    expect(decoded).toEqual({
      kind: 'ok',
      migratedFrom: 1,
      workspace: { schemaVersion: 3, teams: [{ name: 'Ops', tags: [] }] },
    });
  });

  it('runs only the steps newer than the document', () => {
    const decoded = decodeDocument(
      JSON.stringify({ schemaVersion: 2, teams: [{ name: 'Ops' }] }),
      [toV2, toV3],
      target,
    );
    expect(decoded).toMatchObject({ kind: 'ok', migratedFrom: 2, workspace: { teams: [{ name: 'Ops', tags: [] }] } });
  });

  it('leaves a current document untouched and reports no migration', () => {
    const doc = { schemaVersion: 3, teams: [{ name: 'Ops', tags: ['x'] }] };
    expect(decodeDocument(JSON.stringify(doc), [toV2, toV3], target)).toEqual({
      kind: 'ok',
      migratedFrom: null,
      workspace: doc,
    });
  });

  it('does not mutate the input of a step', () => {
    const doc = { schemaVersion: 1, teams: [{ title: 'Ops' }] };
    runMigrations(doc, 1, [toV2, toV3]);
    expect(doc).toEqual({ schemaVersion: 1, teams: [{ title: 'Ops' }] });
  });

  it('reports a step that throws as a damaged file instead of crashing', () => {
    const broken: Migration = {
      to: 2,
      name: 'broken',
      up: () => {
        throw new Error('boom');
      },
    };
    const decoded = decodeDocument(JSON.stringify({ schemaVersion: 1, teams: [] }), [broken, toV3], target);
    expect(decoded).toMatchObject({
      kind: 'damaged',
      reason: expect.stringMatching(/could not be upgraded from version 1.*boom/),
    });
  });

  it('reports a step whose output does not validate as damaged, naming the field', () => {
    const wrong: Migration = { to: 3, name: 'forgets tags', up: (doc) => doc };
    const decoded = decodeDocument(
      JSON.stringify({ schemaVersion: 1, teams: [{ title: 'Ops' }] }),
      [toV2, wrong],
      target,
    );
    expect(decoded).toMatchObject({ kind: 'damaged', reason: expect.stringContaining('teams.0.tags') });
  });

  it('treats a document newer than the target as newer, not damaged', () => {
    const decoded = decodeDocument(JSON.stringify({ schemaVersion: 4, teams: [] }), [toV2, toV3], target);
    expect(decoded).toMatchObject({ kind: 'newer', version: 4 });
  });

  it('detects gaps and disorder in a chain', () => {
    expect(checkMigrationChain([toV2, toV3], 3)).toBeNull();
    expect(checkMigrationChain([toV3], 3)).toMatch(/\[2, 3\]/);
    expect(checkMigrationChain([toV3, toV2], 3)).not.toBeNull();
    expect(checkMigrationChain([], 1)).toBeNull();
  });

  it('decodeWorkspace runs an injected list instead of the shipped one', () => {
    const text = fixture(CURRENT_SCHEMA_VERSION);
    const failing: Migration = {
      to: CURRENT_SCHEMA_VERSION + 1,
      name: 'injected',
      up: () => {
        throw new Error('injected step ran');
      },
    };
    expect(decodeWorkspace(text).kind).toBe('ok');
    expect(decodeWorkspace(text, [failing])).toMatchObject({
      kind: 'damaged',
      reason: expect.stringContaining('injected step ran'),
    });
  });
});
