import { formatLocalTime } from '../../../src/domain/shared/dates';
import { plural } from '../../../src/domain/shared/words';
import { onScreen } from '../../components/dates';

const KINDS: Record<string, string> = {
  'before-restore': 'Before a restore',
  'before-backlog-import': 'Before a backlog import',
  'before-workspace-import': 'Before a workspace import',
  // Older versions tagged both imports alike.
  'before-import': 'Before a backlog or workspace import',
  'before-calendar-import': 'Before a calendar import',
  'before-team-delete': 'Before a team was deleted',
  manual: 'Backed up by hand',
  'before-sync': 'Before a sync merged changes in',
  'before-join': 'Before joining a shared team',
};

/** Why a backup was taken, from the tag in its file name. */
export function backupKind(name: string): string {
  const tag = /Z-([a-z0-9-]+)\.json$/.exec(name)?.[1];
  if (!tag) return 'Automatic';
  if (tag.startsWith('before-migration')) return 'Before a format upgrade';
  return KINDS[tag] ?? tag;
}

/** Local time (the backups are this machine's), seconds included: "Fri 27 Nov, 14:05:09". */
export function backupTime(iso: string): string {
  return formatLocalTime(iso, onScreen());
}

/** What a backup holds, to go inside a sentence: "no teams", "2 teams: Ops, Network". */
export function teamsText(teams: readonly string[]): string {
  if (teams.length === 0) return 'no teams';
  return `${plural(teams.length, 'team')}: ${teams.join(', ')}`;
}

/**
 * Said after a restore or an import that was made when the teams could not be read again for the screen: what it
 * shows is the data from before, until the page is reloaded. `what`: "restored", "imported".
 */
export function notShownText(what: string, why: string | null): string {
  if (why === null) return '';
  return ` The screen could not show the ${what} data (${why.replace(/\.$/, '')}): reload the page (Ctrl+R, or ⌘R on a Mac) to see it.`;
}
