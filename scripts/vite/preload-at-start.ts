import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` (and their stylesheets) for modules the entry imports lazily but
 * always needs at start: the app shell, and the screen the app opens on. Their chunks are fetched and
 * compiled while the (small) entry script runs instead of after it. Other screens still load only
 * when opened.
 */
export function preloadAtStart(modules: readonly string[]): Plugin {
  return {
    name: 'cadence-preload-at-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entryFiles = new Set<string>();
        const collect = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) collect(dep, into);
        };
        for (const c of chunks) if (c.isEntry) collect(c.fileName, entryFiles);
        const wanted = new Set<string>();
        for (const module of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`preloadAtStart: no chunk for ${module}`);
          collect(chunk.fileName, wanted);
        }
        const tags: HtmlTagDescriptor[] = [];
        for (const file of wanted) {
          if (entryFiles.has(file)) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          });
          // Its CSS as a stylesheet, the way Vite's loader would add it (crossorigin included): the loader
          // then finds it in place and fetches it no second time. A `preload` was fetched in another
          // credentials mode, so fetched again, with a console warning each time (and one more when the app
          // opened on another screen and the preload went unused).
          for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href: `./${css}` },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}
