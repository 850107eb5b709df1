import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { useFilterWarmup } from '../../../renderer/screens/backlog/use-filter-warmup';
import { item } from '../../helpers/fixtures';

/** requestIdleCallback as a queue the test runs by hand, each callback with a generous deadline. */
function idleQueue() {
  const waiting = new Map<number, IdleRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    waiting.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
  return {
    get size() {
      return waiting.size;
    },
    /** Runs every waiting callback once (those they ask for wait for the next call). */
    runAll() {
      const now = [...waiting.values()];
      waiting.clear();
      for (const callback of now) callback({ didTimeout: false, timeRemaining: () => 50 });
    },
  };
}

const backlog = (n: number): BacklogItem[] =>
  Array.from({ length: n }, (_, i) => ({ ...item(`Item ${i}`), id: `i${i}` }));

describe('useFilterWarmup', () => {
  let idle: ReturnType<typeof idleQueue>;
  beforeEach(() => {
    idle = idleQueue();
  });
  afterEach(() => {
    // Unmounted first: its clean-up cancels through the stub.
    cleanup();
    vi.unstubAllGlobals();
  });

  it('prepares the first list in idle time, then walks nothing again when the list changes', () => {
    const first = backlog(300);
    const { rerender } = renderHook(({ items }) => useFilterWarmup(items), { initialProps: { items: first } });
    expect(idle.size).toBe(1);
    let rounds = 0;
    while (idle.size > 0 && rounds++ < 100) idle.runAll();
    expect(idle.size).toBe(0);

    // A move: the same items in another order. Nothing is walked again in idle time.
    rerender({ items: [first[1]!, first[0]!, ...first.slice(2)] });
    expect(idle.size).toBe(0);
  });

  it('goes on in idle time when the list changes before it was prepared whole', () => {
    const first = backlog(300);
    const { rerender } = renderHook(({ items }) => useFilterWarmup(items), { initialProps: { items: first } });
    rerender({ items: [...first, { ...item('New'), id: 'new' }] });
    expect(idle.size).toBe(1);
  });
});
