/// <reference lib="webworker" />
import { readExport, remap } from '../../../../src/domain/imports/read-export';
import type { ParsedTable } from '../../../../src/domain/imports/table';
import type { FromWorker, ReadAnswer, ToWorker } from './messages';

/**
 * Reads a backlog export off the main thread (a module worker bundled by Vite; papaparse's own worker starts
 * from a blob: URL, which the page's Content-Security-Policy refuses). It keeps the parsed table, so a
 * change of mapping is mapped again here too.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let kept: { fileName: string; table: ParsedTable } | null = null;

const post = (message: FromWorker) => scope.postMessage(message);

function answer(read: ReturnType<typeof remap>, fileName: string): ReadAnswer {
  return {
    type: 'read',
    fileName,
    product: read.product,
    mapping: read.mapping,
    columns: [...new Set(read.table.header.filter((h) => h !== ''))],
    rows: read.rows,
    problems: read.problems,
  };
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'read') {
      const bytes = new Uint8Array(await message.file.arrayBuffer());
      let last = 0;
      const result = readExport(message.file.name, bytes, {
        ...message.settings,
        onProgress: (fraction) => {
          // A message per tenth is plenty for a progress bar.
          if (fraction - last >= 0.1 || fraction === 1) {
            last = fraction;
            post({ type: 'progress', fraction });
          }
        },
      });
      if (!result.ok) {
        kept = null;
        post({ type: 'refused', message: result.message });
        return;
      }
      kept = { fileName: message.file.name, table: result.read.table };
      post(answer(result.read, message.file.name));
    } else if (kept) {
      post(answer(remap(kept.table, message.settings), kept.fileName));
    }
  } catch (error) {
    post({
      type: 'refused',
      message: `The file could not be read: ${(error as Error).message}. Nothing was imported.`,
    });
  }
};
