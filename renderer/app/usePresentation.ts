import { useEffect, useRef } from 'react';
import { getApi } from '../api/client';
import { useAppStore } from '../store';

/**
 * Presentation mode: larger type, and full screen. The desktop app's window goes full screen through the
 * main process (the page's own Fullscreen API is refused there, like every permission but the clipboard
 * write); a browser is asked through the Fullscreen API, which it may refuse.
 */
export function usePresentation(): void {
  const presentation = useAppStore((s) => s.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);
  const desktop = useAppStore((s) => s.status?.transport === 'electron');
  // Cadence asked the browser to leave full screen and it has not yet: that exit is not a person's Esc.
  const leaving = useRef(false);
  useEffect(() => {
    document.documentElement.dataset.presentation = presentation ? 'on' : 'off';
    if (desktop) {
      getApi()
        .setFullScreen({ on: presentation })
        .catch(() => {
          // A window that cannot go full screen still gets the larger type.
        });
      return;
    }
    const root = document.documentElement;
    if (presentation && !document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().catch(() => {
        // Full screen can be refused (no user gesture, headless); the larger type still applies.
      });
    } else if (!presentation && document.fullscreenElement && document.exitFullscreen) {
      leaving.current = true;
      document.exitFullscreen().catch(() => {
        leaving.current = false;
      });
    }
  }, [presentation, desktop]);
  useEffect(() => {
    // Leaving the page's own full screen with Esc ends presentation mode too. Another element's full screen
    // ending (presenter mode's) leaves it as it was.
    let pageWasFull = document.fullscreenElement === document.documentElement;
    const onChange = () => {
      const left = pageWasFull && !document.fullscreenElement;
      pageWasFull = document.fullscreenElement === document.documentElement;
      if (!left) return;
      const asked = leaving.current;
      leaving.current = false;
      if (!useAppStore.getState().presentation) return;
      if (!asked) {
        setPresentation(false);
        return;
      }
      // Turned off and on again (Alt+P twice) while the browser was still leaving: on is the latest word.
      document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresentation]);
}
