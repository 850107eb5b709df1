/** Vocabulary of an operations team, so titles and cards look like real data (and compress like it). */
export const VERBS = [
  'Migrate',
  'Upgrade',
  'Rotate',
  'Automate',
  'Document',
  'Patch',
  'Decommission',
  'Harden',
  'Alert on',
  'Benchmark',
  'Right-size',
  'Back up',
  'Restore-test',
  'Investigate',
  'Add dashboards for',
] as const;

export const THINGS = [
  'the Postgres primary',
  'Kafka brokers',
  'the ingress controller',
  'TLS certificates',
  'the VPN gateway',
  'Terraform state',
  'the CI runners',
  'node pools',
  'DNS zones',
  'the secrets vault',
  'log shipping',
  'the bastion hosts',
  'object storage lifecycle rules',
  'the on-call rota tooling',
  'Prometheus retention',
  'the Redis cluster',
  'Ceph OSDs',
  'the artifact registry',
] as const;

export const REASONS = [
  'so the next incident is shorter',
  'before the vendor end-of-life date',
  'to remove the last manual step',
  'because the audit flagged it',
  'to cut the monthly cloud bill',
  'so new joiners can follow it',
] as const;

export const LABELS = [
  'k8s',
  'network',
  'database',
  'security',
  'observability',
  'cost',
  'compliance',
  'toil',
  'ci',
  'storage',
] as const;

export const NAMES = [
  'Ada',
  'Bjorn',
  'Chen',
  'Dana',
  'Emeka',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kemal',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
] as const;

export const TEAM_NAMES = [
  'Platform',
  'Network',
  'Database',
  'Observability',
  'Identity',
  'Edge',
  'Storage',
  'Build',
  'Compute',
  'Security Ops',
] as const;

export const RETRO_PHRASES = [
  'Paging was noisy during the deploy freeze',
  'Pairing on the runbook helped a lot',
  'Too many interrupts from the ticket queue',
  'The change window was too short for the DB work',
  'Great handover between on-call shifts',
  'Flaky CI cost us two days',
  'We should automate certificate renewal',
  'Standups ran long on Mondays',
  'The postmortem was blameless and useful',
  'Capacity planning was accurate this time',
] as const;
