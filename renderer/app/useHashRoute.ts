import { useEffect } from 'react';
import { useAppStore } from '../store';
import { screenFromHash } from '../store/slices/ui';

/** Keeps the open screen in the address (#/backlog) so a reload returns to it. */
export function useHashRoute(): void {
  const screen = useAppStore((s) => s.screen);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    const fromHash = screenFromHash(window.location.hash);
    if (fromHash) navigate(fromHash);
    const onHash = () => {
      const next = screenFromHash(window.location.hash);
      if (!next) return;
      navigate(next);
      // A form with unsaved changes asked first: the address names the screen still shown until they are discarded.
      const shown = useAppStore.getState().screen;
      if (shown !== next) window.history.replaceState(null, '', `#/${shown}`);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [navigate]);
  useEffect(() => {
    if (screenFromHash(window.location.hash) !== screen) window.history.replaceState(null, '', `#/${screen}`);
  }, [screen]);
}
