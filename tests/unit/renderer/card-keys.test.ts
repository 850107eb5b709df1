import { describe, expect, it } from 'vitest';
import { deckFor } from '../../../src/domain/planning/estimation';
import { COMBINE_MS, NOTHING_TYPED, typeCard, type Typed } from '../../../renderer/screens/planning/card-keys';

/** Types keys at the given times (ms) and returns the label picked after each. */
function typeAll(scale: Parameters<typeof deckFor>[0], keys: [string, number][]): (string | null)[] {
  let typed: Typed = NOTHING_TYPED;
  return keys.map(([key, at]) => {
    const result = typeCard(deckFor(scale), typed, key, at);
    typed = result.typed;
    return result.card?.label ?? null;
  });
}

describe('picking a poker card by keyboard', () => {
  it('combines digits typed within a second: 1 then 3 is 13', () => {
    expect(
      typeAll('fibonacci', [
        ['1', 0],
        ['3', 400],
      ]),
    ).toEqual(['1', '13']);
    expect(
      typeAll('fibonacci', [
        ['2', 0],
        ['1', COMBINE_MS],
      ]),
    ).toEqual(['2', '21']);
  });

  it('starts afresh after a second, or when the longer number is no card', () => {
    expect(
      typeAll('fibonacci', [
        ['1', 0],
        ['3', COMBINE_MS + 1],
      ]),
    ).toEqual(['1', '3']);
    expect(
      typeAll('fibonacci', [
        ['8', 0],
        ['5', 100],
      ]),
    ).toEqual(['8', '5']);
    expect(typeAll('fibonacci', [['4', 0]])).toEqual([null]);
  });

  it('takes ? as unsure and letters as T-shirt sizes', () => {
    expect(typeAll('fibonacci', [['?', 0]])).toEqual(['?']);
    expect(typeAll('tshirt', [['m', 0]])).toEqual(['M']);
    expect(
      typeAll('tshirt', [
        ['x', 0],
        ['l', 200],
      ]),
    ).toEqual([null, 'XL']);
    expect(
      typeAll('tshirt', [
        ['x', 0],
        ['x', 200],
        ['l', 400],
      ]),
    ).toEqual([null, null, 'XXL']);
    expect(
      typeAll('tshirt', [
        ['X', 0],
        ['S', 200],
      ]),
    ).toEqual([null, 'XS']);
  });

  it('reads ½ steps of the modified Fibonacci deck', () => {
    expect(
      typeAll('modified_fibonacci', [
        ['2', 0],
        ['0', 300],
      ]),
    ).toEqual(['2', '20']);
    expect(
      typeAll('modified_fibonacci', [
        ['1', 0],
        ['0', 300],
        ['0', 600],
      ]),
    ).toEqual(['1', null, '100']);
  });
});
