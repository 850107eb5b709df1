import { shallow } from 'zustand/shallow';
import type { TeamSummary } from '../../../src/api/contract/team';
import type { Member, TeamSettings } from '../../../src/domain/team/schema';
import { summarizeTeam } from '../../../src/domain/team/summary';
import type { TeamDoc } from '../../../src/domain/workspace';
import { getApi } from '../../api/client';
import { takeEarlyWorkspace } from '../../api/early-calls';
import { lastTeamId, rememberTeam } from '../last-team';
import { keepUnchanged } from '../keep-unchanged';
import { overOptimistic } from '../optimistic';
import { upsertById } from '../team-results';
import { leaveAllowed } from '../leave-guard';
import type { Slice } from '../types';

type MemberFields = Omit<Member, 'id'>;

export interface TeamSlice {
  teams: TeamSummary[];
  teamsLoaded: boolean;
  team: TeamDoc | null;
  loadTeams: () => Promise<void>;
  /**
   * Asks for the team list and the open team again after another window (or a script) added, removed or
   * replaced teams; what did not change keeps its objects. A team deleted there gives way to the first.
   */
  refreshTeams: () => Promise<void>;
  selectTeam: (teamId: string | null) => Promise<void>;
  createTeam: (name: string) => Promise<TeamDoc>;
  renameTeam: (name: string) => Promise<void>;
  deleteTeam: (teamId: string) => Promise<void>;
  updateSettings: (settings: Partial<TeamSettings>) => Promise<void>;
  addMember: (member: MemberFields) => Promise<Member>;
  updateMember: (memberId: string, member: Partial<MemberFields>) => Promise<void>;
  removeMember: (memberId: string) => Promise<void>;
  /**
   * Folds the result of a call made for `teamId` into state. It changes the open team only if that is
   * still the team the call was made for: after a switch, a late answer must not land in another team.
   */
  patchTeam: (teamId: string, update: (team: TeamDoc) => TeamDoc) => void;
}

function requireTeam(team: TeamDoc | null): TeamDoc {
  if (!team) throw new Error('Pick or create a team first.');
  return team;
}

/** Counts every request for a team document; only the answer to the latest one is shown. */
let teamRequests = 0;

export const createTeamSlice: Slice<TeamSlice> = (set, get) => ({
  teams: [],
  teamsLoaded: false,
  team: null,
  loadTeams: async () => {
    // One round trip: the list and the team to open (the one open now or last time, else the first).
    const wanted = get().team?.id ?? lastTeamId();
    const request = ++teamRequests;
    // At start-up the page's entry has already asked (api/early-calls.ts).
    const { teams, team } = await (takeEarlyWorkspace(wanted) ?? getApi().openWorkspace({ teamId: wanted }));
    if (request !== teamRequests) {
      set({ teams, teamsLoaded: true });
      return;
    }
    rememberTeam(team?.id ?? null);
    set({ teams, teamsLoaded: true, team });
  },
  refreshTeams: async () => {
    const shown = get().team;
    const request = ++teamRequests;
    // A change still saving (a card moved) stays on screen over an answer that predates its save.
    const { teams, team } = await overOptimistic(
      () => getApi().openWorkspace({ teamId: shown?.id ?? null }),
      (answer) => {
        if (request !== teamRequests) {
          set({ teams: answer.teams });
          return false;
        }
        const fresh = answer.team;
        if (!shown || fresh?.id !== shown.id) return false;
        set({ teams: answer.teams });
        get().patchTeam(shown.id, (current) => keepUnchanged(current, fresh));
        return true;
      },
    );
    if (request !== teamRequests || (shown && team?.id === shown.id)) return;
    rememberTeam(team?.id ?? null);
    set({ teams, team });
    if (shown) {
      get().pushToast({
        kind: 'info',
        message: `“${shown.name}” was deleted in another window.${team ? ` Showing “${team.name}”.` : ''}`,
      });
    }
  },
  selectTeam: async (teamId) => {
    // A switch to another team waits for a form with unsaved changes to let go (asking the person first).
    const retry = () => void get().selectTeam(teamId).catch(get().reportError);
    if (teamId !== (get().team?.id ?? null) && !leaveAllowed(retry, 'team')) return;
    rememberTeam(teamId);
    // Picking A then B quickly: A's answer, if it comes last, must not replace B.
    const request = ++teamRequests;
    if (!teamId) {
      set({ team: null });
      return;
    }
    const team = await getApi().getTeam({ teamId });
    if (request === teamRequests) set({ team });
  },
  createTeam: async (name) => {
    ++teamRequests;
    const team = await getApi().createTeam({ name });
    set((s) => ({ team, teams: [...s.teams, summarizeTeam(team)] }));
    rememberTeam(team.id);
    return team;
  },
  renameTeam: async (name) => {
    const team = requireTeam(get().team);
    const summary = await getApi().renameTeam({ teamId: team.id, name });
    set((s) => ({
      teams: s.teams.map((t) => (t.id === summary.id ? summary : t)),
      team: s.team && s.team.id === summary.id ? { ...s.team, name: summary.name } : s.team,
    }));
  },
  deleteTeam: async (teamId) => {
    await getApi().deleteTeam({ teamId });
    const teams = get().teams.filter((t) => t.id !== teamId);
    set({ teams });
    if (get().team?.id === teamId) await get().selectTeam(teams[0]?.id ?? null);
  },
  updateSettings: async (settings) => {
    const team = requireTeam(get().team);
    const saved = await getApi().updateTeamSettings({ teamId: team.id, settings });
    get().patchTeam(team.id, (t) => ({ ...t, settings: saved }));
  },
  addMember: async (member) => {
    const team = requireTeam(get().team);
    const saved = await getApi().addMember({ teamId: team.id, member });
    get().patchTeam(team.id, (t) => ({ ...t, members: upsertById(t.members, saved) }));
    return saved;
  },
  updateMember: async (memberId, member) => {
    const team = requireTeam(get().team);
    const saved = await getApi().updateMember({ teamId: team.id, memberId, member });
    get().patchTeam(team.id, (t) => ({ ...t, members: t.members.map((m) => (m.id === memberId ? saved : m)) }));
  },
  removeMember: async (memberId) => {
    const team = requireTeam(get().team);
    await getApi().removeMember({ teamId: team.id, memberId });
    get().patchTeam(team.id, (t) => ({ ...t, members: t.members.filter((m) => m.id !== memberId) }));
  },
  patchTeam: (teamId, update) => {
    const team = get().team;
    if (!team || team.id !== teamId) {
      // The change is saved in its own team; only that team's line in the list needs its new counts.
      getApi()
        .listTeams({})
        .then((teams) => set({ teams }))
        .catch(get().reportError);
      return;
    }
    const next = update(team);
    // An answer that changed nothing (every field the same object) leaves the screens as they are.
    if (shallow(team, next)) return;
    // The team list changes only when the team's line does (its name or counts): a vote or a card move
    // leaves it, and the team switcher and the room's invite with it, as they are.
    const summary = summarizeTeam(next);
    set((s) => ({
      team: next,
      teams: s.teams.some((t) => t.id === summary.id && !shallow(t, summary))
        ? s.teams.map((t) => (t.id === summary.id ? summary : t))
        : s.teams,
    }));
  },
});
