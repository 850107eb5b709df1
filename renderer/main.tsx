import { startEarlyCalls } from './api/early-calls';

// The entry is small on purpose: the start-up data is asked for first, and travels while the app's
// code (React, the store, the first screen; preloaded by index.html) is fetched and compiled.
startEarlyCalls();

const root = document.getElementById('root');
if (root) {
  import('./app/start')
    .then(({ start }) => start(root))
    .catch(() => {
      root.textContent = 'Cadence could not load its code. Reload the page; if it happens again, restart Cadence.';
    });
}
