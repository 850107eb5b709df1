import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

const MB = 1024 * 1024;

/**
 * A FIFO (what `<(curl …)` gives a command) fed by a writer that would send `total` bytes of a calendar's text:
 * the bytes it could send before the reader stopped reading are counted.
 */
function feedingFifo(total: number) {
  const fifo = path.join(tempDir('cadence-cli-fifo-'), 'calendar.ics');
  execFileSync('mkfifo', [fifo]);
  const writer = createWriteStream(fifo);
  const sent = { bytes: 0, done: false };
  const chunk = Buffer.alloc(64 * 1024, 'x');
  writer.on('error', () => {
    sent.done = true;
  });
  const more = (): void => {
    while (!sent.done && sent.bytes < total) {
      sent.bytes += chunk.length;
      if (!writer.write(chunk)) {
        writer.once('drain', more);
        return;
      }
    }
    if (!sent.done) writer.end();
    sent.done = true;
  };
  writer.once('open', more);
  return { fifo, sent, stop: () => writer.destroy() };
}

describe('a FILE that is a stream (a FIFO, <(curl …)), not a regular file', { timeout: 60_000 }, () => {
  it('is read no further than the import takes, then refused (exit 1) with the bound in words; nothing changes', async () => {
    const dataDir = tempDir('cadence-cli-fifo-data-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
    const before = folderState(dataDir);
    // Far more than a calendar import takes (2 MB): an endless stream sent by mistake.
    const stream = feedingFifo(64 * MB);
    const { io, out, err } = captured(dataDir);
    try {
      const code = await runCli(
        ['import', 'calendar', stream.fifo, '--team', 'Platform', '--kind', 'holidays', '--data-dir', dataDir],
        io,
      );
      expect(code).toBe(1);
      expect(out).toEqual([]);
      // Stopped at the bound, give or take what the pipe and the reader hold in their buffers.
      expect(stream.sent.bytes).toBeLessThan(4 * MB);
      expect(err.join('\n')).toMatch(/calendar\.ics holds more than the import takes: .*2 MB.*Nothing was changed\.$/);
      expect(folderState(dataDir)).toEqual(before);
    } finally {
      stream.stop();
    }
  });
});
