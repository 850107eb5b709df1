import path from 'node:path';

/**
 * Ports a data folder's own port is picked from: clear of the usual development servers (3000, 5173,
 * 8080) and below every system's range for outgoing connections' ports (Linux 32768–60999; Windows
 * and macOS 49152–65535), so a browser's or a script's connection never happens to hold it.
 */
const FIRST = 21_000;
const COUNT = 8_000;

/**
 * The port browser mode offers a data folder when none is given: the same one on every run, so the
 * page's origin is the same and what the browser keeps for it (the team open last time, cached code)
 * is there again. Another folder gets another port (FNV-1a of the folder's absolute path). When it is
 * taken, the host listens on any free port instead (server.ts).
 */
export function stablePortFor(dataDir: string): number {
  let hash = 0x811c9dc5;
  for (const char of path.resolve(dataDir)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return FIRST + (hash % COUNT);
}
