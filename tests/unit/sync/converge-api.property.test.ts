import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConflictDecision } from '../../../src/domain/sync/model';
import { forRemote } from '../../../src/domain/sync/for-remote';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { decodeTeamFile, encodeTeamFile } from '../../../src/domain/sync/team-file';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * The same property as converge.property.test.ts, driven through the real api on two data folders (the
 * items get what the services stamp on them: updatedAt, statusChangedAt, completedAt, the order a move
 * makes). Applying a merged team is a plain store write here; the Git side does it through its service.
 */

type Kind = 'create' | 'title' | 'status' | 'points' | 'delete' | 'move' | 'sync';
interface Op {
  machine: number;
  kind: Kind;
  a: number;
  b: number;
}

interface Machine {
  app: InProcessApi;
  base: string;
}

const STATUSES = ['todo', 'in_progress', 'review', 'done'] as const;
const opened: InProcessApi[] = [];
afterAll(async () => {
  for (const app of opened) await app.store.close();
});

function decode(text: string): TeamDoc {
  const decoded = decodeTeamFile(text);
  if (decoded.ok !== true) throw new Error(`bad remote file: ${JSON.stringify(decoded)}`);
  return decoded.team;
}

const teamOf = (m: Machine, teamId: string) => m.app.store.snapshot().teams.find((t) => t.id === teamId)!;

async function adopt(m: Machine, team: TeamDoc): Promise<void> {
  await m.app.store.mutate('workspace', (draft) => {
    const at = draft.teams.findIndex((t) => t.id === team.id);
    if (at === -1) draft.teams.push(team);
    else draft.teams[at] = team;
  });
}

interface Ledger {
  written: { itemId: string; title: string }[];
  replaced: Set<string>;
  lost: string[];
}

async function sync(m: Machine, teamId: string, remote: { text: string }, pick: () => boolean, ledger: Ledger) {
  const local = teamOf(m, teamId);
  if (remote.text !== m.base) {
    const base = decode(m.base);
    const theirs = decode(remote.text);
    let result = mergeTeams(base, local, theirs);
    if (result.conflicts.length > 0) {
      const decisions: ConflictDecision[] = result.conflicts.map((c) => {
        const keep = pick() ? 'mine' : 'theirs';
        ledger.lost.push(keep === 'mine' ? c.theirs : c.mine);
        return { key: c.key, keep };
      });
      result = mergeTeams(base, local, theirs, decisions);
      expect(result.conflicts).toEqual([]);
    }
    await adopt(m, result.team);
  }
  remote.text = encodeTeamFile(forRemote(teamOf(m, teamId)));
  m.base = remote.text;
}

async function apply(m: Machine, teamId: string, op: Op, seq: number, ledger: Ledger): Promise<void> {
  const items = teamOf(m, teamId).items;
  const it = items.length > 0 ? items[op.a % items.length] : undefined;
  const title = `T${seq}`;
  switch (op.kind) {
    case 'create': {
      const made = await m.app.api.createItem({
        teamId,
        item: itemFields(title),
        position: op.b % 2 === 0 ? 'top' : 'bottom',
      });
      ledger.written.push({ itemId: made.id, title });
      return;
    }
    case 'title':
      if (!it) return;
      ledger.replaced.add(it.title);
      ledger.written.push({ itemId: it.id, title });
      await m.app.api.updateItem({ teamId, itemId: it.id, changes: { title } });
      return;
    case 'status':
      if (it) await m.app.call('updateItem', { teamId, itemId: it.id, changes: { status: STATUSES[op.b % 4] } });
      return;
    case 'points':
      if (it) await m.app.call('updateItem', { teamId, itemId: it.id, changes: { points: [1, 2, 3, 5, 8][op.b % 5] } });
      return;
    case 'delete':
      if (!it) return;
      ledger.replaced.add(it.title);
      await m.app.call('deleteItem', { teamId, itemId: it.id });
      return;
    case 'move':
      if (it) await m.app.call('moveItem', { teamId, itemId: it.id, toIndex: op.b % items.length });
      return;
    case 'sync':
      return;
  }
}

const opArb = fc.record({
  machine: fc.nat(1),
  kind: fc.constantFrom<Kind>('create', 'title', 'status', 'points', 'delete', 'move', 'sync', 'sync'),
  a: fc.nat(20),
  b: fc.nat(20),
});

describe('syncing two data folders changed through the api', () => {
  it('converges, keeps every title or records who replaced it, and stays valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 16 }), fc.infiniteStream(fc.boolean()), async (ops, coins) => {
        const pick = () => coins.next().value as boolean;
        const machines: Machine[] = [];
        for (let n = 0; n < 2; n++) {
          const app = await inProcessApi();
          opened.push(app);
          machines.push({ app, base: '' });
        }
        const [first, second] = machines as [Machine, Machine];
        const created = await first.app.api.createTeam({ name: 'Platform' });
        for (const title of ['A', 'B', 'C'])
          await first.app.api.createItem({ teamId: created.id, item: itemFields(title) });
        const remote = { text: encodeTeamFile(forRemote(teamOf(first, created.id))) };
        first.base = remote.text;
        second.base = remote.text;
        await adopt(second, decode(remote.text));
        const ledger: Ledger = { written: [], replaced: new Set(), lost: [] };

        for (const [seq, op] of ops.entries()) {
          const m = machines[op.machine]!;
          if (op.kind === 'sync') await sync(m, created.id, remote, pick, ledger);
          else await apply(m, created.id, op, seq, ledger);
        }
        for (let round = 0; round < 2; round++) {
          for (const m of machines) await sync(m, created.id, remote, pick, ledger);
        }

        const final = teamOf(first, created.id);
        expect(encodeTeamFile(teamOf(second, created.id))).toBe(encodeTeamFile(final));
        expect(TeamDocSchema.safeParse(final).success).toBe(true);
        for (const { itemId, title } of ledger.written) {
          const present = final.items.find((i) => i.id === itemId)?.title === title;
          const accounted = ledger.replaced.has(title) || ledger.lost.some((l) => l === title);
          expect({ title, kept: present || accounted }).toEqual({ title, kept: true });
        }
        for (const app of opened.splice(0)) await app.store.close();
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
