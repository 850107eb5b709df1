import net from 'node:net';

/**
 * What a TCP connection attempt to host:port meets: 'connected', the error code that refused it
 * (e.g. 'ECONNREFUSED'), or 'no answer' when nothing came back in time. A test that expects a refusal
 * must see the refusal itself: no answer proves nothing (a dropped packet, a busy machine).
 */
export function connectOutcome(host: string, port: number, waitMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (outcome: string) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.once('connect', () => done('connected'));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    socket.setTimeout(waitMs, () => done('no answer'));
  });
}
