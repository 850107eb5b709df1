import type { Plugin } from 'vite';
import type { ChunksAtStart } from './start-chunks';

/** V8's explicit compile hint (Chromium 136+): compile every function of this file when it loads. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** A chunk is hinted when at least this share of its code is the app's own (not a library's). */
const APP_SHARE = 0.8;

/** Whether most of a chunk's code is the app's own rather than a library's. */
function mostlyAppCode(modules: Record<string, { renderedLength: number }>): boolean {
  let total = 0;
  let app = 0;
  for (const [id, module] of Object.entries(modules)) {
    total += module.renderedLength;
    if (!id.includes('/node_modules/')) app += module.renderedLength;
  }
  return total > 0 && app / total >= APP_SHARE;
}

/** A source map (JSON) for the same code one line lower. */
function shiftedMap(source: string | Uint8Array): string {
  const map = JSON.parse(typeof source === 'string' ? source : new TextDecoder().decode(source)) as {
    mappings: string;
  };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

/**
 * Marks the screens and dialogs opened after start with V8's compile hint, so their functions are
 * compiled while the chunk streams in, off the main thread. Without it, V8 compiles a function the
 * first time it runs, on the main thread: a screen's handlers were compiled during its first click or
 * key press. The chunks loaded at start (as preloadAtStart finds them) stay lazy, since
 * compiling all of React there would delay the first screen; so do chunks that are mostly a library
 * loaded for one feature (charts, diagrams, Markdown, CSV), most of whose functions never run.
 * Browsers without the hint read a comment.
 */
export function compileHints(chunksAtStart: ChunksAtStart): Plugin {
  return {
    name: 'cadence-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After minifying (which drops comments) and after Vite's own additions at the top of a chunk.
      order: 'post',
      handler(_options, bundle) {
        const { all: atStart } = chunksAtStart(bundle);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || atStart.has(chunk.fileName) || !mostlyAppCode(chunk.modules)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // The code starts one line lower: its source map (already an asset here) gets an empty first line.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset') map.source = shiftedMap(map.source);
        }
      },
    },
  };
}
