import { sameName } from '../../../src/domain/shared/name-key';
import { pluralWord, wordList } from '../../../src/domain/shared/words';
import { useAppStore } from '../../store';

/** The names of the teams shared from this machine, as the team list has them now. */
export function useSharedTeamNames(): string[] {
  const statuses = useAppStore((s) => s.syncStatuses);
  const teams = useAppStore((s) => s.teams);
  return teams.filter((t) => statuses?.some((s) => s.teamId === t.id)).map((t) => t.name);
}

/**
 * What a restore or an import does beyond this machine, for its confirmation; '' when it replaces no shared team.
 * The next sync sends a shared team as it was replaced, and the three-way merge takes back, on the other machines
 * that share it, what had changed in it since: an item added there since is deleted there. `replaced` names the
 * teams the backup or file holds, matched by name (the screen knows no more of them).
 */
export function sharedReplaceNote(
  replaced: readonly string[],
  shared: readonly string[],
  source: 'backup' | 'file',
): string {
  const names = shared.filter((name) => replaced.some((r) => sameName(r, name)));
  const n = names.length;
  if (n === 0) return '';
  const it = pluralWord(n, 'it', 'them');
  return (
    `${wordList(names)} ${pluralWord(n, 'is', 'are')} shared: the next sync sends ${it} as the ${source} has ${it}, ` +
    `and what changed in ${it} since is taken back on the other machines that share ${it} too.`
  );
}
