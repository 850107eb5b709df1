import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import '../../styles/backlog-list.css';
import { BacklogRow } from './BacklogRow';
import { cachedReadiness } from './readiness-cache';

interface BacklogListProps {
  items: readonly BacklogItem[];
  /** Index of each item in the whole backlog, so moves in a filtered view land in the right place. */
  rankOf: Map<string, number>;
  settings: TeamSettings;
  onMove: (itemId: string, toIndex: number) => void;
  onEdit: (item: BacklogItem) => void;
  onDelete: (item: BacklogItem) => void;
}

/** Rows above and below the screen kept rendered, so keyboard moves and drags find their neighbours. */
const OVERSCAN = 3;
const ROW_ESTIMATE = 58;
const ROW_GAP = 6;

/**
 * The ranked backlog, reordered by drag (pointer or keyboard) or Alt+arrows. Only the rows near the
 * screen are rendered (window virtualization), so 10,000 items cost what 50 do; the row being
 * dragged stays rendered even when it scrolls away.
 */
export function BacklogList({ items, rankOf, settings, onMove, onEdit, onDelete }: BacklogListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  // Unfiltered, the view is the backlog: its rank map is the index map (one 10,000-entry map, not two).
  const indexInView = useMemo(
    () => (ids.length === rankOf.size ? rankOf : new Map(ids.map((id, i) => [id, i]))),
    [ids, rankOf],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
  }, []);

  const activeIndex = activeId === null ? undefined : indexInView.get(activeId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      if (activeIndex === undefined || shown.includes(activeIndex)) return shown;
      return [...shown, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // Stable between renders, so the virtualizer recomputes its row positions only when the rows change.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    gap: ROW_GAP,
    scrollMargin,
    rangeExtractor,
    getItemKey,
  });

  const titleOf = (id: string | number) => items[indexInView.get(String(id)) ?? -1]?.title ?? 'item';
  const positionOf = (id: string | number) => (rankOf.get(String(id)) ?? 0) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over position ${positionOf(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)}.` : `${titleOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };
  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (!over || active.id === over.id) return;
    const target = rankOf.get(String(over.id));
    if (target !== undefined) onMove(String(active.id), target);
  };
  /** Alt+arrows: move, then keep the moved row on screen so focus stays with it. */
  const nudge = (item: BacklogItem, by: -1 | 1) => {
    const here = indexInView.get(item.id);
    const rank = rankOf.get(item.id);
    if (here === undefined || rank === undefined) return;
    const neighbour = items[here + by];
    // In a filtered view the neighbour on screen may be far away in the whole backlog: jump to it.
    const to = neighbour ? (rankOf.get(neighbour.id) ?? rank + by) : rank + by;
    if (to < 0) return;
    onMove(item.id, to);
    if (neighbour) virtualizer.scrollToIndex(here + by, { align: 'auto' });
  };

  const rows = virtualizer.getVirtualItems();
  // dnd-kit's sortable sees the rendered rows only: its per-render work (index lookups, sorted rects)
  // grows with the list it is given, and only rendered rows can be dragged or dropped on anyway.
  const renderedIds = rows.map((row) => ids[row.index] ?? '');
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements }}
    >
      <SortableContext items={renderedIds} strategy={verticalListSortingStrategy}>
        <ol
          ref={listRef}
          className="backlog-list backlog-list--virtual"
          aria-label="Backlog items in priority order"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {rows.map((row) => {
            const item = items[row.index];
            if (!item) return null;
            const index = rankOf.get(item.id) ?? 0;
            return (
              <BacklogRow
                key={item.id}
                item={item}
                rank={index + 1}
                position={row.index + 1}
                setSize={items.length}
                top={row.start - scrollMargin}
                measureRef={virtualizer.measureElement}
                virtualIndex={row.index}
                scale={settings.pointScale}
                ready={cachedReadiness(item, settings.definitionOfReady)}
                onEdit={onEdit}
                onDelete={onDelete}
                onNudge={nudge}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
