import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/api/dispatch';
import type { HandlerContext } from '../../../src/api/handler-types';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { itemFields } from '../../helpers/fixtures';
import { materialize, PowerCutFs, type DiskImage } from './power-cut-fs';

/**
 * Crash consistency beyond SIGKILL (tests/crash): a killed process never loses what the kernel already
 * has, a power cut loses everything that was not fsynced. The store runs a stream of changes over a
 * file system that keeps only what was fsynced; the power is cut after every single file operation,
 * and the disk as it would be then must open cleanly and hold every change acknowledged before it.
 */

type Ack = { kind: 'item' | 'member' | 'deleted' | 'deleting'; name: string };
type Event = { kind: 'cut'; image: DiskImage } | { kind: 'ack'; ack: Ack };

const work = mkdtempSync(path.join(os.tmpdir(), 'cadence-power-cut-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the stream of changes, recording each possible power cut and each acknowledgement in order. */
async function runStream(skip: { fileSync?: boolean; dirSync?: boolean } = {}): Promise<Event[]> {
  const dir = mkdtempSync(path.join(work, 'run-'));
  const events: Event[] = [];
  const fsys = new PowerCutFs(dir, (image) => events.push({ kind: 'cut', image }), skip);
  let clock = Date.parse('2026-12-01T09:00:00.000Z');
  const now = () => new Date((clock += 1000));
  // Backups after every write, so cuts also land while backups are written and pruned.
  const store = await openWorkspaceStore({ dataDir: dir, fs: fsys, now, backupIntervalMs: 0 });
  const ctx: HandlerContext = { store, now, shell: {}, transport: 'browser' };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await dispatch(ctx, method, input, () => undefined);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value as T;
  };
  const ack = (kind: Ack['kind'], name: string): void => {
    events.push({ kind: 'ack', ack: { kind, name } });
  };

  const { id: teamId } = await call<{ id: string }>('createTeam', { name: 'Power' });
  const items: { id: string; title: string }[] = [];
  for (let round = 0; round < 8; round++) {
    // Several changes in flight at once, so some share a write as they do in real use.
    const inFlight: Promise<void>[] = [
      call<{ id: string }>('createItem', { teamId, item: itemFields(`item ${round}`) }).then((item) => {
        items.push({ id: item.id, title: `item ${round}` });
        ack('item', `item ${round}`);
      }),
      call('addMember', {
        teamId,
        member: { name: `member ${round}`, role: 'SRE', hoursPerDay: 6, takesOnCall: false },
      }).then(() => ack('member', `member ${round}`)),
    ];
    const victim = round % 3 === 2 ? items.shift() : undefined;
    if (victim) {
      ack('deleting', victim.title);
      inFlight.push(call('deleteItem', { teamId, itemId: victim.id }).then(() => ack('deleted', victim.title)));
    }
    await Promise.all(inFlight);
  }
  await store.close();
  return events;
}

/** Opens every disk a power cut could leave and lists what is wrong with it. */
async function checkEveryCut(events: Event[]): Promise<{ cuts: number; acknowledged: number; problems: string[] }> {
  const problems: string[] = [];
  const acked: Ack[] = [];
  let cuts = 0;
  for (const event of events) {
    if (event.kind === 'ack') {
      acked.push(event.ack);
      continue;
    }
    cuts++;
    const into = mkdtempSync(path.join(work, 'cut-'));
    materialize(event.image, into);
    const store = await openWorkspaceStore({ dataDir: into });
    for (const notice of store.notices) problems.push(`cut ${cuts}: ${notice.kind}: ${notice.message}`);
    const team = store.snapshot().teams.find((t) => t.name === 'Power');
    const titles = new Set(team?.items.map((i) => i.title));
    const names = new Set(team?.members.map((m) => m.name));
    const deleting = new Set(acked.filter((a) => a.kind === 'deleting').map((a) => a.name));
    for (const a of acked) {
      const lost =
        (a.kind === 'item' && !titles.has(a.name) && !deleting.has(a.name)) ||
        (a.kind === 'member' && !names.has(a.name)) ||
        (a.kind === 'deleted' && titles.has(a.name));
      if (lost) problems.push(`cut ${cuts}: acknowledged ${a.kind} "${a.name}" is not on disk`);
    }
    await store.close();
    rmSync(into, { recursive: true, force: true });
  }
  return { cuts, acknowledged: acked.filter((a) => a.kind !== 'deleting').length, problems };
}

// Each case reopens the store at every step of the stream: seconds of work, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('a power cut at any step of a stream of writes', () => {
  it('leaves a folder that opens cleanly and holds every acknowledged change', async () => {
    const { cuts, acknowledged, problems } = await checkEveryCut(await runStream());
    console.log(`power cuts checked: ${cuts}, acknowledged changes: ${acknowledged}, problems: ${problems.length}`);
    expect(problems.slice(0, 10)).toEqual([]);
    // The test means something only if the stream did real work between cuts.
    expect(acknowledged).toBeGreaterThanOrEqual(18);
    expect(cuts).toBeGreaterThan(acknowledged);
  });

  it.each([
    ['a writer that never flushes its folders loses acknowledged changes', { dirSync: true }],
    ['a writer that never flushes its files leaves damaged files', { fileSync: true }],
  ])('control: %s, and the check sees it', async (_name, skip) => {
    const { problems } = await checkEveryCut(await runStream(skip));
    console.log(`control (${_name}): ${problems.length} problems, e.g. ${problems[0] ?? 'none'}`);
    expect(problems.length).toBeGreaterThan(0);
  });
});
