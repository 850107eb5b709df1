import { newId } from '../shared/ids';
import type { ChecklistEntry, ReadyRule, TeamSettings } from './schema';
import { TeamSettingsSchema } from './schema';

const entry = (text: string, rule: ReadyRule | null = null): ChecklistEntry => ({ id: newId(), text, rule });

/** Definition of Ready an ops team can start from; the first three are checked from the item itself. */
export function defaultDefinitionOfReady(): ChecklistEntry[] {
  return [
    entry('Acceptance criteria are written', 'has_acceptance_criteria'),
    entry('Estimated by the team', 'estimated'),
    entry('Description says why the work matters', 'has_description'),
    entry('Rollback plan noted for production changes'),
    entry('Access, approvals and dependencies identified'),
  ];
}

export function defaultDefinitionOfDone(): ChecklistEntry[] {
  return [
    entry('Peer reviewed (PR or change request approved)'),
    entry('Applied through IaC / the pipeline, no manual drift'),
    entry('Monitoring and alerts cover the change'),
    entry('Runbook and docs updated'),
    entry('Rollback tested or documented'),
  ];
}

export function defaultTeamSettings(): TeamSettings {
  return TeamSettingsSchema.parse({
    definitionOfReady: defaultDefinitionOfReady(),
    definitionOfDone: defaultDefinitionOfDone(),
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
