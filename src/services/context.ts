import type { WorkspaceStore } from './store';

/** What every service receives: storage and the clock, so tests can pin time. */
export interface ServiceContext {
  store: WorkspaceStore;
  now: () => Date;
}
