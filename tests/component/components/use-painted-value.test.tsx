import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaintedValue } from '../../../renderer/components/use-painted-value';

describe('usePaintedValue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a new value only after the frame that shows the change, and the last of quick changes', async () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value }) => usePaintedValue(value), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');

    rerender({ value: 'b' });
    // The render that paints the change still has the value as it was.
    expect(result.current).toBe('a');
    rerender({ value: 'c' });
    expect(result.current).toBe('a');

    // Every frame and fallback timer that was waiting has run: the last value is shown.
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(result.current).toBe('c');
  });
});
