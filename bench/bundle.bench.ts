import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/browser';
import { FLOOR_DIST } from './lib/floor-build';
import { closure, firstLoad, modulesOf, readManifest, type Manifest } from './lib/manifest';
import { addRow, single, type Results } from './lib/report';

/** Libraries that must stay out of first load: charts and diagram rendering. */
const HEAVY = [
  { name: 'recharts', pattern: /node_modules\/(recharts|d3-[a-z-]+|victory-vendor)\// },
  { name: 'mermaid', pattern: /node_modules\/(mermaid|@mermaid-js|cytoscape[a-z-]*|katex|dagre[a-z-]*|khroma)\// },
];

function gzipKb(dist: string, manifest: Manifest, keys: Iterable<string>): number {
  let bytes = 0;
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js')) bytes += gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  }
  return bytes / 1024;
}

export function benchBundle(results: Results): void {
  console.log('Bundle…');
  const dist = path.join(ROOT, 'dist', 'renderer');
  const manifest = readManifest(dist);
  const first = firstLoad(manifest);
  const floorManifest = readManifest(FLOOR_DIST);
  const floorEntry = Object.keys(floorManifest).find((k) => floorManifest[k]?.isEntry) ?? '';
  const floorKb = gzipKb(FLOOR_DIST, floorManifest, closure(floorManifest, floorEntry));
  addRow(results, {
    section: '6. Bundle',
    name: 'renderer JS on first load (entry, app shell and their static imports), gzip',
    unit: 'kB',
    value: single(gzipKb(dist, manifest, first)),
    floor: single(floorKb),
    note: 'floor: the empty React page',
  });
  const backlog = closure(manifest, 'screens/backlog/BacklogScreen.tsx', new Set(first));
  addRow(results, {
    section: '6. Bundle',
    name: 'first load + Backlog screen chunk, gzip',
    unit: 'kB',
    value: single(gzipKb(dist, manifest, backlog)),
    floor: single(floorKb),
  });
  for (const heavy of HEAVY) {
    const holders = Object.entries(manifest).filter(([, c]) =>
      modulesOf(dist, c.file).some((m) => heavy.pattern.test(m)),
    );
    const inFirst = holders.filter(([key]) => backlog.has(key));
    const screens = Object.entries(manifest)
      .filter(
        ([, c]) => c.src?.startsWith('screens/') && holders.some(([key]) => closure(manifest, c.src ?? '').has(key)),
      )
      .map(([, c]) => path.basename(c.src ?? ''));
    const kb = gzipKb(
      dist,
      manifest,
      holders.map(([k]) => k),
    );
    addRow(results, {
      section: '6. Bundle',
      name: `${heavy.name}: loaded only when its screen opens`,
      unit: 'kB',
      value: single(kb),
      target: 'not in first load or Backlog',
      pass: inFirst.length === 0,
      note:
        holders.length === 0
          ? 'not used by any screen in this build yet'
          : `in ${holders.length} lazy chunk(s), loaded by ${screens.join(', ') || 'a dynamic import'}${inFirst.length ? `; IN FIRST LOAD: ${inFirst.map(([k]) => k).join(', ')}` : ''}`,
    });
  }
}
