import { useEffect } from 'react';
import { subscribeEvents } from '../../api/events';
import { useAppStore } from '../../store';

/**
 * Asks once whether a room is open (it may be, after a reload), and listens to the host's events while
 * one is: no long-lived request while there is nothing to hear. Subscribing comes before asking again,
 * so no join or vote made in between is missed.
 */
export function useRoomEvents(): void {
  const open = useAppStore((s) => s.room !== null);
  const applyEvent = useAppStore((s) => s.applyEvent);
  const loadRoom = useAppStore((s) => s.loadRoom);
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    loadRoom().catch(reportError);
  }, [loadRoom, reportError]);
  useEffect(() => {
    if (!open) return;
    const stop = subscribeEvents(applyEvent);
    loadRoom().catch(reportError);
    return stop;
  }, [open, applyEvent, loadRoom, reportError]);
}
