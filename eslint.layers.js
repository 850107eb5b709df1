// The layers of docs/ARCHITECTURE.md, enforced by eslint-plugin-boundaries: every file of the app belongs to one
// element, and an import between elements is an error unless a policy below allows it (arrows only point down).
import boundaries from 'eslint-plugin-boundaries';

/**
 * Element types, most specific pattern first (the first match names a file's layer). `mode: 'full'` matches a
 * whole path, so one file (the contract, the id helper) can be a layer of its own; v7's replacement for it
 * (`partialMatch: false`) matches folders only, hence `legacy-warnings: false` below.
 */
const elements = [
  ...['src/api/contract.ts', 'src/api/define.ts', 'src/api/contract/**'].map((pattern) => ({
    type: 'contract',
    pattern,
  })),
  { type: 'api', pattern: 'src/api/**' },
  { type: 'services', pattern: 'src/services/**' },
  { type: 'ids', pattern: 'src/domain/shared/new-id.ts' },
  { type: 'domain', pattern: 'src/domain/**' },
  { type: 'storage', pattern: 'src/storage/**' },
  { type: 'host', pattern: 'src/host/**' },
  { type: 'http', pattern: 'src/http/**' },
  { type: 'room', pattern: 'src/room/**' },
  { type: 'cli', pattern: 'src/cli/**' },
  { type: 'sync', pattern: 'src/sync/**' },
  { type: 'version', pattern: 'src/version.ts' },
  { type: 'electron', pattern: 'electron/**' },
  { type: 'participant', pattern: 'renderer/participant/**' },
  { type: 'renderer', pattern: 'renderer/**' },
].map((descriptor) => ({ ...descriptor, mode: 'full' }));

/** Shells (composition roots): they wire storage, services and the api together, and hold no business rules. */
const SHELL_DEPENDENCIES = [
  'contract',
  'api',
  'services',
  'domain',
  'ids',
  'storage',
  'host',
  'http',
  'room',
  'sync',
  'version',
];

/** Which element may import which (value and type imports alike). */
const allowed = {
  renderer: ['renderer', 'contract', 'domain', 'ids', 'version'],
  // The phone page: the room's wire protocol (src/domain/room) and nothing of the facilitator's app.
  participant: ['participant', 'domain'],
  contract: ['contract', 'domain', 'ids', 'services'],
  api: ['api', 'contract', 'services', 'domain', 'ids', 'version'],
  services: ['services', 'domain', 'ids'],
  domain: ['domain', 'ids'],
  ids: [],
  storage: ['storage', 'domain', 'ids', 'services'],
  host: SHELL_DEPENDENCIES,
  // The packaged app runs the command line (`cadence import …`) when started with a command.
  electron: [...SHELL_DEPENDENCIES, 'electron', 'cli'],
  cli: [...SHELL_DEPENDENCIES, 'cli'],
  // Sharing through Git: like the room, it reaches the data only through services (the apply service).
  sync: ['sync', 'http', 'contract', 'api', 'services', 'domain', 'ids', 'version'],
  room: ['room', 'http', 'contract', 'api', 'services', 'domain', 'ids', 'version'],
  /** Plain HTTP plumbing (answers, static files, the page's headers) shared by the host, the room and Electron. */
  http: ['http', 'contract', 'domain'],
  version: [],
};

/**
 * Storage builds no screen-facing results and services reach storage only through the port in
 * src/services/store.ts. Storage may use the port's types; the types below are the known exceptions
 * (the backups listing), to be removed when backups get a port of their own.
 */
const PORT_FILES = ['**/src/services/store.ts', '**/src/services/data-types.ts'];
/** Known services -> storage imports (backups and the document decoder), to move behind the port with backups. */
const SERVICES_REACHING_STORAGE = [
  '**/src/services/data-backup-service.ts',
  '**/src/services/data-transfer-service.ts',
  // Upgrades a shared team's older-format file with the data file's migrations (src/storage/decode.ts).
  '**/src/services/sync-apply-service.ts',
];

const element = (type) => ({ element: { type } });
const CORE = { module: { origin: 'core' } };
const ELECTRON = { module: { origin: 'external', source: 'electron' } };

/** In order: the last policy that matches an import decides. */
const policies = [
  // npm packages and Node built-ins, unless a policy further down says otherwise.
  { from: element(Object.keys(allowed)), allow: { to: [{ module: { origin: 'external' } }, CORE] } },
  ...Object.entries(allowed).map(([from, to]) => ({ from: element(from), allow: { to: element(to) } })),
  // Storage sees services only through the port's types; services see storage only through the port.
  { from: element('storage'), disallow: { to: element('services') } },
  { from: element('storage'), allow: { to: { element: { type: 'services' }, file: { path: PORT_FILES } } } },
  {
    from: { element: { type: 'services' }, file: { path: SERVICES_REACHING_STORAGE } },
    allow: { to: element('storage') },
  },
  // Browser code (the renderer, the participant page) and the pure layers use no Node built-ins.
  { from: element(['renderer', 'participant', 'domain', 'ids', 'contract']), disallow: { to: CORE } },
  // Only the Electron shell imports electron.
  { from: element(Object.keys(allowed).filter((t) => t !== 'electron')), disallow: { to: ELECTRON } },
];

export const layers = [
  {
    files: ['src/**/*.{ts,tsx}', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      // Paths are relative to the folder of this file, wherever ESLint is started from.
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': elements,
      'boundaries/legacy-warnings': false,
      'boundaries/include': ['src/**', 'electron/**', 'renderer/**'],
      'import/resolver': { typescript: { alwaysTryTypes: true, noWarnOnMultipleProjects: true } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
];
