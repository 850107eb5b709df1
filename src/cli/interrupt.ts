/**
 * Runs work done in several writes (a big export, part by part) with Ctrl+C (SIGINT) asking it to stop between
 * them: the first press lets the write under way finish, and `stopped()` tells the work to send no more; a second
 * press is the process's own again (it stops at once, which every write, whole on disk or not there, survives).
 * Without this the process died between two parts in silence, the backlog holding part of the file.
 * `pressed`: what the person is told at the first press.
 */
export async function stoppableByCtrlC<T>(
  pressed: () => void,
  work: (stopped: () => boolean) => Promise<T>,
): Promise<T> {
  let stop = false;
  const onInterrupt = () => {
    stop = true;
    process.off('SIGINT', onInterrupt);
    pressed();
  };
  process.on('SIGINT', onInterrupt);
  try {
    return await work(() => stop);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
