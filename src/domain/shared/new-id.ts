/** New ids and timestamps; free of schemas so the renderer can make them without loading zod. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
