import { existsSync, readFileSync } from 'node:fs';
import { asIndex, indexPath, teamPath } from './layout';

/**
 * The data dir as one whole-workspace JSON text, whichever layout it holds: the per-team files are
 * joined under the index's version (a missing team file reads as `null`, which then fails to decode);
 * a whole-document cadence.json is returned as it is. For tools and tests that check what is on disk;
 * null when there is no data file yet.
 */
export function readDataText(dataDir: string): string | null {
  const file = indexPath(dataDir);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  let index;
  try {
    index = asIndex(JSON.parse(text));
  } catch {
    return text;
  }
  if (!index) return text;
  const teams = index.teams.map((t) => {
    const team = teamPath(dataDir, t.id);
    return existsSync(team) ? readFileSync(team, 'utf8') : 'null';
  });
  return `{"schemaVersion":${index.schemaVersion},"teams":[${teams.join(',')}]}`;
}
