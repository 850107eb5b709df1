import type http from 'node:http';
import type { CadenceEvent } from '../api/contract/events';

/** The shared screen's event feed in browser mode: server-sent events on long-lived GETs. */
export class EventStream {
  private readonly clients = new Set<http.ServerResponse>();

  attach(res: http.ServerResponse): void {
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
    this.clients.add(res);
    res.on('close', () => {
      clearInterval(beat);
      this.clients.delete(res);
    });
  }

  publish = (event: CadenceEvent): void => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of this.clients) client.write(frame);
  };

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
