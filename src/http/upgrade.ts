import type { Socket } from 'node:net';

/** An upgrade request's raw socket, held until it is refused or handed to a WebSocket. */
export interface HeldUpgrade {
  /** Answers the handshake with this status and closes the connection. */
  refuse(status: number, text: string): void;
  /** The WebSocket made from the socket listens for its errors from now on. */
  handedOver(): void;
}

/**
 * Node hands an upgrade's raw socket over without an error listener: a client that resets the connection
 * while it is being refused would otherwise stop the whole process. Until a WebSocket owns the socket, an
 * error drops it.
 */
export function holdUpgrade(socket: Socket): HeldUpgrade {
  const dropOnError = () => socket.destroy();
  socket.on('error', dropOnError);
  return {
    refuse: (status, text) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    },
    handedOver: () => {
      socket.removeListener('error', dropOnError);
    },
  };
}

/** A request's target as a URL, or null when it is not one (anyone who can connect can send anything). */
export function requestUrl(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}
