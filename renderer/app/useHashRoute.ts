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
      if (next) navigate(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [navigate]);
  useEffect(() => {
    if (screenFromHash(window.location.hash) !== screen) window.history.replaceState(null, '', `#/${screen}`);
  }, [screen]);
}
