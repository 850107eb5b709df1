import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadenceEvent } from '../../../src/api/contract/events';
import { setEventSource, subscribeEvents } from '../../../renderer/api/events';

/** A server-sent events answer that sends `frames` and then ends (the host went away) or stays open. */
function feedAnswer(frames: string[], ends: boolean): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const frame of frames) controller.enqueue(new TextEncoder().encode(frame));
      if (ends) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setEventSource(null);
});

/**
 * Browser mode's event feed is one long GET. When it drops (the host restarted, or was stopped a while) and comes
 * back, what other windows or a command changed meanwhile was told to nobody: the page fetches the teams again.
 */
describe('the event feed after it drops and comes back', () => {
  it('tells the page to fetch the teams again, once per reconnection, not at the first connection', async () => {
    const answers = [
      feedAnswer([': cadence\n\n', `data: ${JSON.stringify({ type: 'team-changed', teamId: 't1' })}\n\n`], true),
      feedAnswer([': cadence\n\n'], false),
    ];
    const fetches = vi.fn(async () => answers.shift() ?? feedAnswer([], false));
    vi.stubGlobal('fetch', fetches);
    setEventSource(null);
    const heard: CadenceEvent[] = [];
    const stop = subscribeEvents((event) => heard.push(event));
    try {
      await vi.waitFor(() => expect(fetches).toHaveBeenCalledTimes(2), { timeout: 3000 });
      await vi.waitFor(() =>
        expect(heard).toEqual([{ type: 'team-changed', teamId: 't1' }, { type: 'teams-changed' }]),
      );
    } finally {
      stop();
    }
  });
});
