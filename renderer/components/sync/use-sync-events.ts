import { useEffect } from 'react';
import { subscribeEvents } from '../../api/events';
import { useAppStore } from '../../store';

/**
 * Asks once which teams are shared, and listens to the host's events while one is (a sync runs at
 * start, on a timer and after ceremonies, without the screen asking). Subscribing comes before asking
 * again, so no state change made in between is missed.
 */
export function useSyncEvents(): void {
  const shared = useAppStore((s) => (s.syncStatuses?.length ?? 0) > 0);
  const applySyncEvent = useAppStore((s) => s.applySyncEvent);
  const loadSyncStatus = useAppStore((s) => s.loadSyncStatus);
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    loadSyncStatus().catch(reportError);
  }, [loadSyncStatus, reportError]);
  useEffect(() => {
    if (!shared) return;
    const stop = subscribeEvents(applySyncEvent);
    loadSyncStatus().catch(reportError);
    return stop;
  }, [shared, applySyncEvent, loadSyncStatus, reportError]);
}
