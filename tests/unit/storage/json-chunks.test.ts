import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeFs } from '../../../src/storage/file-system';
import { jsonChunks } from '../../../src/storage/json-chunks';

const text = (value: unknown) => Buffer.concat(jsonChunks(value)).toString('utf8');

/** A team-like document: plain fields and collections of records, frozen the way the store's are. */
function teamLike(items: number) {
  return produce(
    {
      id: 't1',
      name: 'Platform — Ops ✓',
      settings: { bufferPercent: 20, dor: ['Has acceptance criteria'] },
      items: Array.from({ length: items }, (_, i) => ({
        id: `i${i}`,
        title: `Upgrade redis ${i} “now”`,
        points: i % 5,
      })),
      sprints: [] as { id: string }[],
      labels: ['db', 'network'],
    },
    () => undefined,
  );
}

describe('jsonChunks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the bytes of JSON.stringify for any JSON value, frozen or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, frozen) => {
        const input = frozen ? produce({ v: value }, () => undefined).v : value;
        expect(text(input)).toBe(JSON.stringify(input));
      }),
    );
  });

  it('writes what JSON.stringify writes for fields and entries it leaves out or turns into null', () => {
    const doc = Object.freeze({
      a: undefined,
      b: [Object.freeze({ x: 1 }), undefined, () => 1, Object.freeze({ y: undefined, z: 'é\u2028😀' })],
      c: () => 2,
      d: new Date(0),
      e: [],
      f: null,
    });
    expect(text(doc)).toBe(JSON.stringify(doc));
    expect(text([1, { a: 2 }])).toBe(JSON.stringify([1, { a: 2 }]));
    expect(text('ä')).toBe(JSON.stringify('ä'));
    expect(text({ toJSON: () => ({ replaced: true }) })).toBe('{"replaced":true}');
  });

  it('follows a change made with immer: the new record is written, the others as they were', () => {
    const before = teamLike(50);
    expect(text(before)).toBe(JSON.stringify(before));
    const after = produce(before, (draft) => {
      draft.items[7]!.title = 'Renamed';
      draft.items.splice(3, 1);
      draft.sprints.push({ id: 's1' });
    });
    expect(text(after)).toBe(JSON.stringify(after));
    expect(text(before)).toBe(JSON.stringify(before));
  });

  it('encodes each frozen record once: a later write stringifies only the records a change replaced', () => {
    const before = teamLike(200);
    jsonChunks(before);
    const after = produce(before, (draft) => {
      draft.items[42]!.points = 8;
    });
    const stringify = vi.spyOn(JSON, 'stringify');
    jsonChunks(after);
    const records = stringify.mock.calls.map(([value]) => value).filter((v) => typeof v === 'object' && v !== null);
    // The changed record, and the plain fields (settings and the labels list) that are not collections of records.
    expect(records).toContain(after.items[42]);
    expect(records.filter((v) => before.items.includes(v as never))).toEqual([]);
  });

  it('writes records that are not frozen afresh each time, so a change to them is never missed', () => {
    const items = [{ id: 'a', title: 'first' }];
    const doc = { items };
    expect(text(doc)).toBe('{"items":[{"id":"a","title":"first"}]}');
    items[0]!.title = 'changed';
    expect(text(doc)).toBe('{"items":[{"id":"a","title":"changed"}]}');
  });

  it('is written to disk in its parts as the one file JSON.stringify would give', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-chunks-'));
    try {
      // More parts than one writev call takes (IOV_MAX is 1024 on Linux).
      const team = teamLike(3000);
      const file = path.join(dir, 'team.json');
      await nodeFs.writeSynced(file, jsonChunks(team));
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(team));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
