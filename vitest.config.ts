import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests that replace a module (vi.mock) or set the process's time zone: each runs in a process of its own. */
const ISOLATED_UNIT_TESTS = [
  'tests/unit/storage/failed-write.test.ts',
  'tests/unit/storage/backup-listing.test.ts',
  'tests/unit/data/export-file-name.test.ts',
  'tests/unit/cli/data-folder-permissions.test.ts',
  'tests/unit/storage/backups-one-a-local-day.test.ts',
];
/**
 * Component tests that replace a module the renderer imports (vi.mock). In the shared module graph a mock does not
 * take when a file before it in the worker loaded the real module (Mermaid, imported when a diagram is drawn).
 */
const MOCKING_COMPONENT_TESTS = [
  'tests/component/standup/board-renders.test.tsx',
  'tests/component/review/report-no-mermaid.test.tsx',
  'tests/component/review/diagram-parse-save.test.tsx',
  'tests/component/review/blocks.test.tsx',
];

export default defineConfig({
  plugins: [react()],
  test: {
    // Two files at a time in every project. Vitest's default on a 2-core machine is one (cores − 1): the unit
    // and component files then ran one after another, ~195 s where two at a time take ~130 s. A browser test
    // spends much of its time waiting on a poll, a save or a socket, so two of them share the cores well too
    // (about 290 s instead of 400 s for the e2e project).
    maxWorkers: 2,
    // One temporary folder for the run, removed at its end (tests/run-temp-dir.ts).
    globalSetup: ['tests/run-temp-dir.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ISOLATED_UNIT_TESTS,
          // Each file makes its own data folders and stores; none relies on a fresh module graph.
          isolate: false,
        },
      },
      {
        extends: true,
        // Files that replace a module (vi.mock) need a module graph of their own.
        test: { name: 'unit-isolated', environment: 'node', include: ISOLATED_UNIT_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          // The phones' page (Preact) keeps its own module state: its files run isolated, in their own project.
          exclude: ['tests/component/participant/**', ...MOCKING_COMPONENT_TESTS],
          setupFiles: ['tests/component/setup.ts'],
          // The setup file resets the store, the api and the page after every test, so files can share one
          // module graph (React and the renderer are loaded once per worker, not once per file).
          isolate: false,
          // user-event types key by key; on a busy 2-core machine a long form takes seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // A file that replaces a module the screens import needs a module graph of its own: in the shared
        // one the screens may already hold the real module, loaded by an earlier file.
        test: {
          name: 'component-isolated',
          environment: 'jsdom',
          include: MOCKING_COMPONENT_TESTS,
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'participant',
          environment: 'jsdom',
          include: ['tests/component/participant/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts', 'tests/component/participant/settle-preact.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Each file starts its own host process and browser, and the helpers hold no state between files, so
          // files share a worker's module graph: playwright-core, axe-core and the fixtures load once per worker,
          // not once per file (a few seconds each on a loaded 2-core machine).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // A loaded 2-core machine can take seconds to re-render; polls wait as a person would.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // Browser tests run after unit and component tests, not beside them, so neither starves the other of CPU.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'crash',
          environment: 'node',
          include: ['tests/crash/**/*.test.ts'],
          testTimeout: 600_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
