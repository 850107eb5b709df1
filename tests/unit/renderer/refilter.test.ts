import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMembersMemo, createRefilter } from '../../../renderer/components/refilter';

interface Thing {
  id: number;
  kept: boolean;
}

let nextId = 0;
const thing = (kept: boolean): Thing => ({ id: nextId++, kept });
const keep = (t: Thing) => t.kept;

/** One change as the store makes them: a move, a replaced item, an added or a removed one. */
type Edit =
  | { kind: 'move'; from: number; to: number }
  | { kind: 'replace'; at: number; kept: boolean }
  | { kind: 'insert'; at: number; kept: boolean }
  | { kind: 'remove'; at: number };

function apply(list: readonly Thing[], edit: Edit): Thing[] {
  const next = [...list];
  if (next.length === 0 && edit.kind !== 'insert') return next;
  const at = (n: number) => n % Math.max(1, next.length);
  switch (edit.kind) {
    case 'move': {
      const [moved] = next.splice(at(edit.from), 1);
      if (moved) next.splice(at(edit.to), 0, moved);
      return next;
    }
    case 'replace':
      next[at(edit.at)] = thing(edit.kept);
      return next;
    case 'insert':
      next.splice(edit.at % (next.length + 1), 0, thing(edit.kept));
      return next;
    case 'remove':
      next.splice(at(edit.at), 1);
      return next;
  }
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), kept: fc.boolean() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), kept: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

describe('createRefilter', () => {
  it('answers what filtering the whole list answers, after any series of changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.array(fc.array(edit, { maxLength: 3 }), { maxLength: 12 }),
        (start, steps) => {
          const refilter = createRefilter(keep);
          let list = start.map(thing);
          expect(refilter(list)).toEqual(list.filter(keep));
          for (const step of steps) {
            list = step.reduce(apply, list);
            const answer = refilter(list);
            expect(answer.map((t) => t.id)).toEqual(list.filter(keep).map((t) => t.id));
            answer.forEach((t, i) => expect(t).toBe(list.filter(keep)[i]));
          }
        },
      ),
    );
  });

  it('keeps the same answer while no kept item changed, so screens reading it skip rendering', () => {
    const refilter = createRefilter(keep);
    const list = Array.from({ length: 100 }, (_, i) => thing(i % 3 === 0));
    const first = refilter(list);
    const dropped = list.findIndex((t) => !t.kept);
    const next = [...list];
    next[dropped] = thing(false);
    expect(refilter(next)).toBe(first);
    const moved = [...next];
    moved[0] = thing(true);
    expect(refilter(moved)).not.toBe(first);
  });

  it('reads only the items a change touched, not the whole list', () => {
    let reads = 0;
    const refilter = createRefilter((t: Thing) => {
      reads++;
      return t.kept;
    });
    const list = Array.from({ length: 10_000 }, (_, i) => thing(i % 2 === 0));
    refilter(list);
    reads = 0;
    const next = [...list];
    next[5000] = thing(true);
    const swapped = [...next];
    [swapped[7001], swapped[7002]] = [swapped[7002] as Thing, swapped[7001] as Thing];
    refilter(next);
    refilter(swapped);
    expect(reads).toBeLessThan(20);
  });

  it('gives a list holding one object twice the same answer as a filter', () => {
    const a = thing(true);
    const b = thing(true);
    const refilter = createRefilter(keep);
    refilter([a, b, a]);
    expect(refilter([b, a, a])).toEqual([b, a, a]);
  });
});

describe('createMembersMemo', () => {
  it('works the answer out again when the list holds other objects, not when it is reordered', () => {
    let runs = 0;
    const count = createMembersMemo((list: readonly Thing[]) => {
      runs++;
      return list.filter(keep).length;
    });
    const list = Array.from({ length: 50 }, (_, i) => thing(i % 2 === 0));
    expect(count(list)).toBe(25);
    const reordered = [...list];
    [reordered[3], reordered[40]] = [reordered[40] as Thing, reordered[3] as Thing];
    expect(count(reordered)).toBe(25);
    expect(runs).toBe(1);
    const replaced = [...reordered];
    replaced[10] = thing(false);
    expect(count(replaced)).toBe(24);
    const longer = [...replaced, thing(true)];
    expect(count(longer)).toBe(25);
    const twice = [...longer.slice(1), longer[1] as Thing];
    expect(count(twice)).toBe(twice.filter(keep).length);
    expect(runs).toBe(4);
  });
});
