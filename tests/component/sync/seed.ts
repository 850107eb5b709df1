import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScreenId } from '../../../renderer/store/slices/ui';
import type { InProcessApi } from '../../helpers/in-process-api';
import { manualEvents } from '../room/fake-room';
import { renderApp } from '../render-app';
import { fakeSync, type FakeSync } from './fake-sync';

// Every action writes a real data file; a shared 2-core machine can be slow. A ceiling, not a timing.
configure({ asyncUtilTimeout: 10_000 });

export interface SyncTest {
  backend: InProcessApi;
  sync: FakeSync;
  teamId: string;
  emit: ReturnType<typeof manualEvents>['emit'];
  user: ReturnType<typeof userEvent.setup>;
}

/** The app on `screenId` with one team, "Platform SRE", open, over a fake SyncPort set up by `prepare`. */
export async function openWithTeam(
  screenId: ScreenId = 'data',
  prepare?: (sync: FakeSync, teamId: string, backend: InProcessApi) => void | Promise<void>,
): Promise<SyncTest> {
  const sync = fakeSync();
  const events = manualEvents();
  let teamId = '';
  const backend = await renderApp(
    screenId,
    async (b) => {
      teamId = (await b.api.createTeam({ name: 'Platform SRE' })).id;
      await prepare?.(sync, teamId, b);
    },
    { sync, events: events.source },
  );
  await screen.findByRole('combobox', { name: 'Team' });
  return { backend, sync, teamId, emit: events.emit, user: userEvent.setup() };
}

export const sharingSection = () => screen.findByRole('region', { name: 'Sharing' });
