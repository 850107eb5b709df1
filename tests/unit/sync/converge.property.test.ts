import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EstimationRoundSchema } from '../../../src/domain/planning/estimation';
import type { ConflictDecision } from '../../../src/domain/sync/model';
import { forRemote } from '../../../src/domain/sync/for-remote';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { decodeTeamFile, encodeTeamFile } from '../../../src/domain/sync/team-file';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { item, member, team } from '../../helpers/fixtures';
import { card, retro } from '../retro/build';

/**
 * Replicas of one team change it at random and sync in random order through an in-memory "remote" that
 * holds only the encoded text, the way the Git side does (base = the text last agreed on). Afterwards
 * every replica holds the same team, and every value anyone wrote is still there, or was replaced by
 * someone who had seen it, or lost a recorded conflict decision.
 */

type OpKind = 'title' | 'points' | 'add' | 'delete' | 'move' | 'addCard' | 'cardText' | 'vote' | 'sync';
interface Op {
  replica: number;
  kind: OpKind;
  a: number;
  b: number;
}

const KINDS: OpKind[] = ['title', 'points', 'add', 'delete', 'move', 'addCard', 'cardText', 'vote', 'sync', 'sync'];

const members = [member('Ada'), member('Linus'), member('Grace')];

function startingTeam(): TeamDoc {
  return team('Platform', {
    members,
    items: ['A', 'B', 'C', 'D'].map((t) => item(t, { id: `i-${t}` })),
    retros: [retro({ id: 'r-1', phase: 'group', cards: [card('went-well', 'First'), card('to-improve', 'Second')] })],
    estimationRounds: [
      EstimationRoundSchema.parse({
        id: 'round-1',
        itemId: 'i-A',
        number: 1,
        state: 'revealed',
        startedAt: '2026-11-02T09:00:00.000Z',
      }),
    ],
  });
}

interface Replica {
  team: TeamDoc;
  /** The remote's text this replica last agreed on: the merge's base. */
  base: string;
}

/** What was written, what was replaced by someone who saw it, and what lost a decision. */
interface Ledger {
  written: { path: string; value: string }[];
  replaced: Map<string, Set<string>>;
  lost: string[];
}

function decode(text: string): TeamDoc {
  const decoded = decodeTeamFile(text);
  if (decoded.ok !== true) throw new Error(`the remote holds a bad file: ${JSON.stringify(decoded)}`);
  return decoded.team;
}

function replace(ledger: Ledger, path: string, old: string | undefined) {
  if (old === undefined) return;
  const set = ledger.replaced.get(path) ?? new Set<string>();
  set.add(old);
  ledger.replaced.set(path, set);
}

/** The time an edit is made, as the api stamps an item's updatedAt. */
const stamp = (seq: number) => new Date(Date.UTC(2026, 10, 2) + seq * 60_000).toISOString();

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** One change on one replica, through plain edits of its team. */
function change(t: TeamDoc, op: Op, seq: number, ledger: Ledger): void {
  const value = `${op.kind}-${seq}`;
  const write = (path: string, old: string | undefined) => {
    replace(ledger, path, old);
    ledger.written.push({ path, value });
  };
  const it = at(t.items, op.a);
  const r = t.retros[0]!;
  switch (op.kind) {
    case 'title':
      if (!it) return;
      write(`items/${it.id}/title`, it.title);
      it.title = value;
      it.updatedAt = stamp(seq);
      return;
    case 'points':
      if (!it) return;
      it.updatedAt = stamp(seq);
      write(`items/${it.id}/points`, it.points === null ? undefined : String(it.points));
      it.points = seq;
      ledger.written[ledger.written.length - 1]!.value = String(seq);
      return;
    case 'add': {
      const added = item(value, { id: `i-${seq}` });
      t.items.splice(op.b % (t.items.length + 1), 0, added);
      write(`items/${added.id}/title`, undefined);
      return;
    }
    case 'delete':
      if (!it) return;
      replace(ledger, `items/${it.id}/title`, it.title);
      replace(ledger, `items/${it.id}/points`, it.points === null ? undefined : String(it.points));
      t.items = t.items.filter((x) => x !== it);
      return;
    case 'move':
      if (!it) return;
      t.items = t.items.filter((x) => x !== it);
      t.items.splice(op.b % (t.items.length + 1), 0, it);
      return;
    case 'addCard': {
      const c = { ...card('went-well', value), id: `c-${seq}` };
      r.cards.push(c);
      write(`cards/${c.id}`, undefined);
      return;
    }
    case 'cardText': {
      const c = at(r.cards, op.a);
      if (!c) return;
      write(`cards/${c.id}`, c.text);
      c.text = value;
      return;
    }
    case 'vote': {
      const voter = members[op.a % members.length]!;
      const round = t.estimationRounds[0]!;
      const old = round.votes.find((v) => v.memberId === voter.id);
      write(`votes/${voter.id}`, old?.card);
      round.votes = [...round.votes.filter((v) => v !== old), { memberId: voter.id, card: value, value: seq }];
      return;
    }
    case 'sync':
      return;
  }
}

function valueAt(t: TeamDoc, path: string): string | undefined {
  const [kind, id, field] = path.split('/');
  if (kind === 'items') {
    const it = t.items.find((i) => i.id === id);
    const v = it?.[field as 'title' | 'points'];
    return v === null || v === undefined ? undefined : String(v);
  }
  if (kind === 'cards') return t.retros[0]!.cards.find((c) => c.id === id)?.text;
  return t.estimationRounds[0]!.votes.find((v) => v.memberId === id)?.card;
}

/** Pull, merge (deciding each conflict at random, and recording the loser), push. */
function sync(replica: Replica, remote: { text: string }, pick: () => boolean, ledger: Ledger): void {
  if (remote.text !== replica.base) {
    const base = decode(replica.base);
    const theirs = decode(remote.text);
    let result = mergeTeams(base, replica.team, theirs);
    if (result.conflicts.length > 0) {
      const decisions: ConflictDecision[] = result.conflicts.map((c) => {
        const keep = pick() ? 'mine' : 'theirs';
        ledger.lost.push(keep === 'mine' ? c.theirs : c.mine);
        return { key: c.key, keep };
      });
      result = mergeTeams(base, replica.team, theirs, decisions);
      expect(result.conflicts).toEqual([]);
    }
    replica.team = result.team;
  }
  remote.text = encodeTeamFile(forRemote(replica.team));
  replica.base = remote.text;
}

const opArb = fc.record({
  replica: fc.nat(2),
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(20),
  b: fc.nat(20),
});

describe('syncing replicas through a remote', () => {
  it('converges to one team in which every change is present or was overridden by someone or a decision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(opArb, { maxLength: 40 }),
        fc.infiniteStream(fc.boolean()),
        (count, ops, coins) => {
          const pick = () => coins.next().value as boolean;
          const shared = encodeTeamFile(forRemote(startingTeam()));
          const remote = { text: shared };
          const replicas: Replica[] = Array.from({ length: count }, () => ({ team: decode(shared), base: shared }));
          const ledger: Ledger = { written: [], replaced: new Map(), lost: [] };
          ops.forEach((op, seq) => {
            const replica = replicas[op.replica % count]!;
            if (op.kind === 'sync') sync(replica, remote, pick, ledger);
            else change(replica.team, op, seq, ledger);
          });
          for (let round = 0; round < 2; round++) for (const r of replicas) sync(r, remote, pick, ledger);

          const final = replicas[0]!.team;
          for (const r of replicas) expect(encodeTeamFile(r.team)).toBe(remote.text);
          expect(TeamDocSchema.safeParse(final).success).toBe(true);
          for (const { path, value } of ledger.written) {
            const present = valueAt(final, path) === value;
            const replaced = ledger.replaced.get(path)?.has(value) ?? false;
            const lost = ledger.lost.some((l) => l === value || l.includes(`"${value}"`));
            expect({ path, value, kept: present || replaced || lost }).toEqual({ path, value, kept: true });
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
