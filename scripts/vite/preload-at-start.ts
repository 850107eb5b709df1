import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { ChunksAtStart } from './start-chunks';

/**
 * Adds `<link rel="modulepreload">` (and their stylesheets) for modules the entry imports lazily but
 * always needs at start: the app shell, and the screen the app opens on. Their chunks are fetched and
 * compiled while the (small) entry script runs instead of after it. Other screens still load only
 * when opened.
 */
export function preloadAtStart(chunksAtStart: ChunksAtStart): Plugin {
  return {
    name: 'cadence-preload-at-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const { entry, all } = chunksAtStart(bundle);
        const tags: HtmlTagDescriptor[] = [];
        for (const file of all) {
          if (entry.has(file)) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          });
          // Its CSS as a stylesheet, the way Vite's loader would add it (crossorigin included): the loader
          // then finds it in place and fetches it no second time. A `preload` was fetched in another
          // credentials mode, so fetched again, with a console warning each time (and one more when the app
          // opened on another screen and the preload went unused).
          const chunk = bundle[file];
          for (const css of chunk?.type === 'chunk' ? (chunk.viteMetadata?.importedCss ?? []) : []) {
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
