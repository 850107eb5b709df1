import { useAppStore } from '../store';
import { useHostEvents } from '../components/use-host-events';

/**
 * The host's events for as long as the app runs: the room's joins and votes (one may be open after a
 * reload, so it is asked for), and what the room, a sync or another window changed in the teams shown.
 */
export function useHostFeed(): void {
  useHostEvents(
    true,
    useAppStore((s) => s.loadRoom),
    useAppStore((s) => s.applyEvent),
  );
}
