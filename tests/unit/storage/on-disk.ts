import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { teamPath } from '../../../src/storage/layout';

export const indexFile = (dir: string) => path.join(dir, 'cadence.json');

export interface OnDisk {
  schemaVersion: number;
  layout?: string;
  teams: { id: string; name: string; members: unknown[]; items: { id: string; title: string }[] }[];
}

/** The workspace as the files hold it: the index and each team file it names, read without the store. */
export function readOnDisk(dir: string): OnDisk {
  const index = JSON.parse(readFileSync(indexFile(dir), 'utf8')) as {
    schemaVersion: number;
    layout?: string;
    teams: { id: string }[];
  };
  return {
    ...index,
    teams: index.teams.map((t) => {
      const file = teamPath(dir, t.id);
      if (!existsSync(file)) throw new Error(`index names team ${t.id} but ${file} is missing`);
      return JSON.parse(readFileSync(file, 'utf8')) as OnDisk['teams'][number];
    }),
  };
}
