import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** The floor for start-up: the smallest React page, built by Vite and served by the same host. */
function Empty() {
  return (
    <main>
      <h1>Floor</h1>
      <input aria-label="Filter" />
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Empty />
    </StrictMode>,
  );
}
