import { useEffect } from 'react';
import { subscribeEvents } from '../../api/events';
import { useAppStore } from '../../store';

/**
 * Listens to the host's events for as long as the app is mounted, then asks for the room: subscribing
 * first means no join or vote that happens during the question is missed.
 */
export function useRoomEvents(): void {
  const applyEvent = useAppStore((s) => s.applyEvent);
  const loadRoom = useAppStore((s) => s.loadRoom);
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    const stop = subscribeEvents(applyEvent);
    loadRoom().catch(reportError);
    return stop;
  }, [applyEvent, loadRoom, reportError]);
}
