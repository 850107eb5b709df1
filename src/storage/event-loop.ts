/** Lets the host answer what is waiting (requests, the page's scripts) before going on with long work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
