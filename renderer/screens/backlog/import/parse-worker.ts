/// <reference lib="webworker" />
import { readExport, remap, type ReadExport } from '../../../../src/domain/imports/read-export';
import { answerOf } from './answer';
import type { FromWorker, ToWorker } from './messages';

/**
 * Reads a backlog export off the main thread (a module worker bundled by Vite; papaparse's own worker starts
 * from a blob: URL, which the page's Content-Security-Policy refuses). It keeps the parsed table, so a
 * change of mapping is mapped again here too.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let kept: { fileName: string; read: ReadExport } | null = null;

const post = (message: FromWorker) => scope.postMessage(message);

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
      kept = { fileName: message.file.name, read: result.read };
      post(answerOf(result.read, message.file.name));
    } else if (message.type === 'remap' && kept) {
      kept = { ...kept, read: remap(kept.read.table, message.settings) };
      post(answerOf(kept.read, kept.fileName));
    } else if (message.type === 'rows' && kept) {
      post({ type: 'rows', rows: kept.read.rows.slice(message.from, message.to) });
    }
  } catch (error) {
    post({
      type: 'refused',
      message: `The file could not be read: ${(error as Error).message}. Nothing was imported.`,
    });
  }
};
