import type { CadenceEvent } from '../../src/api/contract/events';
import { accessToken } from './client';
import { WINDOW_HEADER, windowId } from './window-id';

type Listener = (event: CadenceEvent) => void;

/**
 * The feed's address beside the api methods (the host's EVENTS_PATH). Written here rather than imported:
 * the contract stays out of the page's first load, and the room's e2e test reads the real feed.
 */
const EVENTS_URL = './api/events';
/** Starts delivering events to the listener; returns the function that stops it. */
export type EventSource = (listener: Listener) => () => void;

/** Browser mode: one streamed GET per page, read as server-sent events, reopened after a drop. */
function httpEvents(): EventSource {
  const listeners = new Set<Listener>();
  let running = false;
  const tell = (event: CadenceEvent) => {
    for (const listener of listeners) listener(event);
  };
  const connect = async (): Promise<void> => {
    running = true;
    let connected = false;
    while (listeners.size > 0) {
      try {
        const response = await fetch(EVENTS_URL, {
          headers: { 'x-cadence-token': accessToken() ?? '', [WINDOW_HEADER]: windowId() },
        });
        if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
        // Back after a drop: what another window (or a command, while the host was down) changed meanwhile was told
        // to nobody, so the teams are fetched again, as after another window's import.
        if (connected) tell({ type: 'teams-changed' });
        connected = true;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            if (!data) continue;
            tell(JSON.parse(data) as CadenceEvent);
          }
        }
      } catch {
        // The host restarted or the network dropped: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    running = false;
  };
  return (listener) => {
    listeners.add(listener);
    if (!running) void connect();
    return () => listeners.delete(listener);
  };
}

let current: EventSource | null = null;

/** The host's events: Electron's bridge when present, the streamed GET otherwise. */
export function subscribeEvents(listener: Listener): () => void {
  if (!current) current = window.cadence ? (l) => window.cadence!.onEvent(l) : httpEvents();
  return current(listener);
}

/** Tests deliver events by hand. */
export function setEventSource(source: EventSource | null): void {
  current = source;
}
