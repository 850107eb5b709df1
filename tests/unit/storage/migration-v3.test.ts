import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWorkspace } from '../../../src/storage/decode';
import { migrationToV3 } from '../../../src/storage/migrations/v3';

const v2 = readFileSync(path.join(import.meta.dirname, 'migration-fixtures', 'v2.json'), 'utf8');

describe('migration to version 3 (backlog item source)', () => {
  it('gives every item of a version-2 file no source and every team no deleted sources', () => {
    const decoded = decodeWorkspace(v2);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.migratedFrom).toBe(2);
    const [platform, network] = decoded.workspace.teams;
    expect(platform?.items.map((i) => i.source)).toEqual([null, null]);
    expect(platform?.deletedSources).toEqual([]);
    expect(network?.deletedSources).toEqual([]);
  });

  it('writes the fields into the document itself, without touching its input', () => {
    const doc = { teams: [{ id: 't', items: [{ id: 'i', title: 'A' }] }] };
    const out = migrationToV3.up(doc) as { teams: { items: { source: unknown }[]; deletedSources: unknown[] }[] };
    expect(out.teams[0]?.items[0]?.source).toBeNull();
    expect(out.teams[0]?.deletedSources).toEqual([]);
    expect(doc.teams[0]?.items[0]).toEqual({ id: 'i', title: 'A' });
  });

  it('keeps the source of an item in a version-3 file', () => {
    const text = readFileSync(path.join(import.meta.dirname, 'migration-fixtures', 'v3.json'), 'utf8');
    const decoded = decodeWorkspace(text);
    expect(decoded.kind === 'ok' && decoded.workspace.teams[0]?.items[0]?.source).toEqual({
      product: 'jira',
      site: 'https://acme.atlassian.net',
      key: 'OPS-12',
    });
  });
});

describe('migration to version 3 on a damaged document', () => {
  it('leaves a team list that is not a list as it is, so the file is reported damaged rather than emptied', () => {
    expect(decodeWorkspace('{"schemaVersion":2,"teams":"nope"}').kind).toBe('damaged');
  });
});
