import type http from 'node:http';
import type { CadenceEvent } from '../api/contract/events';

/**
 * The shared screen's event feed in browser mode: server-sent events on long-lived GETs, each held with the
 * window (page) that opened it, when it named one.
 */
export class EventStream {
  private readonly clients = new Map<http.ServerResponse, string | null>();

  attach(res: http.ServerResponse, windowId: string | null = null): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    // A comment first, so the page's reader starts at once; one every 25 s keeps proxies from closing it.
    res.write(': cadence\n\n');
    const beat = setInterval(() => res.write(': beat\n\n'), 25_000);
    beat.unref();
    this.clients.set(res, windowId);
    res.on('close', () => {
      clearInterval(beat);
      this.clients.delete(res);
    });
  }

  /** Sends the event to every page but the window named (the one whose own change it reports). */
  publish = (event: CadenceEvent, exceptWindow: string | null = null): void => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const [client, windowId] of this.clients) {
      if (exceptWindow === null || windowId !== exceptWindow) client.write(frame);
    }
  };

  close(): void {
    for (const client of this.clients.keys()) client.end();
    this.clients.clear();
  }
}
