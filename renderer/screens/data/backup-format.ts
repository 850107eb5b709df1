import { formatLocalTime } from '../../../src/domain/shared/dates';
import { plural } from '../../../src/domain/shared/words';
import { onScreen } from '../../components/dates';

const KINDS: Record<string, string> = {
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
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

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function teamsText(teams: readonly string[]): string {
  if (teams.length === 0) return 'No teams';
  return `${plural(teams.length, 'team')}: ${teams.join(', ')}`;
}
