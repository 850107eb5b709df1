import { render, screen } from '@testing-library/react';
import { setApi } from '../../renderer/api/client';
import { App } from '../../renderer/app/App';
import { useAppStore } from '../../renderer/store';
import type { ScreenId } from '../../renderer/store/slices/ui';
import { inProcessApi, type InProcessApi } from '../helpers/in-process-api';

/** Renders the whole app over a real in-process api and waits for the chosen screen. */
export async function renderApp(
  screenId: ScreenId,
  seed?: (api: InProcessApi) => Promise<void>,
): Promise<InProcessApi> {
  const backend = await inProcessApi();
  if (seed) await seed(backend);
  setApi(backend.api);
  useAppStore.setState({ screen: screenId });
  window.location.hash = `#/${screenId}`;
  render(<App />);
  await screen.findByRole('navigation', { name: 'Ceremonies' });
  return backend;
}
