/**
 * Resolves once the browser has painted the current state (the frame after this task), or after
 * 50 ms when no frame comes (a hidden tab paints none).
 *
 * Optimistic changes send their api call after this: the change is on screen first, and saving it
 * (which in a large team means serializing and syncing megabytes) does not compete with that frame
 * for the machine's cores.
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
        setTimeout(() => {
          clearTimeout(fallback);
          finish();
        }, 0),
      );
    }
  });
}
