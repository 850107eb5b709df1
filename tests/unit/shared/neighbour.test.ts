import { describe, expect, it } from 'vitest';
import { neighbourOf } from '../../../src/domain/shared/neighbour';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('the entry that takes a removed one’s place', () => {
  it('is the one after it, else (at the end) the one before, else none', () => {
    expect(neighbourOf(list, 'a')?.id).toBe('b');
    expect(neighbourOf(list, 'b')?.id).toBe('c');
    expect(neighbourOf(list, 'c')?.id).toBe('b');
    expect(neighbourOf([{ id: 'a' }], 'a')).toBeUndefined();
    expect(neighbourOf([], 'a')).toBeUndefined();
  });
});
