import type { Sprint } from '../planning/schema';

/**
 * Who has a day off on `date` (the team's day) in the sprint's calendar, as entered on the Planning screen: the
 * standup starts with them marked absent, so nobody is called who is known to be away.
 */
export function offOn(sprint: Pick<Sprint, 'timeOff'> | null, date: string): ReadonlySet<string> {
  return new Set(sprint?.timeOff.filter((t) => t.date === date).map((t) => t.memberId) ?? []);
}
