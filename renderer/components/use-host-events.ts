import { useEffect } from 'react';
import type { CadenceEvent } from '../../src/api/contract/events';
import { subscribeEvents } from '../api/events';
import { useAppStore } from '../store';

/**
 * Asks the host once (`load`), and listens to its events while `active` (sharing's: while a team is
 * shared, so no second long-lived request while there is nothing to hear). Subscribing comes before asking again, so nothing that changes in between is missed.
 * `load` and `apply` are store actions (stable functions).
 */
export function useHostEvents(active: boolean, load: () => Promise<void>, apply: (event: CadenceEvent) => void): void {
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => {
    // While active, the subscription below asks.
    if (!active) load().catch(reportError);
  }, [active, load, reportError]);
  useEffect(() => {
    if (!active) return;
    const stop = subscribeEvents(apply);
    load().catch(reportError);
    return stop;
  }, [active, apply, load, reportError]);
}
