import type { BackupStore, StoreNotice, WorkspaceStore } from '../services/store';

/**
 * A store that reads the folder through a read-only store and opens it for writing only at its first write (a
 * change, or a backup kept). Opening a folder to write does the recovery the app does at its start (a damaged
 * file set aside, a team no file or backup holds dropped from the list, an older format upgraded): a command
 * refused before it writes (an unknown team, a file the import refuses) must leave the folder as it found it.
 *
 * `readOnly` opens the folder without writing anything; `writable` opens it as the app does. `noticed` is told
 * what the writable store noticed that the read-only one did not say (what it did: "It was kept as …").
 */
export async function openOnWrite(
  readOnly: () => Promise<WorkspaceStore>,
  writable: () => Promise<WorkspaceStore>,
  noticed: (notices: readonly StoreNotice[]) => void,
): Promise<WorkspaceStore> {
  const looked = await readOnly();
  let opened: WorkspaceStore | null = null;
  let opening: Promise<WorkspaceStore> | null = null;
  const forWriting = (): Promise<WorkspaceStore> => {
    opening ??= (async () => {
      const store = await writable();
      const said = new Set(looked.notices.map((n) => n.message));
      noticed(store.notices.filter((n) => !said.has(n.message)));
      opened = store;
      await looked.close();
      return store;
    })();
    return opening;
  };
  const current = (): WorkspaceStore => opened ?? looked;
  const backups: BackupStore = {
    folder: looked.backups.folder,
    list: () => current().backups.list(),
    keep: async (text, at, tag) => (await forWriting()).backups.keep(text, at, tag),
    isBackupName: (name) => current().backups.isBackupName(name),
    read: (name) => current().backups.read(name),
    takenAt: (name) => current().backups.takenAt(name),
  };
  return {
    dataDir: looked.dataDir,
    dataFile: looked.dataFile,
    backups,
    // The read-only store refuses every change; this one refuses only what the writable one would: a folder a
    // newer Cadence wrote.
    get readOnly() {
      return opened ? opened.readOnly : looked.notices.some((n) => n.kind === 'newer_version');
    },
    get notices() {
      return current().notices;
    },
    decode: (text) => current().decode(text),
    snapshot: () => current().snapshot(),
    team: (teamId) => current().team(teamId),
    teamSummaries: () => current().teamSummaries(),
    mutate: async (scope, recipe) => (await forWriting()).mutate(scope, recipe),
    flush: () => opened?.flush() ?? Promise.resolve(),
    close: async () => {
      // A write under way may still be opening the store: it is closed once open.
      const store = opening ? await opening.catch(() => null) : null;
      await (store ?? looked).close();
    },
  };
}
