import { renderHook } from '@testing-library/react';
import type { Active, Announcements, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { usePickUpKept } from '../../../renderer/components/pick-up-announcements';

const said: Announcements = {
  onDragStart: ({ active }) => `Picked up ${active.id}. Use the arrow keys to move it.`,
  onDragOver: ({ active, over }) => (over ? `${active.id} is over ${over.id}.` : undefined),
  onDragEnd: ({ active }) => `${active.id} dropped.`,
  onDragCancel: ({ active }) => `${active.id} cancelled.`,
};

const active = { id: 'a' } as Active;
const over = (id: string) => ({ id }) as Over;

describe('a sortable list’s drag announcements', () => {
  it('keeps the pick-up’s instructions: the item over its own place at once is not said over them', () => {
    const { result, rerender } = renderHook(() => usePickUpKept(said));
    expect(result.current.onDragStart({ active })).toBe('Picked up a. Use the arrow keys to move it.');
    // The list renders again between the pick-up and dnd-kit's first "over": the hook keeps its state.
    rerender();
    expect(result.current.onDragOver({ active, over: over('a') })).toBeUndefined();
    expect(result.current.onDragOver({ active, over: over('b') })).toBe('a is over b.');
    // Back over its own place later is said: the person moved it there.
    expect(result.current.onDragOver({ active, over: over('a') })).toBe('a is over a.');
    expect(result.current.onDragEnd({ active, over: over('a') })).toBe('a dropped.');
  });

  it('says the first place at once when it is another item’s (a pointer drag that starts moving fast)', () => {
    const { result } = renderHook(() => usePickUpKept(said));
    result.current.onDragStart({ active });
    expect(result.current.onDragOver({ active, over: over('c') })).toBe('a is over c.');
  });
});
