import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Records the tasks the page's main thread runs (Chromium's trace, category "toplevel"), every one of
 * them: the Long Tasks API reports only tasks of 50 ms or more, so "the longest task" read from it is
 * 0 whenever none reached 50 ms. `stop` gives each task's duration in ms.
 */
export async function recordMainThreadTasks(page: Page): Promise<{ stop: () => Promise<number[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types a trace event as a map of strings; Chromium's trace events carry numbers too.
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  return {
    stop: async () => {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      if (!main) throw new Error('no renderer main thread in the trace');
      return events
        .filter(
          (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
        )
        .map((e) => (e.dur ?? 0) / 1000);
    },
  };
}
