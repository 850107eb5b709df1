import { render, screen } from '@testing-library/react';
import { setApi } from '../../renderer/api/client';
import { setEventSource, type EventSource } from '../../renderer/api/events';
import { App } from '../../renderer/app/App';
import { useAppStore } from '../../renderer/store';
import type { ScreenId } from '../../renderer/store/slices/ui';
import type { RoomPort } from '../../src/api/room-port';
import type { SyncPort } from '../../src/api/sync-port';
import { inProcessApi, type InProcessApi } from '../helpers/in-process-api';
import { tracked } from './api-calls';

export interface RenderAppOptions {
  /** The room behind the api's room methods (none: they answer "not available"). */
  room?: RoomPort;
  /** The host's events; by default none arrive. */
  events?: EventSource;
  /** Sharing through Git behind the api's sync methods (none: they answer "not available"). */
  sync?: SyncPort;
}

/** Renders the whole app over a real in-process api and waits for the chosen screen. */
export async function renderApp(
  screenId: ScreenId,
  seed?: (api: InProcessApi) => Promise<void>,
  options: RenderAppOptions = {},
): Promise<InProcessApi> {
  const backend = await inProcessApi(options.room ? { room: options.room } : {});
  backend.ctx.sync = options.sync;
  if (seed) await seed(backend);
  setApi(tracked(backend.api));
  setEventSource(options.events ?? (() => () => undefined));
  useAppStore.setState({ screen: screenId });
  window.location.hash = `#/${screenId}`;
  render(<App />);
  await screen.findByRole('navigation', { name: 'Ceremonies' });
  return backend;
}
