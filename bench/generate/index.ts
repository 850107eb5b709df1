import { CURRENT_SCHEMA_VERSION, WorkspaceSchema, type TeamDoc, type Workspace } from '../../src/domain/workspace';
import { items, members, settings, sprints, teamName, EPOCH, isoTime } from './core';
import { retro, review, type Retro, type Review } from './ceremonies';
import { standupsFor } from './standups';
import type { Profile } from './profiles';
import { Rng } from './rng';

/** The collections the team schema does not know yet (see ceremonies.ts). */
export interface CeremonyCollections {
  reviews: Review[];
  retros: Retro[];
}

export type GeneratedTeam = TeamDoc & CeremonyCollections;

export interface GeneratedWorkspace {
  schemaVersion: number;
  teams: GeneratedTeam[];
}

/** Splits `total` into `parts` near-equal shares (the first ones get the remainder). */
function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** A whole workspace, deterministic from the seed. */
export function generateWorkspace(profile: Profile, seed = 1): GeneratedWorkspace {
  const rng = new Rng(seed);
  const itemShares = profile.hotTeamItems
    ? [
        profile.hotTeamItems,
        ...shares(profile.items - Math.min(profile.items, profile.hotTeamItems), profile.teams - 1),
      ]
    : shares(profile.items, profile.teams);
  const sprintShares = shares(profile.sprints, profile.teams);
  const retroShares = shares(profile.retros, profile.teams);
  const teams = Array.from({ length: profile.teams }, (_, t): GeneratedTeam => {
    const team = members(rng, profile.membersPerTeam);
    const teamSettings = settings(rng);
    const teamSprints = sprints(rng, sprintShares[t] ?? 0, team);
    const dor = teamSettings.definitionOfReady.map((e) => e.id);
    const teamItems = items(rng, itemShares[t] ?? 0, teamSprints, team, dor);
    const done = teamItems.filter((i) => i.status === 'done');
    const retroCount = retroShares[t] ?? 0;
    const daily = teamSprints.map((s) => standupsFor(rng, s, team));
    return {
      id: rng.id(),
      name: teamName(t),
      createdAt: isoTime(EPOCH - 86_400_000),
      members: team,
      settings: teamSettings,
      items: teamItems,
      sprints: teamSprints,
      estimationRounds: [],
      standups: daily.flatMap((d) => d.standups),
      blockers: daily.flatMap((d) => d.blockers),
      parkingLot: daily.flatMap((d) => d.parkingLot),
      reviews: teamSprints.filter((s) => s.state === 'closed').map((s) => review(rng, s, team, done)),
      retros: Array.from({ length: retroCount }, (_, r) =>
        retro(rng, r, teamSprints[r] ?? null, team, profile.cardsPerRetro),
      ),
    };
  });
  return { schemaVersion: CURRENT_SCHEMA_VERSION, teams };
}

/** Checks the parts with a schema today (teams, members, items, sprints) against the real schema. */
export function validateCore(generated: GeneratedWorkspace): Workspace {
  return WorkspaceSchema.parse(generated);
}

export function countCards(generated: GeneratedWorkspace): number {
  return generated.teams.reduce((n, t) => n + t.retros.reduce((m, r) => m + r.cards.length, 0), 0);
}
