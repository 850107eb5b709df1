import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src/api/dispatch';
import type { CadenceEvent } from '../src/api/contract/events';
import type { RoomStatus } from '../src/api/contract/room';
import type { HandlerContext } from '../src/api/handler-types';
import { withRoom } from '../src/room/with-room';
import { openWorkspaceStore } from '../src/storage/workspace-store';
import { readDataText } from '../src/storage/read-layout';
import { Phone, joinAs, secretOf } from '../tests/helpers/room-harness';
import { SMALL } from './generate/profiles';
import { seedDataDir } from './lib/data-dir';
import { addRow, single, type Results } from './lib/report';
import { summarize } from './lib/stats';

const PEOPLE = 50;
const VOTES = 200;
const ADDRESS = '127.0.0.2';

/**
 * The room under a full meeting on loopback, over the small workspace: 50 phones join, then each vote
 * is timed from the phone's send to the shared screen's counter changing (which happens only once the
 * vote is durable); then 100 votes from 50 people inside one second, all acknowledged and on disk.
 */
export async function benchRoom(results: Results): Promise<void> {
  const section = '6. The room (small workspace, 50 phones on loopback)';
  const { dataDir } = seedDataDir(SMALL, 'room');
  const page = path.join(dataDir, 'page');
  mkdirSync(page);
  writeFileSync(path.join(page, 'index.html'), '<!doctype html>');
  const opened = await openWorkspaceStore({ dataDir });
  const now = () => new Date();
  const listeners = new Set<(e: CadenceEvent) => void>();
  const { store, room } = withRoom(opened, now, { staticDir: page, fixedAddress: ADDRESS, port: 0 }, (e) => {
    for (const l of listeners) l(e);
  });
  const ctx: HandlerContext = { store, now, shell: {}, transport: 'browser', room };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const e = await dispatch(ctx, method, input, () => undefined);
    if (!e.ok) throw new Error(`${method}: ${e.error.message}`);
    return e.value as T;
  };
  const teamId = store.snapshot().teams[0]!.id;
  const memberIds: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const m = await call<{ id: string }>('addMember', {
      teamId,
      member: { name: `Phone ${i + 1}`, role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    memberIds.push(m.id);
  }
  const itemId = store.snapshot().teams[0]!.items[0]!.id;
  await call('startEstimation', { teamId, itemId });
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const status = await call<RoomStatus>('openRoom', { teamId, focus: { kind: 'poker' } });

  const joinStarted = performance.now();
  const phones = await Promise.all(
    memberIds.map(async (id) => {
      const { token } = await joinAs(status.port, { secret: secretOf(status) }, id);
      return Phone.connect(status.port, token);
    }),
  );
  const joinMs = performance.now() - joinStarted;
  // The round the room shows (the generated workspace has open rounds of its own).
  const view = await phones[0]!.view((v) => v.focus.kind === 'poker');
  const roundId = view.focus.kind === 'poker' ? view.focus.round.id : '';
  addRow(results, {
    section,
    name: `${PEOPLE} phones join (link, name, socket)`,
    unit: 'ms',
    value: single(joinMs),
    target: '< 2000 ms',
    pass: joinMs < 2000,
  });

  /** Resolves when the shared screen's "N have voted" reaches the count. */
  const counterAt = (done: number) =>
    new Promise<number>((resolve) => {
      const listener = (e: CadenceEvent) => {
        if (e.type === 'room' && e.room?.progress?.done === done) {
          listeners.delete(listener);
          resolve(performance.now());
        }
      };
      listeners.add(listener);
    });
  const baseline = room.status()?.progress?.done ?? 0;
  const latencies: number[] = [];
  for (let i = 0; i < VOTES; i++) {
    const phone = phones[Math.floor(i / 2) % PEOPLE]!;
    // A vote raises the counter; the same person taking it back lowers it again, so every send moves it.
    const voting = i % 2 === 0;
    const changed = counterAt(baseline + (voting ? 1 : 0));
    const sent = performance.now();
    const reply = await phone.send({ type: 'vote', roundId, card: voting ? '5' : null });
    if (reply.type !== 'ack') throw new Error(`vote refused: ${JSON.stringify(reply)}`);
    latencies.push((await changed) - sent);
  }
  const latency = summarize(latencies);
  addRow(results, {
    section,
    name: 'one vote → shared screen counter changes (durable first)',
    unit: 'ms',
    value: latency,
    target: 'p95 < 50 ms',
    pass: latency.p95 < 50,
    note: `${VOTES} votes, one at a time`,
  });

  const burstStarted = performance.now();
  const acks = await Promise.all(
    phones.flatMap((phone, i) => [
      new Promise((r) => setTimeout(r, (i * 10) % 1000)).then(() => phone.send({ type: 'vote', roundId, card: '3' })),
      new Promise((r) => setTimeout(r, ((i * 10) % 1000) + 5)).then(() =>
        phone.send({ type: 'vote', roundId, card: '8' }),
      ),
    ]),
  );
  const burstMs = performance.now() - burstStarted;
  await store.flush();
  const onDisk = JSON.parse(readDataText(dataDir) ?? '{}') as {
    teams?: { estimationRounds: { id: string; votes: { memberId: string; card: string }[] }[] }[];
  };
  const votes = onDisk.teams?.[0]?.estimationRounds.find((r) => r.id === roundId)?.votes ?? [];
  const durable = memberIds.filter((id) => votes.some((v) => v.memberId === id && v.card === '8')).length;
  const acked = acks.filter((a) => (a as { type: string }).type === 'ack').length;
  addRow(results, {
    section,
    name: `100 votes from ${PEOPLE} people within one second`,
    unit: 'ms',
    value: single(burstMs),
    target: 'all acknowledged, all durable',
    pass: acked === 100 && durable === PEOPLE,
    note: `${acked}/100 acknowledged; ${durable}/${PEOPLE} final votes on disk`,
  });

  global.gc?.();
  const grewMb = (process.memoryUsage().rss - rssBefore) / 1e6;
  addRow(results, {
    section,
    name: 'host memory growth with the room full',
    unit: 'MB',
    value: single(grewMb),
    target: '< 50 MB',
    pass: grewMb < 50,
  });
  for (const phone of phones) phone.close();
  await room.close();
  await opened.close();
}
