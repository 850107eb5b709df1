import { describe, expect, it } from 'vitest';
import type { SprintFacts } from '../../../src/domain/retro/facts';
import { bufferOverText } from '../../../src/domain/retro/export/facts';

const facts = (bufferUsedPoints: number, bufferPoints: number) => ({ bufferUsedPoints, bufferPoints }) as SprintFacts;

describe('bufferOverText: the words that say the buffer ran over', () => {
  it('says by how much the buffer used went over what was reserved', () => {
    expect(bufferOverText(facts(5.5, 3))).toBe('2.5 pts over the buffer reserved');
    expect(bufferOverText(facts(1, 0))).toBe('1 pt over the buffer reserved');
  });
  it('says nothing when the buffer used is within what was reserved', () => {
    expect(bufferOverText(facts(3, 3))).toBeNull();
    expect(bufferOverText(facts(0, 4))).toBeNull();
  });
});
