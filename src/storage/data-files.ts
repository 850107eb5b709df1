import { Low } from 'lowdb';
import type { TeamDoc, Workspace } from '../domain/workspace';
import { NotDurableError } from './atomic-write';
import { DurableJSONFile } from './durable-json-file';
import { makeDurableDir, type StorageFs } from './file-system';
import { indexPath, LAYOUT_MARKER, teamPath, teamsDir, type WorkspaceIndex } from './layout';

/**
 * One data file as a lowdb document over the durable adapter. Its `data` is the document the file
 * holds on disk (null: not known, so the next write rewrites it).
 */
type DataFile<T> = Low<T | null>;

function dataFile<T>(file: string, fsys: StorageFs, data: T | null): DataFile<T> {
  return new Low<T | null>(new DurableJSONFile<T | null>(file, fsys), data);
}

/** Writes `doc` through lowdb; `data` keeps following the file, also when the write fails. */
async function commit<T>(file: DataFile<T>, doc: T): Promise<void> {
  const held = file.data;
  file.data = doc;
  try {
    await file.write();
  } catch (error) {
    // Replaced but not flushed: the file holds `doc` now. Any other failure left it as it was.
    if (!(error instanceof NotDurableError)) file.data = held;
    throw error;
  }
}

/** The teams whose document differs between two states (added, changed or removed). */
export function teamsChanged(from: Workspace, to: Workspace): Set<string> {
  const before = new Map(from.teams.map((t) => [t.id, t]));
  const changed = new Set<string>();
  for (const team of to.teams) if (before.get(team.id) !== team) changed.add(team.id);
  for (const id of before.keys()) if (!to.teams.some((t) => t.id === id)) changed.add(id);
  return changed;
}

function indexOf(ws: Workspace): WorkspaceIndex {
  return { schemaVersion: ws.schemaVersion, layout: LAYOUT_MARKER, teams: ws.teams.map((t) => ({ id: t.id })) };
}

function sameIndex(a: WorkspaceIndex | null, b: WorkspaceIndex): boolean {
  return (
    a !== null &&
    a.schemaVersion === b.schemaVersion &&
    a.teams.length === b.teams.length &&
    a.teams.every((t, i) => t.id === b.teams[i]?.id)
  );
}

/**
 * The per-team files (see layout.ts), each a lowdb `Low` holding what the file holds on disk. A write rewrites only the files
 * whose document changed (immer shares untouched teams, so a reference check is exact), and a failed
 * write leaves an exact account of what the files hold, so the store can undo it or adopt it.
 */
export class DataFiles {
  private readonly index: DataFile<WorkspaceIndex>;
  private readonly teams = new Map<string, DataFile<TeamDoc>>();

  /** Until told what the files hold (`know`), the first write rewrites every file. */
  constructor(
    private readonly dataDir: string,
    private readonly fsys: StorageFs,
  ) {
    this.index = dataFile<WorkspaceIndex>(indexPath(dataDir), fsys, null);
  }

  /** The files hold exactly `known` now. */
  know(known: Workspace): void {
    this.index.data = indexOf(known);
    for (const team of known.teams) this.teamFile(team.id).data = team;
  }

  private teamFile(id: string): DataFile<TeamDoc> {
    let file = this.teams.get(id);
    if (!file) {
      file = dataFile<TeamDoc>(teamPath(this.dataDir, id), this.fsys, null);
      this.teams.set(id, file);
    }
    return file;
  }

  /** The workspace the files hold: the teams the index names, each as its file holds it. */
  onDisk(): Workspace | null {
    const index = this.index.data;
    if (!index) return null;
    const teams: TeamDoc[] = [];
    for (const { id } of index.teams) {
      const team = this.teams.get(id)?.data;
      if (!team) return null;
      teams.push(team);
    }
    // The index is only ever set from a workspace, so its version is the current one.
    return { schemaVersion: index.schemaVersion as Workspace['schemaVersion'], teams };
  }

  /**
   * Writes what differs from `next`: each changed team's file, then the index if the team list
   * changed, then removes files of teams no longer named. Team files go first, so the index never
   * names a team whose file is not on disk yet. Throws the first failure once every write settled.
   */
  async write(next: Workspace): Promise<number> {
    const changed = next.teams.filter((t) => this.teams.get(t.id)?.data !== t);
    const results = await Promise.allSettled(changed.map((t) => this.writeTeam(t)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const index = indexOf(next);
    const indexChanged = !sameIndex(this.index.data, index);
    if (indexChanged) await commit(this.index, index);
    const kept = new Set(next.teams.map((t) => t.id));
    const removed = [...this.teams.keys()].filter((id) => !kept.has(id));
    for (const id of removed) {
      // The index no longer names the team, so its file is out of the workspace already; a file that
      // cannot be removed now is tried again on the next write.
      await this.fsys.rm(teamPath(this.dataDir, id)).then(
        () => this.teams.delete(id),
        () => undefined,
      );
    }
    return changed.length + (indexChanged ? 1 : 0) + removed.length;
  }

  /** The teams folder is made only when a write finds it missing (first save, or someone removed it). */
  private async writeTeam(team: TeamDoc): Promise<void> {
    const file = this.teamFile(team.id);
    try {
      await commit(file, team);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await makeDurableDir(this.fsys, teamsDir(this.dataDir));
      await commit(file, team);
    }
  }
}
