import { useState } from 'react';

/**
 * What a person typed into a form that stays on the screen while teams are switched (a new member, a template,
 * a checklist entry): it belongs to the team it was typed for. Each team keeps its own draft; another team opened
 * shows its own (`empty` at first), and the draft is there again when its team is. The setter writes the draft of
 * the team open when it was made, so a save that ends after a switch clears (or marks) the draft it saved.
 */
export function useTeamDraft<T>(teamId: string, empty: T): [T, (change: (draft: T) => T) => void] {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, T>>(() => new Map());
  const update = (change: (draft: T) => T) =>
    setDrafts((all) => new Map(all).set(teamId, change(all.get(teamId) ?? empty)));
  return [drafts.get(teamId) ?? empty, update];
}
