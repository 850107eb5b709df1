import { z } from 'zod';
import { method } from '../define';
import { fitsWorkspaceFile, MAX_WORKSPACE_FILE_BYTES, MAX_WORKSPACE_FILE_SIZE } from './data';
import type { StoreNotice } from '../../services/store';

export interface AppStatus {
  dataDir: string;
  dataFile: string;
  backupDir: string;
  readOnly: boolean;
  notices: StoreNotice[];
  version: string;
  transport: 'electron' | 'browser' | 'cli';
}

/** The longest content a file within the bound can be sent as: its base64 text (4 characters per 3 bytes). */
const BASE64_OF_BOUND = Math.ceil(MAX_WORKSPACE_FILE_BYTES / 3) * 4;

export const systemContract = {
  getStatus: method<AppStatus>()(z.object({}).strict()),
  /** Desktop only: a save dialog for an export. Browser mode answers `unsupported` and the page downloads instead. */
  saveFile: method<{ path: string | null }>()(
    z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|\0]+$/, { error: 'A file name cannot contain / \\ : * ? " < > |.' }),
        // The workspace export is the largest file saved: it may be as large as an import may be.
        content: z.string().max(BASE64_OF_BOUND, { error: `The export is larger than ${MAX_WORKSPACE_FILE_SIZE}.` }),
        encoding: z.enum(['utf8', 'base64']).default('utf8'),
      })
      .strict()
      // The bound is on the file's bytes: UTF-8 text takes 1 to 4 bytes a character, base64 3 bytes per 4 characters.
      .refine(
        ({ content, encoding }) =>
          encoding === 'base64'
            ? Math.floor((content.length * 3) / 4) <= MAX_WORKSPACE_FILE_BYTES
            : fitsWorkspaceFile(content),
        { error: `The export is larger than ${MAX_WORKSPACE_FILE_SIZE}.`, path: ['content'] },
      ),
  ),
  /** Desktop only: prints the page to a PDF through a save dialog. Browser mode answers `unsupported` (use print). */
  savePdf: method<{ path: string | null }>()(
    z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|\0]+\.pdf$/, { error: 'A PDF file name ends in .pdf and has no / \\ : * ? " < > |.' }),
      })
      .strict(),
  ),
  /** Desktop only: the window full screen for presentation mode. Browser mode answers `unsupported` (the page asks the browser). */
  setFullScreen: method<{ fullScreen: boolean }>()(z.object({ on: z.boolean() }).strict()),
};
