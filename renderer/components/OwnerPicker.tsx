import type { BacklogItem } from '../../src/domain/backlog/schema';
import { useAppStore } from '../store';
import { MemberOptions } from './Options';

/** Who owns an item, set where the item is shown (board card, planning card); saved at once. */
export function OwnerPicker({ item }: { item: Pick<BacklogItem, 'id' | 'title' | 'ownerId'> }) {
  const members = useAppStore((s) => s.team?.members);
  const updateItem = useAppStore((s) => s.updateItem);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <select
      className="owner-picker"
      aria-label={`Owner of ${item.title}`}
      value={item.ownerId ?? ''}
      onChange={(e) => updateItem(item.id, { ownerId: e.target.value || null }).catch(reportError)}
    >
      <option value="">No owner</option>
      <MemberOptions members={members ?? []} />
    </select>
  );
}
