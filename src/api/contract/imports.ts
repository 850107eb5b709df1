import { z } from 'zod';
import { BacklogImportSchema, type BacklogImportResult, type BacklogImportUndo } from '../../domain/imports/row-schema';
import { IdSchema } from '../../domain/shared/ids';
import { method } from '../define';

export type { BacklogImportResult, BacklogImportUndo };

/** Imports into a team's data. The file is read and mapped by the caller (the screen's worker, the command line). */
export const importsContract = {
  /** Adds or updates backlog items from mapped export rows; a backup is taken first. */
  importBacklog: method<BacklogImportResult>()(BacklogImportSchema),
  /** Undo of the team's last backlog import. */
  undoBacklogImport: method<BacklogImportUndo>()(z.object({ teamId: IdSchema }).strict()),
};
