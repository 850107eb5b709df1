import { writeFileSync } from 'node:fs';
import { countCards, generateWorkspace, validateCore } from './index';
import { PROFILES, type ProfileName } from './profiles';

/** `tsx bench/generate/cli.ts large out.json [seed]` writes a generated cadence.json. */
const [name = 'small', out = 'cadence.json', seed = '1'] = process.argv.slice(2);
const profile = PROFILES[name as ProfileName];
if (!profile) throw new Error(`Unknown profile ${name}; pick one of ${Object.keys(PROFILES).join(', ')}`);
const ws = generateWorkspace(profile, Number(seed));
validateCore(ws);
const text = JSON.stringify(ws);
writeFileSync(out, text);
console.log(
  `${name}: ${ws.teams.length} teams, ${ws.teams.reduce((n, t) => n + t.items.length, 0)} items, ` +
    `${ws.teams.reduce((n, t) => n + t.sprints.length, 0)} sprints, ${countCards(ws)} cards, ${(text.length / 1e6).toFixed(2)} MB`,
);
