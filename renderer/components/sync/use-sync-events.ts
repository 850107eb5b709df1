import { useAppStore } from '../../store';
import { useHostEvents } from '../use-host-events';

/** Which teams are shared, and their state while one is (a sync runs at start, on a timer and after ceremonies). */
export function useSyncEvents(): void {
  const shared = useAppStore((s) => (s.syncStatuses?.length ?? 0) > 0);
  useHostEvents(
    shared,
    useAppStore((s) => s.loadSyncStatus),
    useAppStore((s) => s.applySyncEvent),
  );
}
