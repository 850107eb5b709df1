import { describe, expect, it } from 'vitest';
import { EstimationRoundSchema, type EstimationRound } from '../../../src/domain/planning/estimation';
import { forRemote } from '../../../src/domain/sync/for-remote';
import { mergeTeams } from '../../../src/domain/sync/merge';
import { decodeTeamFile, encodeTeamFile } from '../../../src/domain/sync/team-file';
import type { TeamDoc } from '../../../src/domain/workspace';
import { item, member, team } from '../../helpers/fixtures';
import { card, retro } from '../retro/build';

const ada = member('Ada');

function round(state: EstimationRound['state']): EstimationRound {
  return EstimationRoundSchema.parse({
    id: `round-${state}`,
    itemId: 'i-1',
    number: 1,
    state,
    votes: [{ memberId: ada.id, card: '13', value: 13 }],
    startedAt: '2026-11-02T09:00:00.000Z',
  });
}

function sample(): TeamDoc {
  return team('Platform', {
    members: [ada],
    items: [item('Rotate certs', { id: 'i-1' })],
    retros: [
      retro({ id: 'r-write', phase: 'write', cards: [card('went-well', 'SECRET-CARD')] }),
      retro({ id: 'r-group', phase: 'group', cards: [card('went-well', 'Shown card')] }),
    ],
    estimationRounds: [round('voting'), round('revealed')],
  });
}

describe('forRemote', () => {
  it('withholds hidden retro cards and the votes of a round still voting; keeps what is revealed', () => {
    const text = encodeTeamFile(forRemote(sample()));
    expect(text).not.toContain('SECRET-CARD');
    const shared = decodeTeamFile(text);
    if (shared.ok !== true) throw new Error('the shared file must decode');
    expect(shared.team.retros.map((r) => r.cards.length)).toEqual([0, 1]);
    expect(shared.team.estimationRounds.map((r) => r.votes.length)).toEqual([0, 1]);
  });

  it('sends a card the remote already has, though it is hidden again here', () => {
    const t = sample();
    const again = { ...t, retros: t.retros.map((r) => (r.id === 'r-group' ? { ...r, phase: 'write' } : r)) };
    expect(forRemote(again).retros[1]!.cards).toHaveLength(0);
    expect(forRemote(again, t).retros[1]!.cards.map((c) => c.text)).toEqual(['Shown card']);
  });

  it('leaves withheld things in the merge: they are this machine’s additions', () => {
    const mine = sample();
    const base = forRemote(mine);
    const theirs = { ...base, name: 'Platform team' };
    const { team: merged, conflicts } = mergeTeams(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.name).toBe('Platform team');
    expect(merged.retros[0]!.cards.map((c) => c.text)).toEqual(['SECRET-CARD']);
    expect(merged.estimationRounds[0]!.votes).toHaveLength(1);
  });

  describe('dots placed on phones while voting is open', () => {
    const cy = member('Cy');
    const dots = [
      { voterId: ada.id, targetId: 'card-topic', count: 2 },
      { voterId: 'guest-priya', targetId: 'card-topic', count: 1 },
      { voterId: cy.id, targetId: 'card-topic', count: 1 },
    ];
    function voting(votingClosed = false): TeamDoc {
      const topic = card('went-well', 'Pager fatigue', { id: 'card-topic' });
      return team('Platform', {
        members: [ada, cy],
        retros: [
          retro({
            id: 'r-vote',
            phase: 'vote',
            cards: [topic],
            votes: dots,
            guests: [{ id: 'guest-priya', name: 'Priya' }],
            deviceVoters: [ada.id],
            votingClosed,
          }),
        ],
      });
    }

    it('are withheld until voting ends; dots entered on the shared screen go as they are', () => {
      const text = encodeTeamFile(forRemote(voting()));
      const shared = decodeTeamFile(text);
      if (shared.ok !== true) throw new Error('the shared file must decode');
      expect(shared.team.retros[0]!.votes).toEqual([{ voterId: cy.id, targetId: 'card-topic', count: 1 }]);
      expect(forRemote(voting(true)).retros[0]!.votes).toEqual(dots);
    });

    it('stay here through a merge with a remote that lacks them, and go once the other machine ends the voting', () => {
      const mine = voting();
      const base = forRemote(mine);
      const renamed = mergeTeams(base, mine, { ...base, name: 'Platform team' });
      expect(renamed.conflicts).toEqual([]);
      expect(renamed.team.name).toBe('Platform team');
      expect(renamed.team.retros[0]!.votes).toEqual(dots);

      const ended = { ...base, retros: base.retros.map((r) => ({ ...r, votingClosed: true })) };
      const closed = mergeTeams(base, mine, ended);
      expect(closed.conflicts).toEqual([]);
      expect(closed.team.retros[0]!.votingClosed).toBe(true);
      expect(closed.team.retros[0]!.votes).toEqual(dots);
      expect(forRemote(closed.team).retros[0]!.votes).toEqual(dots);
    });
  });
  describe('a health check taking answers from phones', () => {
    const scores = (n: 1 | 2 | 3 | 4 | 5) => ({ onCallLoad: n, alertNoise: n, toil: n, deployConfidence: n });
    function checkIn(phase: 'checkin' | 'write', answers: number, n: 1 | 2 | 3 | 4 | 5 = 4): TeamDoc {
      return team('Platform', {
        members: [ada],
        retros: [retro({ id: 'r-check', phase })],
        healthChecks: [
          {
            id: 'hc-1',
            sprintId: null,
            retroId: 'r-check',
            recordedAt: '2026-11-02T09:00:00.000Z',
            scores: scores(n),
            answers,
          },
        ],
      });
    }

    it('is withheld while the check-in is open (one answer in, the scores are that person’s), and goes once it ends', () => {
      const text = encodeTeamFile(forRemote(checkIn('checkin', 1)));
      const shared = decodeTeamFile(text);
      if (shared.ok !== true) throw new Error('the shared file must decode');
      expect(shared.team.healthChecks).toEqual([]);
      expect(forRemote(checkIn('write', 3)).healthChecks.map((c) => c.answers)).toEqual([3]);
    });

    it('goes as the remote last had it, so the answers since are not sent and nothing reads as a deletion', () => {
      const remote = checkIn('checkin', 2, 3);
      expect(forRemote(checkIn('checkin', 3, 5), remote).healthChecks).toEqual(remote.healthChecks);
    });

    it('stays here through a merge with a remote that lacks it', () => {
      const mine = checkIn('checkin', 1);
      const base = forRemote(mine);
      const { team: merged, conflicts } = mergeTeams(base, mine, { ...base, name: 'Platform team' });
      expect(conflicts).toEqual([]);
      expect(merged.name).toBe('Platform team');
      expect(merged.healthChecks).toEqual(mine.healthChecks);
    });
  });
});
