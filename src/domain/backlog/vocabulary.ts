/**
 * The backlog's words: item types, statuses, link kinds and severities, with their display names.
 * Free of schemas, so screens that only show items do not load the validation library.
 */
export const ITEM_TYPES = ['story', 'task', 'spike', 'tech_debt', 'incident', 'chore', 'bug'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const ITEM_TYPE_NAMES: Record<ItemType, string> = {
  story: 'Story',
  task: 'Task',
  spike: 'Spike',
  tech_debt: 'Tech debt',
  incident: 'Incident',
  chore: 'Chore',
  bug: 'Bug',
};

export const ITEM_STATUSES = ['todo', 'in_progress', 'review', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_NAMES: Record<ItemStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  review: 'Review',
  done: 'Done',
};

export const LINK_KINDS = ['pr', 'runbook', 'dashboard', 'ticket', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_KIND_NAMES: Record<LinkKind, string> = {
  pr: 'Pull request',
  runbook: 'Runbook',
  dashboard: 'Dashboard',
  ticket: 'Ticket',
  other: 'Link',
};

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What an item without points says, wherever it is shown (a backlog row, the editor, a planning or board card). */
export const NOT_ESTIMATED = 'Not estimated';
