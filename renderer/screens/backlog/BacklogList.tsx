import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { readiness } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import { BacklogRow } from './BacklogRow';

interface BacklogListProps {
  items: BacklogItem[];
  /** Index of each item in the whole backlog, so moves in a filtered view land in the right place. */
  rankOf: Map<string, number>;
  settings: TeamSettings;
  onMove: (itemId: string, toIndex: number) => void;
  onEdit: (item: BacklogItem) => void;
  onDelete: (item: BacklogItem) => void;
}

/** The ranked backlog, reordered by drag (pointer or keyboard) or Alt+arrows. */
export function BacklogList({ items, rankOf, settings, onMove, onEdit, onDelete }: BacklogListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const titleOf = (id: string | number) => items.find((i) => i.id === id)?.title ?? 'item';
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over position ${(rankOf.get(String(over.id)) ?? 0) + 1}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} dropped at position ${(rankOf.get(String(over.id)) ?? 0) + 1}.`
        : `${titleOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const target = rankOf.get(String(over.id));
    if (target !== undefined) onMove(String(active.id), target);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="backlog-list" aria-label="Backlog items in priority order">
          {items.map((item) => {
            const index = rankOf.get(item.id) ?? 0;
            return (
              <BacklogRow
                key={item.id}
                item={item}
                rank={index + 1}
                scale={settings.pointScale}
                ready={readiness(item, settings.definitionOfReady)}
                onEdit={() => onEdit(item)}
                onDelete={() => onDelete(item)}
                onNudge={(by) => onMove(item.id, index + by)}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
