/** The sizes the issue asks for. `hotTeamItems` puts that many items in the first team (the one the app opens). */
export interface Profile {
  name: string;
  teams: number;
  items: number;
  sprints: number;
  retros: number;
  cardsPerRetro: number;
  membersPerTeam: number;
  hotTeamItems?: number;
  /**
   * Cards on one unfinished retro in its vote phase, the open team's newest (the retro vote benchmark's
   * board). Taken out of the same card total (retros × cardsPerRetro); the other retros share the rest.
   */
  liveRetroCards?: number;
}

export const SMALL: Profile = {
  name: 'small',
  teams: 1,
  items: 200,
  sprints: 10,
  retros: 10,
  cardsPerRetro: 20,
  membersPerTeam: 6,
};

export const LARGE: Profile = {
  name: 'large',
  teams: 20,
  items: 10_000,
  sprints: 300,
  retros: 500,
  cardsPerRetro: 40,
  membersPerTeam: 6,
  liveRetroCards: 500,
};

/** The large workspace with all 10,000 backlog items in the open team: the worst case for the Backlog screen. */
export const LARGE_HOT: Profile = { ...LARGE, name: 'large-hot', hotTeamItems: 10_000 };

export const PROFILES = { small: SMALL, large: LARGE, 'large-hot': LARGE_HOT } as const;
export type ProfileName = keyof typeof PROFILES;
