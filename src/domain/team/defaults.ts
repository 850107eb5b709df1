import type { ChecklistEntry, ReadyRule, TeamSettings } from './schema';
import { TeamSettingsSchema } from './schema';

/** Ids come in from the caller: the domain makes none itself. */
type MakeId = () => string;

const entry = (newId: MakeId, text: string, rule: ReadyRule | null = null): ChecklistEntry => ({
  id: newId(),
  text,
  rule,
});

/** Definition of Ready an ops team can start from; the first three are checked from the item itself. */
export function defaultDefinitionOfReady(newId: MakeId): ChecklistEntry[] {
  return [
    entry(newId, 'Acceptance criteria are written', 'has_acceptance_criteria'),
    entry(newId, 'Estimated by the team', 'estimated'),
    entry(newId, 'Description says why the work matters', 'has_description'),
    entry(newId, 'Rollback plan noted for production changes'),
    entry(newId, 'Access, approvals and dependencies identified'),
  ];
}

export function defaultDefinitionOfDone(newId: MakeId): ChecklistEntry[] {
  return [
    entry(newId, 'Peer reviewed (PR or change request approved)'),
    entry(newId, 'Applied through IaC / the pipeline, no manual drift'),
    entry(newId, 'Monitoring and alerts cover the change'),
    entry(newId, 'Runbook and docs updated'),
    entry(newId, 'Rollback tested or documented'),
  ];
}

export function defaultTeamSettings(newId: MakeId): TeamSettings {
  return TeamSettingsSchema.parse({
    definitionOfReady: defaultDefinitionOfReady(newId),
    definitionOfDone: defaultDefinitionOfDone(newId),
  });
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const SUGGESTED_ROLES = [
  'SRE',
  'DevOps engineer',
  'Platform engineer',
  'Network engineer',
  'DBA',
  'Security engineer',
  'Systems administrator',
  'Cloud engineer',
] as const;
