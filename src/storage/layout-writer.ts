import { promises as fs } from 'node:fs';
import type { TeamDoc, Workspace } from '../domain/workspace';
import { DurableJSONFile } from './durable-json-file';
import { encodeIndex, indexPath, teamPath, teamsDir } from './layout';
import { writeFileAtomic } from './atomic-write';

/**
 * Writes one team's file (lowdb adapter: temp file, fsync, rename, directory fsync). The teams folder
 * is made only when a write finds it missing (the first save, or someone removed it), not checked on
 * every save.
 */
async function writeTeam(dataDir: string, team: TeamDoc): Promise<void> {
  const file = new DurableJSONFile<TeamDoc>(teamPath(dataDir, team.id));
  try {
    await file.write(team);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await fs.mkdir(teamsDir(dataDir), { recursive: true });
    await file.write(team);
  }
}

async function writeIndex(dataDir: string, ws: Workspace): Promise<void> {
  await writeFileAtomic(
    indexPath(dataDir),
    encodeIndex(
      ws.schemaVersion,
      ws.teams.map((t) => t.id),
    ),
  );
}

function sameTeamList(a: Workspace, b: Workspace): boolean {
  return a.teams.length === b.teams.length && a.teams.every((t, i) => t.id === b.teams[i]?.id);
}

/**
 * Writes what changed between the state on disk and `next`: the file of each team whose object
 * changed (immer shares untouched teams, so a reference check is exact), then the index if the team
 * list changed, then removes files of deleted teams. Team files go first, so the index never names a
 * team whose file is not on disk yet.
 */
export async function writeChanges(dataDir: string, onDisk: Workspace | null, next: Workspace): Promise<number> {
  const before = new Map((onDisk?.teams ?? []).map((t) => [t.id, t]));
  const changed = next.teams.filter((t) => before.get(t.id) !== t);
  await Promise.all(changed.map((t) => writeTeam(dataDir, t)));
  const indexChanged = !onDisk || onDisk.schemaVersion !== next.schemaVersion || !sameTeamList(onDisk, next);
  if (indexChanged) await writeIndex(dataDir, next);
  const kept = new Set(next.teams.map((t) => t.id));
  const removed = [...before.keys()].filter((id) => !kept.has(id));
  await Promise.all(removed.map((id) => fs.rm(teamPath(dataDir, id), { force: true })));
  return changed.length + (indexChanged ? 1 : 0) + removed.length;
}
