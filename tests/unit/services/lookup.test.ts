import { isDraft, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { findIn } from '../../../src/services/lookup';

const list = () =>
  produce({ items: Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}` })) }, () => undefined);

describe('findIn over an immer draft', () => {
  it('hands back the element itself, as a draft a change can be made through', () => {
    const next = produce(list(), (draft) => {
      const found = findIn(draft.items, 'i700', 'The item');
      expect(isDraft(found)).toBe(true);
      found.title = 'Renamed';
    });
    expect(next.items[700]).toEqual({ id: 'i700', title: 'Renamed' });
  });

  it('leaves every element it did not hand back as the same object', () => {
    const before = list();
    const after = produce(before, (draft) => {
      findIn(draft.items, 'i900', 'The item').title = 'Renamed';
    });
    const replaced = after.items.filter((item, i) => item !== before.items[i]).map((i) => i.id);
    expect(replaced).toEqual(['i900']);
  });

  it('finds elements the same recipe added or moved, and refuses an id that is not there', () => {
    produce(list(), (draft) => {
      draft.items.unshift({ id: 'new', title: 'Added' });
      // i5 now sits at index 6, and index 5 holds i4.
      expect(findIn(draft.items, 'i5', 'The item').title).toBe('Item 5');
      expect(findIn(draft.items, 'new', 'The item').title).toBe('Added');
      expect(() => findIn(draft.items, 'gone', 'The item')).toThrow('The item');
    });
  });
});
