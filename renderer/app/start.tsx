import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useAppStore } from '../store';
import '../styles/app.css';
import { App } from './App';
import { SCREEN_ENTRIES } from './screens';

/** Starts the app in `root`: the store (which takes the answers main.tsx asked for), then React. */
export async function start(root: HTMLElement): Promise<void> {
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
