import type { Contract } from '../../../src/api/contract';
import type { ImportedRetro } from '../../../src/api/contract/retro';
import type { InputOf, OutputOf } from '../../../src/api/define';
import type { HealthCheck, HealthScores, Retro, RetroColumn } from '../../../src/domain/retro/schema';
import { setVotes, voteRefusal, votesOn } from '../../../src/domain/retro/voting';
import { retrosWithout } from '../../../src/domain/retro/carry-over';
import { getApi } from '../../api/client';
import { afterNextPaint } from '../../api/after-paint';
import type { Slice } from '../types';
import { openTeamId, upsertById } from '../team-results';

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
  /** `replacesAnswers`: the facilitator agreed to replace the phones' answers (else such a save is refused). */
  recordHealthCheck: (retroId: string, scores: HealthScores, replacesAnswers?: boolean) => Promise<HealthCheck>;
  saveRetroTemplate: (name: string, columns: RetroColumn[]) => Promise<void>;
  deleteRetroTemplate: (templateId: string) => Promise<void>;
  /** The retro as imported, and how its people were matched to the team's members. */
  importRetro: (json: string) => Promise<Pick<ImportedRetro, 'retro' | 'owners'>>;
}

const upsert = upsertById;

/** Retro id → vote calls not answered yet (see castRetroVote). */
const votesInFlight = new Map<string, number>();

/**
 * The screen sees a health check from phones' answers only once the check-in is over (src/domain/room/redact.ts),
 * so a phase change into or out of it fetches the team's checks again: the medians then show, in the trend and
 * the exports, and are withheld again when the check-in is reopened.
 */
function refetchPhoneHealth(get: Parameters<Slice<RetroSlice>>[1], teamId: string, retroId: string): void {
  const fromPhones = get().team?.healthChecks.some((h) => h.retroId === retroId && h.answers !== undefined);
  if (!fromPhones) return;
  getApi()
    .getTeam({ teamId })
    .then((fresh) => get().patchTeam(teamId, (t) => ({ ...t, healthChecks: fresh.healthChecks })))
    .catch(get().reportError);
}

export const createRetroSlice: Slice<RetroSlice> = (set, get) => ({
  openRetroId: null,
  openRetro: (openRetroId) => set({ openRetroId }),
  retroCall: async (method, input) => {
    const teamId = openTeamId(get());
    const call = getApi()[method] as (i: unknown) => Promise<Retro>;
    const retro = await call({ ...input, teamId });
    get().patchTeam(teamId, (t) => ({ ...t, retros: upsert(t.retros, retro) }));
    if (method === 'setRetroPhase') refetchPhoneHealth(get, teamId, retro.id);
    return retro;
  },
  castRetroVote: async (retroId, voterId, targetId, delta) => {
    const team = get().team;
    const teamId = openTeamId(get());
    const before = team?.retros.find((r) => r.id === retroId);
    if (team && before && !before.votingClosed) {
      const rules = {
        votesPerPerson: team.settings.retroVotesPerPerson,
        maxPerCard: team.settings.retroMaxVotesPerCard,
      };
      const count = votesOn(before.votes, voterId, targetId) + delta;
      if (count >= 0 && voteRefusal(before, rules, voterId, targetId, count) === null) {
        const votes = setVotes(before.votes, voterId, targetId, count);
        get().patchTeam(teamId, (t) => ({ ...t, retros: upsert(t.retros, { ...before, votes }) }));
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
      if (settle()) get().patchTeam(teamId, (t) => ({ ...t, retros: upsert(t.retros, saved) }));
      return saved;
    } catch (error) {
      settle();
      const now = get().team?.retros.find((r) => r.id === retroId);
      if (before && now) {
        get().patchTeam(teamId, (t) => ({ ...t, retros: upsert(t.retros, { ...now, votes: before.votes }) }));
      }
      throw error;
    }
  },
  deleteRetro: async (retroId) => {
    const teamId = openTeamId(get());
    await getApi().deleteRetro({ teamId, retroId });
    get().patchTeam(teamId, (t) => ({
      ...t,
      // As the delete did: what it decided about earlier retros' actions is undone, so the next retro reviews them.
      retros: retrosWithout(t.retros, retroId, new Date().toISOString()),
      healthChecks: t.healthChecks.filter((h) => h.retroId !== retroId),
    }));
    if (get().team?.id === teamId && get().openRetroId === retroId) set({ openRetroId: null });
  },
  recordHealthCheck: async (retroId, scores, replacesAnswers) => {
    const teamId = openTeamId(get());
    const check = await getApi().recordHealthCheck({
      teamId,
      retroId,
      scores,
      ...(replacesAnswers ? { replacesAnswers } : {}),
    });
    get().patchTeam(teamId, (t) => ({
      ...t,
      healthChecks: [...t.healthChecks.filter((h) => h.retroId !== retroId), check],
    }));
    return check;
  },
  saveRetroTemplate: async (name, columns) => {
    const teamId = openTeamId(get());
    const saved = await getApi().saveRetroTemplate({ teamId, name, columns });
    get().patchTeam(teamId, (t) => ({ ...t, retroTemplates: upsert(t.retroTemplates, saved) }));
  },
  deleteRetroTemplate: async (templateId) => {
    const teamId = openTeamId(get());
    await getApi().deleteRetroTemplate({ teamId, templateId });
    get().patchTeam(teamId, (t) => ({ ...t, retroTemplates: t.retroTemplates.filter((x) => x.id !== templateId) }));
  },
  importRetro: async (json) => {
    const teamId = openTeamId(get());
    const { retro, healthCheck, owners } = await getApi().importRetro({ teamId, json });
    get().patchTeam(teamId, (t) => ({
      ...t,
      retros: upsert(t.retros, retro),
      healthChecks: healthCheck ? upsert(t.healthChecks, healthCheck) : t.healthChecks,
    }));
    return { retro, owners };
  },
});
