// Skips a rebuild when no input changed since the last successful one (by modification time).
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

const stampFile = (root, stamp) => path.join(root, 'dist', `.built-${stamp}`);

export function isFresh(root, inputs, stamp) {
  const file = stampFile(root, stamp);
  if (!existsSync(file)) return false;
  const built = statSync(file).mtimeMs;
  return inputs.every((input) => newestMtime(path.join(root, input)) < built);
}

export function markFresh(root, stamp) {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(stampFile(root, stamp), new Date().toISOString());
}
