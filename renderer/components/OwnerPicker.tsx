import type { BacklogItem } from '../../src/domain/backlog/schema';
import { useAppStore } from '../store';
import { MemberOptions } from './Options';

const NO_MEMBERS: readonly { id: string; name: string }[] = [];

/** Saves a picked owner; read from the store when used, so a card holds no subscription for it. */
function setOwner(itemId: string, ownerId: string | null): void {
  const { updateItem, reportError } = useAppStore.getState();
  updateItem(itemId, { ownerId }).catch(reportError);
}

/**
 * Who owns an item, set where the item is shown (board card, planning card); saved at once. One store
 * subscription per picker (the members), since a board shows dozens of them.
 */
export function OwnerPicker({ item }: { item: Pick<BacklogItem, 'id' | 'title' | 'ownerId'> }) {
  const members = useAppStore((s) => s.team?.members) ?? NO_MEMBERS;
  return (
    <select
      className="owner-picker"
      aria-label={`Owner of ${item.title}`}
      value={item.ownerId ?? ''}
      onChange={(e) => setOwner(item.id, e.target.value || null)}
    >
      <option value="">No owner</option>
      <MemberOptions members={members} />
    </select>
  );
}
