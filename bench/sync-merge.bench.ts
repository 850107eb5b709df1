import { mergeTeams } from '../src/domain/sync/merge';
import { decodeTeamFile, encodeTeamFile } from '../src/domain/sync/team-file';
import type { TeamDoc } from '../src/domain/workspace';
import { generateWorkspace } from './generate/index';
import type { Profile } from './generate/profiles';
import { addRow, type Results } from './lib/report';
import { summarize } from './lib/stats';

const RUNS = Number(process.env.BENCH_SYNC_MERGE_RUNS ?? 15);
const TARGET_MS = 200;

/** One team whose shared file is a little over 1 MB. */
export const SYNC_TEAM: Profile = {
  name: 'sync-merge',
  teams: 1,
  items: 850,
  sprints: 12,
  retros: 12,
  cardsPerRetro: 30,
  membersPerTeam: 8,
};

function decoded(text: string): TeamDoc {
  const result = decodeTeamFile(text);
  if (result.ok !== true) throw new Error(`the bench team does not decode: ${JSON.stringify(result)}`);
  return result.team;
}

/** Two machines' week: each edits a tenth of the items (other fields), adds items and cards, reorders. */
export function twoSides(base: TeamDoc): { mine: TeamDoc; theirs: TeamDoc } {
  const mine = structuredClone(base);
  const theirs = structuredClone(base);
  mine.items.forEach((item, n) => {
    if (n % 10 === 0) item.title = `${item.title} (checked)`;
  });
  theirs.items.forEach((item, n) => {
    if (n % 10 === 5) item.points = 3;
    if (n % 10 === 0) item.status = 'done';
  });
  for (let n = 0; n < 20; n++) {
    mine.items.splice(n * 7, 0, { ...base.items[0]!, id: `mine-${n}`, title: `New here ${n}` });
    theirs.items.push({ ...base.items[1]!, id: `theirs-${n}`, title: `New there ${n}` });
  }
  theirs.items.reverse();
  const retro = mine.retros[0];
  if (retro?.cards[0]) retro.cards.push({ ...retro.cards[0], id: 'mine-card', text: 'Added here' });
  return { mine, theirs };
}

/**
 * Merging two 1 MB team files (issue #16): mergeTeams on teams already decoded, and the whole step the
 * Git side runs (decode base, mine and theirs; merge; encode the result). Target: the merge under 200 ms.
 */
export function benchSyncMerge(results: Results): void {
  console.log('Merging two 1 MB team files…');
  const base = generateWorkspace(SYNC_TEAM, 1).teams[0]!;
  const { mine, theirs } = twoSides(base);
  const texts = [base, mine, theirs].map(encodeTeamFile);
  const mb = (texts[1]!.length / 1024 / 1024).toFixed(2);
  const [b, m, t] = texts.map(decoded) as [TeamDoc, TeamDoc, TeamDoc];
  const merges: number[] = [];
  const steps: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    let started = performance.now();
    const result = mergeTeams(b, m, t);
    const mergeMs = performance.now() - started;
    if (result.conflicts.length > 0) throw new Error('the bench merge should have no conflicts');
    started = performance.now();
    const merged = mergeTeams(...(texts.map(decoded) as [TeamDoc, TeamDoc, TeamDoc]));
    encodeTeamFile(merged.team);
    const stepMs = performance.now() - started;
    // The first two runs warm the JIT up.
    if (run >= 2) {
      merges.push(mergeMs);
      steps.push(stepMs);
    }
  }
  const merge = summarize(merges);
  addRow(results, {
    section: '9. Sync',
    name: `merge two ${mb} MB team files (mergeTeams)`,
    unit: 'ms',
    value: merge,
    target: `p95 < ${TARGET_MS} ms`,
    pass: merge.p95 < TARGET_MS,
  });
  addRow(results, {
    section: '9. Sync',
    name: `decode 3 files, merge, encode (${mb} MB)`,
    unit: 'ms',
    value: summarize(steps),
    note: 'the whole step a sync runs on the files; decoding is zod validation of each file',
  });
}
