/** Results of the data feature's api methods: plain types only, so the renderer can import them. */

/** A backup as the Backups screen lists it: what is inside, or why it cannot be restored. */
export interface BackupSummary {
  name: string;
  createdAt: string;
  size: number;
  /** Team names inside, or null when the file does not decode. */
  teams: string[] | null;
  problem: string | null;
}

export interface BackupList {
  folder: string;
  backups: BackupSummary[];
}

/** A backup just taken by hand. */
export interface BackupTaken {
  name: string;
  createdAt: string;
  teams: string[];
}

export interface ReplaceResult {
  /** The backup of the data as it was just before the change, so the change itself can be undone. */
  safetyBackup: string;
  teams: string[];
}

export interface WorkspaceExport {
  fileName: string;
  content: string;
}

export interface ImportPreview {
  /** Set when the file came from an older version and was upgraded while reading. */
  migratedFrom: number | null;
  teams: { name: string; members: number; items: number }[];
}
