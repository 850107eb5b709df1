/**
 * What the participant page needs from the browser, in one object, so tests can hand it a fake
 * fetch, a fake WebSocket, a fresh storage and a manual clock.
 */

/** The part of a WebSocket the page uses (the browser's WebSocket satisfies it). */
export interface SocketLike {
  send(data: string): void;
  close(code?: number): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface ParticipantEnv {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  openSocket: (url: string) => SocketLike;
  storage: Storage;
  timers: Timers;
  /** The page's own address: the socket goes to the same host (ws:, or wss: on https). */
  location: Pick<Location, 'protocol' | 'host' | 'hash' | 'pathname' | 'search'>;
  /** Takes the join secret out of the address bar once it has been read. */
  replaceUrl: (url: string) => void;
  /**
   * Calls `listener` each time the phone may have been away from the room: the page shown again (the phone woke,
   * the browser came back to the front) or the network back. Answers how to stop.
   */
  onWake: (listener: () => void) => () => void;
}

export function browserEnv(): ParticipantEnv {
  return {
    fetch: (url, init) => window.fetch(url, init),
    openSocket: (url) => new WebSocket(url),
    storage: window.localStorage,
    timers: {
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    },
    location: window.location,
    replaceUrl: (url) => window.history.replaceState(null, '', url),
    onWake: (listener) => {
      const shown = () => {
        if (document.visibilityState === 'visible') listener();
      };
      document.addEventListener('visibilitychange', shown);
      window.addEventListener('online', listener);
      return () => {
        document.removeEventListener('visibilitychange', shown);
        window.removeEventListener('online', listener);
      };
    },
  };
}
