import type { ChecklistEntry, ReadyRule } from '../team/schema';
import type { BacklogItem } from './schema';
import { quote } from '../shared/words';

/** The parts of an item readiness looks at, so an unsaved draft can be checked too. */
export type ReadinessInput = Pick<BacklogItem, 'acceptanceCriteria' | 'points' | 'description' | 'readyChecks'>;

const RULES: Record<ReadyRule, (item: ReadinessInput) => boolean> = {
  has_acceptance_criteria: (item) => item.acceptanceCriteria.length > 0,
  estimated: (item) => item.points !== null,
  has_description: (item) => item.description.trim().length > 0,
};

/** The unmet entries in words that cannot be read as met: 'not met yet: “Estimated”; “Runbook linked”'. */
export function unmetText(missing: readonly string[]): string {
  return `not met yet: ${missing.map(quote).join('; ')}`;
}

export interface ReadinessCheck {
  entry: ChecklistEntry;
  met: boolean;
  /** Automatic checks cannot be ticked by hand. */
  automatic: boolean;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
  missing: string[];
}

/** The ids of the entries ticked by hand (not checked by a rule): the only ones an item's ticks may name. */
export function tickableEntryIds(definitionOfReady: readonly ChecklistEntry[]): Set<string> {
  return new Set(definitionOfReady.filter((e) => e.rule === null).map((e) => e.id));
}

/** Whether an item meets the team's Definition of Ready, entry by entry. */
export function readiness(item: ReadinessInput, definitionOfReady: readonly ChecklistEntry[]): Readiness {
  const checks = definitionOfReady.map((entry) => {
    const automatic = entry.rule !== null;
    const met = entry.rule ? RULES[entry.rule](item) : item.readyChecks.includes(entry.id);
    return { entry, met, automatic };
  });
  const missing = checks.filter((c) => !c.met).map((c) => c.entry.text);
  return { ready: missing.length === 0, checks, missing };
}
