import type { Contract } from '../../../src/api/contract';
import type { InputOf, OutputOf } from '../../../src/api/define';
import type { HealthCheck, HealthScores, Retro, RetroColumn } from '../../../src/domain/retro/schema';
import { setVotes, voteRefusal, votesOn } from '../../../src/domain/retro/voting';
import { getApi } from '../../api/client';
import { afterNextPaint } from '../../api/after-paint';
import type { Slice } from '../types';

/** Api methods that answer a whole retro; the slice folds the answer into the open team. */
export type RetroOp = {
  [K in keyof Contract]: OutputOf<Contract[K]> extends Retro ? K : never;
}[keyof Contract];
export type RetroOpInput<K extends RetroOp> = Omit<InputOf<Contract[K]>, 'teamId'>;

export interface RetroSlice {
  openRetroId: string | null;
  openRetro: (retroId: string | null) => void;
  /** Runs one small retro operation and puts the retro it answers into state. */
  retroCall: <K extends RetroOp>(method: K, input: RetroOpInput<K>) => Promise<Retro>;
  /**
   * Adds (+1) or takes back (-1) one dot. Optimistic: when the team's voting rules allow it the dot shows
   * at once and the api's answer replaces it; a refusal puts the votes back and rejects.
   */
  castRetroVote: (retroId: string, voterId: string, targetId: string, delta: 1 | -1) => Promise<Retro>;
  deleteRetro: (retroId: string) => Promise<void>;
  recordHealthCheck: (retroId: string, scores: HealthScores) => Promise<HealthCheck>;
  saveRetroTemplate: (name: string, columns: RetroColumn[]) => Promise<void>;
  deleteRetroTemplate: (templateId: string) => Promise<void>;
  importRetro: (json: string) => Promise<Retro>;
}

function teamIdOf(state: { team: { id: string } | null }): string {
  if (!state.team) throw new Error('Pick or create a team first.');
  return state.team.id;
}

function upsert<T extends { id: string }>(list: readonly T[], value: T): T[] {
  return list.some((x) => x.id === value.id) ? list.map((x) => (x.id === value.id ? value : x)) : [...list, value];
}

/** Retro id → vote calls not answered yet (see castRetroVote). */
const votesInFlight = new Map<string, number>();

export const createRetroSlice: Slice<RetroSlice> = (set, get) => ({
  openRetroId: null,
  openRetro: (openRetroId) => set({ openRetroId }),
  retroCall: async (method, input) => {
    const teamId = teamIdOf(get());
    const call = getApi()[method] as (i: unknown) => Promise<Retro>;
    const retro = await call({ ...input, teamId });
    get().patchTeam((t) => (t.id === teamId ? { ...t, retros: upsert(t.retros, retro) } : t));
    return retro;
  },
  castRetroVote: async (retroId, voterId, targetId, delta) => {
    const team = get().team;
    const teamId = teamIdOf(get());
    const before = team?.retros.find((r) => r.id === retroId);
    if (team && before && !before.votingClosed) {
      const rules = {
        votesPerPerson: team.settings.retroVotesPerPerson,
        maxPerCard: team.settings.retroMaxVotesPerCard,
      };
      const count = votesOn(before.votes, voterId, targetId) + delta;
      if (count >= 0 && voteRefusal(before, rules, voterId, targetId, count) === null) {
        const votes = setVotes(before.votes, voterId, targetId, count);
        get().patchTeam((t) => (t.id === teamId ? { ...t, retros: upsert(t.retros, { ...before, votes }) } : t));
      }
    }
    // While later votes on this retro are still on their way, an earlier answer (the whole retro as it
    // was) would briefly take their dots away again: only the answer to the last vote in flight is applied.
    votesInFlight.set(retroId, (votesInFlight.get(retroId) ?? 0) + 1);
    const settle = () => {
      const left = (votesInFlight.get(retroId) ?? 1) - 1;
      if (left > 0) votesInFlight.set(retroId, left);
      else votesInFlight.delete(retroId);
      return left === 0;
    };
    try {
      await afterNextPaint();
      const saved = await getApi().castRetroVotes({ teamId, retroId, voterId, targetId, delta });
      if (settle()) get().patchTeam((t) => (t.id === teamId ? { ...t, retros: upsert(t.retros, saved) } : t));
      return saved;
    } catch (error) {
      settle();
      const now = get().team?.retros.find((r) => r.id === retroId);
      if (before && now) {
        get().patchTeam((t) =>
          t.id === teamId ? { ...t, retros: upsert(t.retros, { ...now, votes: before.votes }) } : t,
        );
      }
      throw error;
    }
  },
  deleteRetro: async (retroId) => {
    const teamId = teamIdOf(get());
    await getApi().deleteRetro({ teamId, retroId });
    get().patchTeam((t) => ({
      ...t,
      retros: t.retros.filter((r) => r.id !== retroId),
      healthChecks: t.healthChecks.filter((h) => h.retroId !== retroId),
    }));
    if (get().openRetroId === retroId) set({ openRetroId: null });
  },
  recordHealthCheck: async (retroId, scores) => {
    const teamId = teamIdOf(get());
    const check = await getApi().recordHealthCheck({ teamId, retroId, scores });
    get().patchTeam((t) => ({ ...t, healthChecks: [...t.healthChecks.filter((h) => h.retroId !== retroId), check] }));
    return check;
  },
  saveRetroTemplate: async (name, columns) => {
    const saved = await getApi().saveRetroTemplate({ teamId: teamIdOf(get()), name, columns });
    get().patchTeam((t) => ({ ...t, retroTemplates: [...t.retroTemplates, saved] }));
  },
  deleteRetroTemplate: async (templateId) => {
    await getApi().deleteRetroTemplate({ teamId: teamIdOf(get()), templateId });
    get().patchTeam((t) => ({ ...t, retroTemplates: t.retroTemplates.filter((x) => x.id !== templateId) }));
  },
  importRetro: async (json) => {
    const { retro, healthCheck } = await getApi().importRetro({ teamId: teamIdOf(get()), json });
    get().patchTeam((t) => ({
      ...t,
      retros: upsert(t.retros, retro),
      healthChecks: healthCheck ? [...t.healthChecks, healthCheck] : t.healthChecks,
    }));
    return retro;
  },
});
