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
    // Leaving the page's own full screen with Esc ends presentation mode too. Another element's full screen
    // ending (presenter mode's) leaves it as it was.
    let pageWasFull = document.fullscreenElement === document.documentElement;
    const onChange = () => {
      const left = pageWasFull && !document.fullscreenElement;
      pageWasFull = document.fullscreenElement === document.documentElement;
      if (left && useAppStore.getState().presentation) setPresentation(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresentation]);
}
