import type { TeamDoc } from '../../../src/domain/workspace';
import { item, member, team } from '../../helpers/fixtures';

/** Test data for the merge tests: a team, and copies of it changed as another machine would. */

export const ada = member('Ada');
export const linus = member('Linus');

export function base(): TeamDoc {
  return team('Platform', {
    members: [ada, linus],
    items: ['A', 'B', 'C', 'D'].map((t) => item(t, { id: `i-${t}` })),
  });
}

/** A copy of the team changed by `edit`, like another machine's. */
export function edited(t: TeamDoc, edit: (draft: TeamDoc) => void): TeamDoc {
  const copy = structuredClone(t);
  edit(copy);
  return copy;
}

export const itemOf = (t: TeamDoc, id: string) => t.items.find((i) => i.id === id);
export const titles = (t: TeamDoc) => t.items.map((i) => i.title);
