import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything in a folder, as a list of "path mode content-hash" lines (folders "path/ mode"), sorted:
 * two equal states mean nothing in it was created, removed, renamed, rewritten or re-permissioned.
 */
export function folderState(dir: string): string[] {
  const lines: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    const mode = (statSync(full).mode & 0o777).toString(8);
    if (entry.isDirectory()) lines.push(`${rel}/ ${mode}`);
    else lines.push(`${rel} ${mode} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
  }
  return lines.sort();
}
