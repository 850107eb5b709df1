import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SCREEN_ENTRIES } from './app/screens';
import { useAppStore } from './store';
import './styles/app.css';

async function start(root: HTMLElement): Promise<void> {
  // The data is asked for first, so it travels while the screen's code is made ready and React starts.
  void useAppStore.getState().start();
  // The first screen's code is preloaded by index.html; waiting for it here (a few ms) lets the first
  // render show the screen itself rather than a loading fallback.
  const first = SCREEN_ENTRIES.find((s) => s.id === useAppStore.getState().screen);
  await first?.preload().catch(() => undefined); // a failed download shows through Suspense instead
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
