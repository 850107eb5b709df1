import path from 'node:path';
import { benchBundle } from './bundle.bench';
import { DESIGN_NOTES } from './design-notes';
import { benchImport } from './import.bench';
import { benchInteraction } from './interaction.bench';
import { cleanTmp } from './lib/data-dir';
import { buildFloor } from './lib/floor-build';
import { describeMachine } from './lib/machine';
import { newResults, type Results } from './lib/report';
import { writeResults } from './lib/write-results';
import { benchParticipantSize } from './participant-size.bench';
import { benchPersist } from './persist.bench';
import { benchRoom } from './room.bench';
import { benchStartup } from './startup.bench';
import { benchSyncMerge } from './sync-merge.bench';
import { benchSync } from './sync.bench';
import { benchTimer } from './timer.bench';

/**
 * `npm run bench`: every benchmark, then bench/RESULTS.md. `npm run bench -- persist startup` runs a
 * subset (the file then lists only those).
 */
const ALL: Record<string, (results: Results) => Promise<void> | void> = {
  bundle: async (r) => {
    await buildFloor();
    benchBundle(r);
  },
  'participant-size': benchParticipantSize,
  persist: benchPersist,
  startup: benchStartup,
  interaction: benchInteraction,
  timer: benchTimer,
  room: benchRoom,
  import: benchImport,
  'sync-merge': benchSyncMerge,
  sync: benchSync,
};

const picked = process.argv.slice(2).filter((a) => a in ALL);
const names = picked.length > 0 ? picked : Object.keys(ALL);
const header = [
  `Date: ${new Date().toISOString()}`,
  `Command: \`npm run bench${picked.length > 0 ? ` -- ${picked.join(' ')}` : ''}\``,
  ...describeMachine(),
  'Workspaces: bench/generate (seed 1). small: 1 team, 200 items, 10 sprints. large: 20 teams, 10,000 items, 300 sprints with standups and reviews, 500 retros with 20,000 cards. large-hot: the same with all 10,000 items in the open team.',
];
const results = newResults();
cleanTmp();
const started = Date.now();
try {
  for (const name of names) await ALL[name]?.(results);
} finally {
  cleanTmp();
}
header.push(`Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
const out = path.join(import.meta.dirname, 'RESULTS.md');
writeResults(out, results, header, DESIGN_NOTES);
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
