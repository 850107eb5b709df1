import type { TeamDoc } from '../workspace';
import { canonicalJson } from './canonical';
import { shortenText } from '../shared/cut-text';
import { isPlainObject } from '../shared/plain-object';
import { sentenceCase } from '../shared/words';
import { dateInZone } from '../shared/zoned-time';
import { FORMER_MEMBER, memberName } from '../team/member-name';

/**
 * Conflicts and notes in words for the facilitator: which entity ("Item “Upgrade Postgres”"), which field
 * ("Points") and both values as short text.
 */

/** One entity on the way down to a conflict: its collection's pattern and its two versions. */
export interface Owner {
  collection: string;
  mine: unknown;
  theirs: unknown;
}

const KINDS: Readonly<Record<string, string>> = {
  members: 'Member',
  items: 'Item',
  sprints: 'Sprint',
  estimationRounds: 'Poker round',
  standups: 'Standup',
  blockers: 'Blocker',
  parkingLot: 'Parking-lot topic',
  reviews: 'Review',
  retros: 'Retro',
  retroTemplates: 'Retro template',
  healthChecks: 'Health check',
  deletedSources: 'Deleted import source',
  'settings/definitionOfReady': 'Definition of Ready entry',
  'settings/definitionOfDone': 'Definition of Done entry',
  'items/*/acceptanceCriteria': 'Acceptance criterion',
  'items/*/links': 'Link',
  'sprints/*/timeOff': 'Time off',
  'sprints/*/onCall': 'On-call shift',
  'calendar/holidays': 'Holiday',
  'calendar/changeWindows': 'Change window or freeze',
  'sprints/*/scopeChanges': 'Scope change',
  'estimationRounds/*/votes': 'Vote',
  'estimationRounds/*/guests': 'Guest',
  'standups/*/notes': 'Standup note',
  'reviews/*/slots': 'Demo slot',
  'reviews/*/slots/*/blocks': 'Demo block',
  'reviews/*/feedback': 'Feedback',
  'retros/*/columns': 'Column',
  'retros/*/cards': 'Card',
  'retros/*/groups': 'Group',
  'retros/*/votes': 'Dots',
  'retros/*/guests': 'Guest',
  'retros/*/notes': 'Topic notes',
  'retros/*/actions': 'Action',
  'retros/*/actions/*/reviews': 'Review of the action',
  'retros/*/timeline': 'Timeline entry',
  'retroTemplates/*/columns': 'Column',
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  ownerId: 'Owner',
  memberId: 'Member',
  sprintId: 'Sprint',
  itemId: 'Item',
  presenterId: 'Presenter',
  authorId: 'Author',
  groupId: 'Group',
  columnId: 'Column',
  voterId: 'Voter',
  targetId: 'Topic',
  commanderId: 'Incident commander',
  scribeId: 'Scribe',
  stayIds: 'People who stay',
  votes: 'Vote',
  timers: 'Timer',
  blocks: 'Block',
};

function quoted(text: unknown): string | null {
  return typeof text === 'string' && text.trim() !== '' ? `“${shortenText(text.trim(), 50)}”` : null;
}

function personName(team: TeamDoc, id: unknown): string {
  return typeof id === 'string' ? memberName(team.members, id) : FORMER_MEMBER;
}

function sprintName(team: TeamDoc, id: unknown): string | null {
  return team.sprints.find((s) => s.id === id)?.name ?? null;
}

/** One entity in words, e.g. "Item “Upgrade Postgres”", "Sprint 12", "Retro “Sprint 11 retro”". */
export function entityName(collection: string, entity: unknown, team: TeamDoc): string {
  const e = isPlainObject(entity) ? entity : {};
  const kind = KINDS[collection] ?? 'Entry';
  switch (collection) {
    case 'sprints':
      return typeof e.name === 'string' ? e.name : kind;
    case 'retros':
      return `${e.kind === 'postmortem' ? 'Postmortem' : 'Retro'} ${quoted(e.title) ?? ''}`.trim();
    case 'reviews': {
      const sprint = sprintName(team, e.sprintId);
      return sprint ? `Review of ${sprint}` : kind;
    }
    case 'estimationRounds': {
      const item = team.items.find((i) => i.id === e.itemId);
      return `${kind} ${typeof e.number === 'number' ? e.number : ''}${item ? ` on “${shortenText(item.title, 40)}”` : ''}`;
    }
    case 'standups':
      return isPlainObject(e.timer) && typeof e.timer.startedAt === 'string'
        ? `Standup of ${dateInZone(e.timer.startedAt, team.settings.timeZone)}`
        : kind;
    case 'estimationRounds/*/votes':
      return `Vote of ${personName(team, e.memberId)}`;
    case 'retros/*/votes':
      return `Dots of ${personName(team, e.voterId)}`;
    case 'sprints/*/timeOff':
      return `Time off of ${personName(team, e.memberId)} on ${String(e.date)}`;
    case 'sprints/*/onCall':
      return `On-call shift of ${personName(team, e.memberId)} from ${String(e.startDate)}`;
    default: {
      const name = quoted(e.name) ?? quoted(e.title) ?? quoted(e.text) ?? quoted(e.event);
      return name ? `${kind} ${name}` : kind;
    }
  }
}

/** The entity a conflict is in: the innermost one, and the top-level one it belongs to. */
export function entityLabel(owners: readonly Owner[], root: string, team: TeamDoc): string {
  const name = (o: Owner) => entityName(o.collection, o.mine ?? o.theirs, team);
  const inner = owners.at(-1);
  const outer = owners[0];
  if (!inner || !outer) return root === 'settings' ? 'Team settings' : 'Team';
  return inner === outer ? name(inner) : `${name(inner)} in ${name(outer)}`;
}

/** A field name in words: "hoursPerDay" → "Hours per day". */
export function fieldLabel(field: string): string {
  const known = FIELD_NAMES[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return sentenceCase(words);
}

/** A value as short text for the screen. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return value === '' ? '(empty)' : shortenText(value, 200);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.length === 0 ? '(none)' : shortenText(value.map(String).join(', '), 200);
  }
  return shortenText(canonicalJson(value), 200);
}
