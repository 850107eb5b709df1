import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/in-process-api';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * The repository's own lint config, run by ESLint's Node API over a small project in a temp dir: one file per
 * layer, then imports that go the right and the wrong way between them.
 */
let project = '';
let eslint: ESLint;

const LAYER_FILES: Record<string, string> = {
  'src/api/contract.ts': 'export const contract = {};\n',
  'src/api/contract/team.ts': 'export type TeamSummary = { id: string };\n',
  'src/api/handlers/team.ts': 'export const handler = 1;\n',
  'src/services/store.ts': 'export interface WorkspaceStore { dataDir: string }\n',
  'src/services/team-service.ts': 'export const listTeams = () => [];\n',
  'src/domain/team/rules.ts': 'export const rule = (now: Date) => now.getTime();\n',
  'src/domain/shared/new-id.ts': 'export const newId = () => globalThis.crypto.randomUUID();\n',
  'src/storage/files.ts': 'export const read = 1;\n',
  'src/host/server.ts': 'export const serve = 1;\n',
  'src/domain/room/protocol.ts': 'export const message = 1;\n',
  'src/room/server.ts': 'export const room = 1;\n',
  'src/cli/main.ts': 'export const cli = 1;\n',
  'src/sync/merge.ts': 'export const merge = 1;\n',
  'electron/main.ts': 'export const main = 1;\n',
  'renderer/app/App.tsx': 'export const App = 1;\n',
  'renderer/participant/page.ts': 'export const page = 1;\n',
};

function write(file: string, text: string): string {
  const full = path.join(project, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const LAYER_RULES = /^(boundaries\/|no-restricted-(syntax|globals|imports)$)/;

/** The layer errors ESLint reports for `text` written as `file` of the temp project. */
async function layerErrors(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([write(file, text)]);
  return (result?.messages ?? []).filter((m) => LAYER_RULES.test(m.ruleId ?? '')).map((m) => m.message);
}

beforeAll(() => {
  project = tempDir('cadence-lint-');
  for (const name of ['eslint.config.js', 'eslint.layers.js', 'tsconfig.json', 'tsconfig.base.json', 'package.json'])
    cpSync(path.join(ROOT, name), path.join(project, name));
  // The config's plugins come from the repository's own node_modules.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(LAYER_FILES)) write(file, text);
  eslint = new ESLint({ cwd: project });
});

// Linting resolves every import through TypeScript's resolver: seconds on a busy machine.
describe('the layer lint', { timeout: 60_000 }, () => {
  it('lets each layer import what lies below it', async () => {
    const fine: [string, string][] = [
      ['renderer/app/Screen.tsx', "import { rule } from '../../src/domain/team/rules';\nexport const x = rule;\n"],
      [
        'renderer/app/Types.ts',
        "import type { TeamSummary } from '../../src/api/contract/team';\nexport type T = TeamSummary;\n",
      ],
      [
        'src/api/handlers/x.ts',
        "import { listTeams } from '../../services/team-service';\nexport const x = listTeams;\n",
      ],
      ['src/services/x.ts', "import { rule } from '../domain/team/rules';\nexport const x = rule;\n"],
      [
        'src/storage/x.ts',
        "import type { WorkspaceStore } from '../services/store';\nexport type X = WorkspaceStore;\n",
      ],
      [
        'electron/x.ts',
        "import { read } from '../src/storage/files';\nimport { app } from 'electron';\nexport const x = [read, app];\n",
      ],
      ['src/room/x.ts', "import { listTeams } from '../services/team-service';\nexport const x = listTeams;\n"],
      [
        'renderer/participant/x.ts',
        "import { message } from '../../src/domain/room/protocol';\nexport const x = message;\n",
      ],
      ['src/cli/x.ts', "import { read } from '../storage/files';\nexport const x = read;\n"],
      ['src/sync/x.ts', "import { listTeams } from '../services/team-service';\nexport const x = listTeams;\n"],
      ['src/host/y.ts', "import { merge } from '../sync/merge';\nexport const x = merge;\n"],
      ['src/cli/y.ts', "import { merge } from '../sync/merge';\nexport const x = merge;\n"],
      ['electron/y.ts', "import { merge } from '../src/sync/merge';\nexport const x = merge;\n"],
    ];
    for (const [file, text] of fine) expect(await layerErrors(file, text), file).toEqual([]);
  });

  it.each([
    [
      'the renderer importing a service',
      'renderer/app/Bad.tsx',
      "import { listTeams } from '../../src/services/team-service';\nexport const x = listTeams;\n",
    ],
    [
      'the renderer importing a service type',
      'renderer/app/Bad.ts',
      "import type { WorkspaceStore } from '../../src/services/store';\nexport type X = WorkspaceStore;\n",
    ],
    [
      'the renderer importing storage',
      'renderer/app/Bad.ts',
      "import { read } from '../../src/storage/files';\nexport const x = read;\n",
    ],
    [
      'the renderer importing a Node built-in',
      'renderer/app/Bad.ts',
      "import fs from 'node:fs';\nexport const x = fs;\n",
    ],
    [
      'the renderer importing electron',
      'renderer/app/Bad.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    ],
    [
      'the domain importing a Node built-in',
      'src/domain/team/bad.ts',
      "import path from 'node:path';\nexport const x = path;\n",
    ],
    [
      'the domain importing services',
      'src/domain/team/bad.ts',
      "import { listTeams } from '../../services/team-service';\nexport const x = listTeams;\n",
    ],
    [
      'the domain reading the clock',
      'src/domain/team/bad.ts',
      'export const stamp = () => new Date().toISOString();\n',
    ],
    ['the domain making randomness', 'src/domain/team/bad.ts', 'export const pick = () => Math.random();\n'],
    ['the domain making ids', 'src/domain/team/bad.ts', 'export const id = () => crypto.randomUUID();\n'],
    [
      'the domain making ids through the id helper',
      'src/domain/team/bad.ts',
      "import { newId } from '../shared/ids';\nexport const id = () => newId();\n",
    ],
    [
      'a handler reaching storage',
      'src/api/handlers/bad.ts',
      "import { read } from '../../storage/files';\nexport const x = read;\n",
    ],
    [
      'services reaching storage',
      'src/services/bad.ts',
      "import { read } from '../storage/files';\nexport const x = read;\n",
    ],
    [
      'storage building on a service',
      'src/storage/bad.ts',
      "import { listTeams } from '../services/team-service';\nexport const x = listTeams;\n",
    ],
    [
      'the host importing the renderer',
      'src/host/bad.ts',
      "import { App } from '../../renderer/app/App';\nexport const x = App;\n",
    ],
    [
      'the room server importing storage',
      'src/room/bad.ts',
      "import { read } from '../storage/files';\nexport const x = read;\n",
    ],
    [
      'the participant page importing the room server',
      'renderer/participant/bad.ts',
      "import { room } from '../../src/room/server';\nexport const x = room;\n",
    ],
    [
      'the participant page importing the api',
      'renderer/participant/bad.ts',
      "import { contract } from '../../src/api/contract';\nexport const x = contract;\n",
    ],
    [
      'the command line importing electron',
      'src/cli/bad.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
    ],
    [
      'sync importing the renderer',
      'src/sync/bad.ts',
      "import { App } from '../../renderer/app/App';\nexport const x = App;\n",
    ],
    ['sync reaching storage', 'src/sync/bad.ts', "import { read } from '../storage/files';\nexport const x = read;\n"],
    [
      'sync importing electron',
      'src/sync/bad.ts',
      "import { safeStorage } from 'electron';\nexport const x = safeStorage;\n",
    ],
    [
      'a service importing sync',
      'src/services/bad.ts',
      "import { merge } from '../sync/merge';\nexport const x = merge;\n",
    ],
    ['a file outside every layer', 'src/misc/bad.ts', 'export const x = 1;\n'],
  ])('reports %s', async (_what, file, text) => {
    expect((await layerErrors(file, text)).length).toBeGreaterThan(0);
  });
});
