import { UNASSIGNED } from '../shared/words';

/** How an incident's role nobody holds (commander, scribe) shows: in the incident form and in every export. */
export const NOT_SET = 'Not set';

/** The name of an action's owner, or UNASSIGNED; `nameOf` names a member by id (memberNames). */
export function actionOwnerName(ownerId: string | null, nameOf: (id: string) => string): string {
  return ownerId ? nameOf(ownerId) : UNASSIGNED;
}

/** Who holds an incident's role, or NOT_SET; `nameOf` names a member by id (memberNames). */
export function incidentRoleName(memberId: string | null, nameOf: (id: string) => string): string {
  return memberId ? nameOf(memberId) : NOT_SET;
}
