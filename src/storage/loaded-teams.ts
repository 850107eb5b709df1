import { withUniqueChecklistIds } from '../domain/team/checklist-ids';
import { summarizeTeam, type TeamSummary } from '../domain/team/summary';
import type { TeamDoc } from '../domain/workspace';

/** A team file whose text is known valid (verified-teams.ts), kept as read until the team is needed. */
export interface ShelvedTeam {
  bytes: Buffer;
  summary: TeamSummary;
}

/**
 * The teams of a data folder as opened: each either read (a document) or shelved (its file's text,
 * known valid, and its summary). Parsing a large workspace at start takes CPU from the window that
 * is opening; a shelved team is parsed only when something needs it, or when the store has time.
 * A team, once read, is the same object however it was asked for.
 */
export class LoadedTeams {
  private readonly read: Map<string, TeamDoc>;

  constructor(
    /** The team ids in order. */
    private readonly order: readonly string[],
    read: ReadonlyMap<string, TeamDoc>,
    private readonly shelved: Map<string, ShelvedTeam>,
  ) {
    // Entries of a Definition of Ready or Done that share an id get their own (checklist-ids.ts), however read.
    this.read = new Map([...read].map(([id, team]) => [id, withUniqueChecklistIds(team)]));
  }

  /** Teams that are all read already. */
  static of(teams: readonly TeamDoc[]): LoadedTeams {
    return new LoadedTeams(
      teams.map((t) => t.id),
      new Map(teams.map((t) => [t.id, t])),
      new Map(),
    );
  }

  get allRead(): boolean {
    return this.shelved.size === 0;
  }

  team(teamId: string): TeamDoc | null {
    const known = this.read.get(teamId);
    if (known) return known;
    const shelved = this.shelved.get(teamId);
    if (!shelved) return null;
    // The text is byte for byte one that passed the schema when Cadence wrote it.
    // Written by a version that took entries sharing an id, it may need them repaired (checklist-ids.ts).
    const team = withUniqueChecklistIds(JSON.parse(shelved.bytes.toString('utf8')) as TeamDoc);
    this.shelved.delete(teamId);
    this.read.set(teamId, team);
    return team;
  }

  summaries(): TeamSummary[] {
    return this.order.map((id) => {
      const team = this.read.get(id);
      return team ? summarizeTeam(team) : this.shelved.get(id)!.summary;
    });
  }

  /** Reads one shelved team; false when none is left. */
  readNext(): boolean {
    const next = this.shelved.keys().next();
    if (next.done) return false;
    this.team(next.value);
    return true;
  }

  /** Every team, in order, read now where not read yet. */
  all(): TeamDoc[] {
    return this.order.map((id) => this.team(id)!);
  }
}
