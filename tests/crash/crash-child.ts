/**
 * The process the crash test kills: opens the real store on a data dir (taking the lock, as the servers do)
 * and applies a stream of api mutations through the real dispatcher, printing each one once it is
 * acknowledged (durable). Usage: node crash-child.mjs <dataDir> <runTag>
 */
import { dispatch } from '../../src/api/dispatch';
import type { HandlerContext } from '../../src/api/handler-types';
import { acquireDataDirLock } from '../../src/storage/lock';
import { openWorkspaceStore } from '../../src/storage/workspace-store';

const [dataDir, tag] = process.argv.slice(2);
if (!dataDir || !tag) {
  console.error('usage: crash-child <dataDir> <runTag>');
  process.exit(2);
}

/**
 * Control mode for the harness's own test: acknowledge BEFORE the write is durable, as a broken store would.
 * The crash test must then report lost writes; if it did not, its checks would prove nothing.
 */
const ACK_EARLY = process.env.CADENCE_CRASH_ACK_EARLY === '1';

// Pipes are written synchronously on Linux, so a printed line reaches the parent even if we die right after.
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(dir: string, run: string): Promise<void> {
  await acquireDataDirLock(dir, { app: 'crash test child' });
  // A short backup interval so kills also land while backups are being written and pruned.
  const store = await openWorkspaceStore({ dataDir: dir, backupIntervalMs: 40 });
  const ctx: HandlerContext = { store, now: () => new Date(), shell: {}, transport: 'browser' };
  const call = async (method: string, input: unknown) => {
    const answer = await dispatch(ctx, method, input, (m, e) => console.error(m, e));
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value;
  };

  let teamId = store.snapshot().teams[0]?.id;
  if (!teamId) teamId = ((await call('createTeam', { name: 'Crash test' })) as { id: string }).id;
  say('ready');

  const created: { id: string; title: string }[] = [];
  let seq = 0;
  const worker = async (): Promise<never> => {
    for (;;) {
      const n = seq++;
      const id = `${run}-${n}`;
      if (ACK_EARLY) {
        say(`member-ack ${id}`);
        // Widen the window between the acknowledgement and the write, so a kill almost surely lands in it.
        await new Promise((r) => setTimeout(r, 20));
        await call('addMember', { teamId, member: { name: id, role: 'SRE', hoursPerDay: 6, takesOnCall: false } });
      } else if (n % 5 === 4 && created.length > 0) {
        const victim = created.splice(Math.floor(Math.random() * created.length), 1)[0]!;
        say(`del-start ${victim.title}`);
        await call('deleteItem', { teamId, itemId: victim.id });
        say(`del-ack ${victim.title}`);
      } else if (n % 3 === 0) {
        await call('addMember', { teamId, member: { name: id, role: 'SRE', hoursPerDay: 6, takesOnCall: false } });
        say(`member-ack ${id}`);
      } else {
        const item = (await call('createItem', {
          teamId,
          item: {
            title: id,
            type: 'task',
            description: `Written by run ${run}`,
            points: [1, 2, 3, 5, 8][n % 5] ?? null,
            labels: ['crash'],
            acceptanceCriteria: [],
            links: [],
            needsChangeWindow: false,
            status: 'todo',
            readyChecks: [],
          },
        })) as { id: string };
        created.push({ id: item.id, title: id });
        say(`item-ack ${id}`);
      }
    }
  };
  // Several in flight at once, so writes coalesce as they do under real use.
  await Promise.all([worker(), worker(), worker(), worker()]);
}

main(dataDir, tag).catch((error: unknown) => {
  console.error(`crash child failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
