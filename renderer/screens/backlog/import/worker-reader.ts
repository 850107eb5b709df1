import type { ImportRow } from '../../../../src/domain/imports/map-rows';
import type { FromWorker, MapSettings, ReadAnswer } from './messages';

/** How the import dialog reads files: through the parse worker in the app, in-thread in component tests. */
export interface ExportReader {
  read(file: File, settings: MapSettings, onProgress: (fraction: number) => void): Promise<ReadAnswer>;
  remap(settings: MapSettings): Promise<ReadAnswer>;
  /** Rows from..to (exclusive) of the last read, as mapped. */
  rows(from: number, to: number): Promise<ImportRow[]>;
  close(): void;
}

/** Thrown with the refusal's message (not CSV, too large, UTF-16…). */
export class RefusedFile extends Error {}

/** One worker per open dialog; it holds the parsed table while the mapping is edited. */
export function workerReader(): ExportReader {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'backlog-import' });
  const send = <T>(message: unknown, onProgress?: (fraction: number) => void) =>
    new Promise<T>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const data = event.data;
        if (data.type === 'progress') onProgress?.(data.fraction);
        else if (data.type === 'refused') reject(new RefusedFile(data.message));
        else resolve((data.type === 'rows' ? data.rows : data) as T);
      };
      worker.onerror = (event) => reject(new RefusedFile(`The file could not be read: ${event.message}`));
      worker.postMessage(message);
    });
  // One question at a time: the worker answers in order, and each answer goes to the question it answers
  // (a remap still running when Import is pressed must not be taken for the first rows).
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T>(message: unknown, onProgress?: (fraction: number) => void): Promise<T> => {
    const next = queue.then(() => send<T>(message, onProgress));
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    read: (file, settings, onProgress) => ask<ReadAnswer>({ type: 'read', file, settings }, onProgress),
    remap: (settings) => ask<ReadAnswer>({ type: 'remap', settings }),
    rows: (from, to) => ask<ImportRow[]>({ type: 'rows', from, to }),
    close: () => worker.terminate(),
  };
}
