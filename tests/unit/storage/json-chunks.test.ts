import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeFs } from '../../../src/storage/file-system';
import { ChunkMemory, jsonChunks } from '../../../src/storage/json-chunks';

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

  describe("with a file's memory", () => {
    it("gives JSON.stringify's bytes through any series of moves, edits, removals and additions", () => {
      type Team = ReturnType<typeof teamLike>;
      const change = fc.oneof(
        fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
        fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), title: fc.string() }),
        fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('add' as const), at: fc.nat(), title: fc.string() }),
      );
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 400 }), fc.array(change, { maxLength: 12 }), (size, changes) => {
          const memory = new ChunkMemory();
          let doc: Team = teamLike(size);
          const written = (d: Team) => Buffer.concat(jsonChunks(d, memory)).toString('utf8');
          expect(written(doc)).toBe(JSON.stringify(doc));
          for (const c of changes) {
            doc = produce(doc, (draft) => {
              const n = draft.items.length;
              if (c.kind === 'add')
                draft.items.splice(n === 0 ? 0 : c.at % (n + 1), 0, { id: 'new', title: c.title, points: 1 });
              if (n === 0) return;
              if (c.kind === 'move') draft.items.splice(c.to % n, 0, ...draft.items.splice(c.from % n, 1));
              if (c.kind === 'edit') draft.items[c.at % n]!.title = c.title;
              if (c.kind === 'remove') draft.items.splice(c.at % n, 1);
            });
            expect(written(doc)).toBe(JSON.stringify(doc));
          }
        }),
        { numRuns: 60 },
      );
    });

    it('writes a 1,000-item list in a few parts, and a change to one item rebuilds only the part holding it', () => {
      const memory = new ChunkMemory();
      const before = teamLike(1000);
      const first = jsonChunks(before, memory);
      // 1,000 records in 8 runs of 128 (with their commas) beside the other fields, against 2,000 parts without a memory.
      expect(first.length).toBeLessThan(50);
      expect(jsonChunks(before).length).toBeGreaterThan(2000);
      const after = produce(before, (draft) => {
        draft.items[300]!.title = 'Renamed';
      });
      const second = jsonChunks(after, memory);
      expect(Buffer.concat(second).toString('utf8')).toBe(JSON.stringify(after));
      // The runs of records (parts of ~6 kB; the rest are field names and small fields): every one but the
      // run holding item 300 (items 256–383) is the very buffer written before.
      const runs = (parts: Buffer[]) => parts.filter((part) => part.length > 1000);
      expect(runs(second)).toHaveLength(8);
      const rebuilt = runs(second).filter((part) => !first.includes(part));
      expect(rebuilt).toHaveLength(1);
      expect(rebuilt[0]?.toString('utf8')).toContain('"Renamed"');
    });

    it('never keeps records that are not frozen: a change to one is written the next time', () => {
      const memory = new ChunkMemory();
      const items = Array.from({ length: 200 }, (_, i) => ({ id: `i${i}`, title: `t${i}` }));
      const doc = { items };
      jsonChunks(doc, memory);
      items[150]!.title = 'changed in place';
      expect(Buffer.concat(jsonChunks(doc, memory)).toString('utf8')).toBe(JSON.stringify(doc));
    });
  });
});
