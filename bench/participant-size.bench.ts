import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/browser';
import { addRow, single, type Results } from './lib/report';

/** The ceiling for what a phone downloads to join the room. */
const TARGET_KB = 60;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * The participant page's first load, gzip -9: every file of dist/participant (index.html, its
 * script and its style; the page has no lazy chunks, so counting all files can only overstate it).
 */
export function benchParticipantSize(results: Results): void {
  console.log('Participant page size…');
  const dist = path.join(ROOT, 'dist', 'participant');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/participant is missing: run the web build');
  const files = filesUnder(dist).filter((file) => !file.endsWith('.map'));
  const gzipKb = (list: string[]) =>
    list.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024;
  const total = gzipKb(files);
  addRow(results, {
    section: '6. Bundle',
    name: 'participant page first load (HTML + JS + CSS), gzip',
    unit: 'kB',
    value: single(total),
    target: `≤ ${TARGET_KB} kB`,
    pass: total <= TARGET_KB,
    note: `${files.length} files; JS alone ${gzipKb(files.filter((f) => f.endsWith('.js'))).toFixed(1)} kB (Preact, no React)`,
  });
}
