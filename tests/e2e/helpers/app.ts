import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { launchBrowser } from './browser';
import { startWithTeams, type RunningServer } from './server';

/**
 * For a describe block: before its tests, the host on a fresh data folder holding `makeTeams()` and a
 * Chromium; both stopped after them.
 */
export function appWithTeams(makeTeams: () => TeamDoc[]): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWithTeams(makeTeams());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet (use it inside a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'The host');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
