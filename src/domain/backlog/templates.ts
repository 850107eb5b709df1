import type { ItemType } from './schema';

/** A starting point for common infrastructure work; the person edits it before saving. */
export interface ItemTemplate {
  id: string;
  name: string;
  type: ItemType;
  title: string;
  description: string;
  labels: string[];
  acceptanceCriteria: string[];
  needsChangeWindow: boolean;
}

export const ITEM_TEMPLATES: readonly ItemTemplate[] = [
  {
    id: 'db-backups',
    name: 'Automate database backups',
    type: 'story',
    title: 'Automate nightly backups for <database>',
    description:
      'Backups are taken by hand today. Automate them so a restore point always exists.\n\n- Database: \n- Retention: \n- Storage target: ',
    labels: ['database', 'backup'],
    acceptanceCriteria: [
      'Backups run on a schedule without manual steps',
      'A restore from the latest backup is tested and timed',
      'An alert fires when a backup fails or is missing',
      'Retention policy is applied and documented in the runbook',
    ],
    needsChangeWindow: false,
  },
  {
    id: 'patching',
    name: 'OS / package patching',
    type: 'chore',
    title: 'Patch <fleet> to the latest security updates',
    description: 'Apply pending security patches.\n\n- Hosts / node pool: \n- CVEs addressed: \n- Reboot needed: ',
    labels: ['security'],
    acceptanceCriteria: [
      'All hosts in scope report the patched versions',
      'Services pass health checks after the reboot wave',
      'Rollback (previous image / snapshot) is documented',
    ],
    needsChangeWindow: true,
  },
  {
    id: 'alert-improvement',
    name: 'Monitoring / alert improvement',
    type: 'story',
    title: 'Make <alert> actionable',
    description:
      'The alert pages too often or without a clear action.\n\n- Current signal and threshold: \n- Pages last 30 days: \n- Proposed change: ',
    labels: ['monitoring'],
    acceptanceCriteria: [
      'Alert has a runbook link with first steps',
      'Threshold is tuned against the last 30 days of data',
      'Expected page volume is documented and reviewed with on-call',
    ],
    needsChangeWindow: false,
  },
  {
    id: 'k8s-upgrade',
    name: 'Kubernetes cluster upgrade',
    type: 'story',
    title: 'Upgrade <cluster> to Kubernetes <version>',
    description:
      'Keep the cluster on a supported version.\n\n- Current version: \n- Target version: \n- Deprecated APIs in use: ',
    labels: ['kubernetes'],
    acceptanceCriteria: [
      'Deprecated APIs are migrated before the upgrade',
      'Control plane and node pools run the target version',
      'Workloads pass smoke tests; no pod disruption budget is violated',
      'Upgrade runbook is updated',
    ],
    needsChangeWindow: true,
  },
  {
    id: 'dns-change',
    name: 'DNS routing change',
    type: 'task',
    title: 'Route <record> to <target>',
    description: 'Change DNS routing.\n\n- Zone and record: \n- Old target: \n- New target: \n- TTL plan: ',
    labels: ['dns', 'networking'],
    acceptanceCriteria: [
      'TTL is lowered ahead of the change',
      'Traffic reaches the new target (checked from two regions)',
      'Rollback record is written down',
    ],
    needsChangeWindow: true,
  },
  {
    id: 'load-test',
    name: 'Load test and tuning',
    type: 'story',
    title: 'Load test <service> and tune for <target> rps',
    description:
      'Find the limits before customers do.\n\n- Service: \n- Target load: \n- Success criteria (latency, error rate): ',
    labels: ['capacity'],
    acceptanceCriteria: [
      'Load profile agreed with the service owners',
      'Results show p95 latency and error rate at target load',
      'Bottlenecks found are tuned or ticketed',
    ],
    needsChangeWindow: false,
  },
  {
    id: 'terraform-refactor',
    name: 'Terraform module refactor',
    type: 'tech_debt',
    title: 'Refactor the <name> Terraform module',
    description: 'Reduce duplication and drift.\n\n- Module: \n- Consumers: \n- State moves needed: ',
    labels: ['iac'],
    acceptanceCriteria: [
      'terraform plan shows no changes for existing consumers',
      'State moves are scripted and reviewed',
      'Module has inputs documented and a version tag',
    ],
    needsChangeWindow: false,
  },
  {
    id: 'spike',
    name: 'Spike (time-boxed investigation)',
    type: 'spike',
    title: 'Spike: <question to answer>',
    description: 'Time-boxed investigation.\n\n- Question: \n- Time box: \n- Options to compare: ',
    labels: [],
    acceptanceCriteria: [
      'The question is answered in a written summary',
      'A recommendation with follow-up items is shared with the team',
    ],
    needsChangeWindow: false,
  },
];

export function findTemplate(id: string): ItemTemplate | undefined {
  return ITEM_TEMPLATES.find((t) => t.id === id);
}

/**
 * The placeholders of the template's title ("<database>", "<version>") that `title` still holds, in the
 * template's order: what the person has not filled in yet. Only the template's own, so a title with other
 * angle brackets ("Drop <br> from the status page") is left alone.
 */
export function placeholdersLeft(templateId: string | null, title: string): string[] {
  const template = templateId === null ? undefined : findTemplate(templateId);
  const placeholders = new Set(template?.title.match(/<[^<>]+>/g));
  return [...placeholders].filter((p) => title.includes(p));
}
