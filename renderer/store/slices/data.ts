import type { BackupSummary, BackupTaken, ImportPreview, ReplaceResult } from '../../../src/api/contract/data';
import { getApi } from '../../api/client';
import { messageOf } from '../../api/errors';
import { saveOrDownload, type SaveOutcome } from '../../api/save-file';
import type { Slice } from '../types';

/** A restore or an import that was made; `notShown` says why the screen could not show it afterwards, if it could not. */
export interface Replaced extends ReplaceResult {
  /** Why the teams could not be read again after the change (the change itself was made), or null. */
  notShown: string | null;
}

/** State and actions of the data feature: backups, restore, whole-workspace export and import. */
export interface DataSlice {
  backups: BackupSummary[] | null;
  /** Why the list of backups could not be read the last time (a backups folder Cadence may not read), or null. */
  backupsProblem: string | null;
  /** Reads the list of backups; a list that cannot be read is recorded (`backupsProblem`) and the call rejects. */
  loadBackups: () => Promise<void>;
  /** Takes a backup now, then refreshes the list. */
  backupNow: () => Promise<BackupTaken>;
  /** Restores a backup (the server backs up the current data first), then reloads everything. */
  restoreBackup: (name: string) => Promise<Replaced>;
  openBackupsFolder: () => Promise<void>;
  exportWorkspace: () => Promise<SaveOutcome>;
  previewImport: (content: string) => Promise<ImportPreview>;
  importWorkspace: (content: string) => Promise<Replaced>;
}

export const createDataSlice: Slice<DataSlice> = (set, get) => {
  /**
   * The list read again after a backup, restore or import that worked: one that cannot be read is said where the list
   * is (`backupsProblem`), and never turns what was done into a failure.
   */
  const refreshBackups = () =>
    get()
      .loadBackups()
      .catch(() => undefined);
  /**
   * After the whole workspace changed: teams, the open team and the backup list are all stale, and so is every
   * Undo offered before (the server has forgotten what they would take back). The change is made by then: teams that
   * cannot be read again are answered (why), for the screen to say so, never thrown as if the change had failed.
   */
  const reloadEverything = async (result: ReplaceResult): Promise<Replaced> => {
    get().dismissEveryUndo();
    let notShown: string | null = null;
    try {
      await get().loadTeams();
    } catch (error) {
      notShown = messageOf(error);
    }
    await refreshBackups();
    return { ...result, notShown };
  };
  return {
    backups: null,
    backupsProblem: null,
    loadBackups: async () => {
      try {
        const { backups } = await getApi().listBackups({});
        set({ backups, backupsProblem: null });
      } catch (error) {
        set({ backupsProblem: messageOf(error) });
        throw error;
      }
    },
    backupNow: async () => {
      const taken = await getApi().backupNow({});
      await refreshBackups();
      return taken;
    },
    restoreBackup: async (name) => {
      return reloadEverything(await getApi().restoreBackup({ name }));
    },
    openBackupsFolder: async () => {
      await getApi().openBackupsFolder({});
    },
    exportWorkspace: async () => {
      const { fileName, content } = await getApi().exportWorkspace({});
      return saveOrDownload(fileName, content, 'application/json');
    },
    previewImport: (content) => getApi().previewImport({ content }),
    importWorkspace: async (content) => {
      return reloadEverything(await getApi().importWorkspace({ content }));
    },
  };
};
