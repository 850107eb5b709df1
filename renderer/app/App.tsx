import { Suspense, useEffect, useState } from 'react';
import { useHostFeed } from './useHostFeed';
import { SyncStateButton } from '../components/sync/SyncStateButton';
import { useSyncEvents } from '../components/sync/use-sync-events';
import { Toasts } from '../components/Toasts';
import { useAppStore } from '../store';
import { isModalOpen, isOptionTyping, isTypingTarget } from './keyboard';
import { Notices } from './Notices';
import { SCREEN_ENTRIES } from './screens';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TeamSwitcher } from './TeamSwitcher';
import { useHeaderHeight } from './useHeaderHeight';
import { useFocusRescue } from './useFocusRescue';
import { useHashRoute } from './useHashRoute';
import { usePresentation } from './usePresentation';

/**
 * The shell: the sticky header (team switcher, the notifications' slot, presentation toggle), ceremony
 * navigation, the open screen.
 */
export function App() {
  const screen = useAppStore((s) => s.screen);
  const navigate = useAppStore((s) => s.navigate);
  const presentation = useAppStore((s) => s.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);
  const start = useAppStore((s) => s.start);
  const [helpOpen, setHelpOpen] = useState(false);
  const headerRef = useHeaderHeight<HTMLElement>();
  useHashRoute();
  useFocusRescue();
  usePresentation();
  useHostFeed();
  useSyncEvents();

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        if (isOptionTyping(event)) return;
        const target = SCREEN_ENTRIES.find((s) => s.key === event.key || event.code === `Digit${s.key}`);
        if (target) {
          event.preventDefault();
          // An open dialog belongs to this screen: leaving it would throw away what was typed there.
          if (isModalOpen()) return;
          navigate(target.id);
          return;
        }
        if (event.code === 'KeyP') {
          event.preventDefault();
          setPresentation(!useAppStore.getState().presentation);
        }
        return;
      }
      if (event.key === '?' && !isTypingTarget(event.target) && !isModalOpen()) {
        event.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, setPresentation]);

  const entry = SCREEN_ENTRIES.find((s) => s.id === screen) ?? SCREEN_ENTRIES[0];
  const Screen = entry?.component;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header" ref={headerRef}>
        <h1 className="brand">Cadence</h1>
        <TeamSwitcher />
        <Toasts />
        <div className="app-header__tools">
          <SyncStateButton />
          <button
            type="button"
            aria-pressed={presentation}
            aria-keyshortcuts="Alt+P"
            onClick={() => setPresentation(!presentation)}
          >
            {presentation ? 'Exit presentation' : 'Presentation mode'}
          </button>
          <button type="button" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
            Keyboard shortcuts
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label="Ceremonies">
        <ul>
          {SCREEN_ENTRIES.map((s) => (
            <li key={s.id}>
              <a
                href={`#/${s.id}`}
                aria-current={s.id === screen ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${s.key}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(s.id);
                }}
              >
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Notices />
        <Suspense fallback={<p className="loading">Loading…</p>}>{Screen ? <Screen /> : null}</Suspense>
      </main>
      {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
