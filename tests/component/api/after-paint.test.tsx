import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../renderer/api/after-paint';

describe('afterNextPaint (optimistic changes save after their frame)', () => {
  afterEach(() => {
    // Stubs first: a stub made under fake timers remembers the fake requestAnimationFrame as the original,
    // and the files after this one share its globals.
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the next animation frame, then for the task after it', async () => {
    vi.useFakeTimers();
    let frame: FrameRequestCallback | null = null;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frame = cb;
      return 1;
    });
    let resolved = false;
    void afterNextPaint().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(resolved).toBe(false); // no frame yet
    (frame as FrameRequestCallback | null)?.(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('runs after the frame in a background task, behind input that came meanwhile', async () => {
    let frame: FrameRequestCallback | null = null;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frame = cb;
      return 1;
    });
    const posted: { callback: () => void; priority: string }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (callback: () => void, options: { priority: string }) => {
        posted.push({ callback, priority: options.priority });
        return Promise.resolve();
      },
    });
    let resolved = false;
    void afterNextPaint().then(() => (resolved = true));
    (frame as FrameRequestCallback | null)?.(0);
    await Promise.resolve();
    expect(resolved).toBe(false); // the frame alone does not resolve it
    expect(posted.map((p) => p.priority)).toEqual(['background']);
    posted[0]?.callback();
    await Promise.resolve();
    expect(resolved).toBe(true);
  });

  it('does not wait for ever when no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    let resolved = false;
    void afterNextPaint().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(49);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
