import { emptyTeamCalendar } from '../../src/domain/planning/team-calendar';
import { isDeepStrictEqual } from 'node:util';
import { CURRENT_SCHEMA_VERSION, WorkspaceSchema, type TeamDoc, type Workspace } from '../../src/domain/workspace';
import { items, members, settings, sprints, teamName, withFiguresOfItems, EPOCH, isoTime } from './core';
import { retro, review } from './ceremonies';
import { standupsFor } from './standups';
import type { Profile } from './profiles';
import { Rng } from './rng';

/** Every collection in the real schema, each default filled in: the workspace parses to itself. */
export type GeneratedTeam = TeamDoc;
export type GeneratedWorkspace = Workspace;

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
  // The live retro (the open team's newest) takes its cards out of the total; the others share the rest.
  const live = Math.min(profile.liveRetroCards ?? 0, profile.retros * profile.cardsPerRetro);
  const otherCards = shares(profile.retros * profile.cardsPerRetro - live, profile.retros - (live > 0 ? 1 : 0));
  let nextCardShare = 0;
  const teams = Array.from({ length: profile.teams }, (_, t): GeneratedTeam => {
    const team = members(rng, profile.membersPerTeam);
    const teamSettings = settings(rng);
    const calendar = emptyTeamCalendar();
    const drawnSprints = sprints(rng, sprintShares[t] ?? 0, team, calendar);
    const dor = teamSettings.definitionOfReady.map((e) => e.id);
    const teamItems = items(rng, itemShares[t] ?? 0, drawnSprints, team, dor);
    const teamSprints = withFiguresOfItems(drawnSprints, teamItems, teamSettings);
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
      deletedSources: [],
      sprints: teamSprints,
      estimationRounds: [],
      calendar,
      standups: daily.flatMap((d) => d.standups),
      blockers: daily.flatMap((d) => d.blockers),
      parkingLot: daily.flatMap((d) => d.parkingLot),
      reviews: teamSprints.filter((s) => s.state === 'closed').map((s) => review(rng, s, team, done)),
      retros: Array.from({ length: retroCount }, (_, r) => {
        const isLive = live > 0 && t === 0 && r === retroCount - 1;
        const cards = isLive ? live : (otherCards[nextCardShare++] ?? 0);
        return retro(rng, r, isLive ? null : (teamSprints[r] ?? null), team, { cards, live: isLive });
      }),
      retroTemplates: [],
      healthChecks: [],
    };
  });
  return { schemaVersion: CURRENT_SCHEMA_VERSION, teams };
}

/**
 * Parses the whole generated workspace with the real schema (every collection of every feature) and
 * throws unless it parses to exactly what was generated: nothing refused, stripped or defaulted.
 */
export function validateCore(generated: GeneratedWorkspace): Workspace {
  const parsed = WorkspaceSchema.parse(generated);
  if (!isDeepStrictEqual(parsed, generated)) {
    throw new Error('The generated workspace is valid but the schema changes it (a key stripped or defaulted).');
  }
  return parsed;
}

/** The open team's unfinished retro in its vote phase, if the profile has one. */
export function liveRetro(generated: GeneratedWorkspace): Workspace['teams'][number]['retros'][number] | undefined {
  return generated.teams[0]?.retros.find((r) => r.phase === 'vote');
}

export function countCards(generated: GeneratedWorkspace): number {
  return generated.teams.reduce((n, t) => n + t.retros.reduce((m, r) => m + r.cards.length, 0), 0);
}
