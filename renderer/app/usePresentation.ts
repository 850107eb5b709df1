import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Presentation mode: larger type, and full screen where the browser allows it. */
export function usePresentation(): void {
  const presentation = useAppStore((s) => s.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);
  useEffect(() => {
    document.documentElement.dataset.presentation = presentation ? 'on' : 'off';
    const root = document.documentElement;
    if (presentation && !document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().catch(() => {
        // Full screen can be refused (no user gesture, headless); the larger type still applies.
      });
    } else if (!presentation && document.fullscreenElement && document.exitFullscreen) {
      document.exitFullscreen().catch(() => undefined);
    }
  }, [presentation]);
  useEffect(() => {
    // Leaving full screen with Esc ends presentation mode too.
    const onChange = () => {
      if (!document.fullscreenElement && useAppStore.getState().presentation) setPresentation(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresentation]);
}
