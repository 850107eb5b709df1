import { useAppStore } from '../../store';
import { useHostEvents } from '../use-host-events';

/** Whether a room is open (it may be, after a reload), and the joins and votes while one is. */
export function useRoomEvents(): void {
  const open = useAppStore((s) => s.room !== null);
  useHostEvents(
    open,
    useAppStore((s) => s.loadRoom),
    useAppStore((s) => s.applyEvent),
  );
}
