import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The JavaScript chunks of a bundle, by file name. */
function chunksByFile(bundle: OutputBundle): Map<string, OutputChunk> {
  const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
  return new Map(chunks.map((c) => [c.fileName, c]));
}

/** `file` and the chunks it imports statically, transitively, added to `into`. */
function collect(byFile: ReadonlyMap<string, OutputChunk>, file: string, into: Set<string>): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  for (const dep of byFile.get(file)?.imports ?? []) collect(byFile, dep, into);
  return into;
}

/** Chunk file names: the entry's part, and all the page loads at start (the entry's part included). */
export interface StartChunks {
  entry: Set<string>;
  all: Set<string>;
}

/** Which chunks of a bundle load at start; given to the plugins that treat them apart. */
export type ChunksAtStart = (bundle: OutputBundle) => StartChunks;

/**
 * The chunks the page loads at start: the entry's, and those of `modules` (imported lazily by the
 * entry but always needed at once, see preload-at-start), each with its static imports. `entry` holds
 * the entry's part alone.
 */
export function startChunks(bundle: OutputBundle, modules: readonly string[]): StartChunks {
  const byFile = chunksByFile(bundle);
  const entry = new Set<string>();
  for (const c of byFile.values()) if (c.isEntry) collect(byFile, c.fileName, entry);
  const all = new Set(entry);
  for (const module of modules) {
    const chunk = [...byFile.values()].find((c) => c.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`no chunk for ${module}, a module loaded at start`);
    collect(byFile, chunk.fileName, all);
  }
  return { entry, all };
}
