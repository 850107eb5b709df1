import { answerOf } from '../../../renderer/screens/backlog/import/answer';
import type { MapSettings } from '../../../renderer/screens/backlog/import/messages';
import { RefusedFile, type ExportReader } from '../../../renderer/screens/backlog/import/worker-reader';
import { readExport, remap, type ReadExport } from '../../../src/domain/imports/read-export';

/** The worker's job done in the test's thread, with the same pure functions and the same answers. */
export function inThreadReader(): ExportReader {
  let kept: { name: string; read: ReadExport } | null = null;
  return {
    read: async (file: File, settings: MapSettings, onProgress) => {
      const result = readExport(file.name, new Uint8Array(await file.arrayBuffer()), settings);
      onProgress(1);
      if (!result.ok) throw new RefusedFile(result.message);
      kept = { name: file.name, read: result.read };
      return answerOf(result.read, file.name);
    },
    remap: async (settings) => {
      kept = { ...kept!, read: remap(kept!.read.table, settings) };
      return answerOf(kept.read, kept.name);
    },
    rows: async (from, to) => kept!.read.rows.slice(from, to),
    close: () => undefined,
  };
}
