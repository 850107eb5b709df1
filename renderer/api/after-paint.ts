interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * Runs `callback` in a task of its own that yields to waiting input and to the page's other tasks:
 * Chromium's `scheduler.postTask` at background priority; a plain task where there is none (jsdom).
 */
function inBackground(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    void scheduler.postTask(callback, { priority: 'background' });
  } else {
    setTimeout(callback, 0);
  }
}

/**
 * Resolves once the browser has painted the current state (in a task after that frame), or after
 * 50 ms when no frame comes (a hidden tab paints none).
 *
 * Optimistic changes send their api call after this: the change is on screen first, and saving it
 * (which in a large team means serializing and syncing megabytes) does not compete with that frame
 * for the machine's cores. The task runs at background priority, so what follows a paint (a save, a
 * chart catching up) also waits for a key or click that came meanwhile: a second move in quick
 * succession is handled, and painted, before the first one's save starts.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    const fallback = setTimeout(finish, 50);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() =>
        inBackground(() => {
          clearTimeout(fallback);
          finish();
        }),
      );
    }
  });
}
