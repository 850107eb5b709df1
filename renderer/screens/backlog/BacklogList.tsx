import { usePointerSensor } from '../../components/drag-sensors';
import { DndContext, DragOverlay, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamSettings } from '../../../src/domain/team/schema';
import '../../styles/backlog-list.css';
import { BacklogRow, DraggedRow } from './BacklogRow';
import { modifiersOf, moveKeyAction, useKeyboardMove } from '../../components/keyboard-move';
import { useCssLength } from '../../components/use-css-length';
import { usePageOffset } from '../../components/use-page-offset';
import { rankWhileHeld, rowShift, type HeldRow } from './held-row';
import { cachedReadiness } from './readiness-cache';
import { MissingForReady, useMissingForReady } from './MissingForReady';
import { useAtomicMoves } from '../../components/atomic-moves';
import { useClosestCenterWithin } from '../../components/drop-within';
import { usePickUpKept } from '../../components/pick-up-announcements';
import { useFocusedRow, useRangeKeeping, useWindowRows } from '../../components/use-virtual-rows';
import { afterNextPaint } from '../../api/after-paint';

const itemId = (item: BacklogItem) => item.id;

/** Where an item is in the list, by its id; undefined when it is not there. */
function indexOfId(items: readonly BacklogItem[], id: string): number | undefined {
  const at = items.findIndex((i) => i.id === id);
  return at < 0 ? undefined : at;
}

/**
 * Scrolls the page, only when needed, so the row at an index is wholly on screen (below the sticky
 * header). Every row has one height, so its place is known without laying anything out; the page scrolls
 * itself (the virtualizer's own scroll command checks the position again over the next frames).
 */
function scrollToShow(virtualizer: Pick<Virtualizer<Window, Element>, 'getOffsetForIndex'>, index: number): void {
  // With `auto`, the virtualizer answers the current offset unchanged (align still `auto`) when no scroll is needed.
  const [offset, align] = virtualizer.getOffsetForIndex(index, 'auto') ?? [0, 'auto'];
  if (align !== 'auto') window.scrollTo({ top: offset, behavior: 'instant' });
}

/** Where a row's item is: found by reference (cheap), else by id (the item was replaced meanwhile). */
function indexOfItem(items: readonly BacklogItem[], item: BacklogItem): number | undefined {
  const at = items.indexOf(item);
  return at < 0 ? indexOfId(items, item.id) : at;
}

interface BacklogListProps {
  items: readonly BacklogItem[];
  /**
   * Index of each item in the whole backlog when the view is filtered, so moves land in the right
   * place; null when the view is the whole backlog (a row's rank is then its place).
   */
  rankOf: Map<string, number> | null;
  settings: TeamSettings;
  /** An owner's name by their id (a member who left is named as one). */
  ownerName: (ownerId: string) => string;
  onMove: (itemId: string, toIndex: number) => void;
  onEdit: (item: BacklogItem) => void;
  onDelete: (item: BacklogItem) => void;
  /**
   * An item to bring into view and keep drawn (a new item saved at the bottom of a long backlog), so its Edit
   * button can take the focus; null for none. The screen sets it back to null once the focus has moved.
   */
  reveal?: string | null;
}

/** Rows above and below the screen kept rendered, so keyboard moves and drags find their neighbours. */
const OVERSCAN = 3;
/** The rows' height until the stylesheet's (--backlog-row-height) is measured: 4.4rem at 20 px type. */
const ROW_HEIGHT_FALLBACK = 88;
const ROW_GAP = 6;
/** The gap between a row and what it misses, laid over the list below it (px). */
const MISSING_GAP = 4;
/** The sortable list while no row is dragged (one array, so the context does not change). */
const NOT_DRAGGING: string[] = [];

/**
 * The ranked backlog, reordered by pointer drag (dnd-kit), by a keyboard move (Space, arrows, Space;
 * see components/keyboard-move.ts) or by Alt+arrows. Only the rows near the screen are rendered (window
 * virtualization), so 10,000 items cost what 50 do; the row being moved stays rendered even when it
 * scrolls away. Memoized: a key typed into the filter re-renders the screen, not the list, until the
 * filtered list is ready.
 */
export const BacklogList = memo(function BacklogList({
  items,
  rankOf,
  settings,
  ownerName,
  onMove,
  onEdit,
  onDelete,
  reveal = null,
}: BacklogListProps) {
  const sensors = useSensors(usePointerSensor());
  const [activeId, setActiveId] = useState<string | null>(null);
  // The row holding the focus stays rendered even when the list has not scrolled to it yet.
  const { focusedIndex, onFocus } = useFocusedRow(items, itemId);
  const { held, heldNow, setHeld, announcement, announce, cancel, onHandleBlur } = useKeyboardMove<HeldRow>();
  const [listRef, { offset: scrollMargin, inset }] = usePageOffset<HTMLOListElement>();
  // A moved row keeps the focus as it moves (Alt+arrows, a drop), with nothing for React to restore.
  useAtomicMoves(listRef);
  const collisionDetection = useClosestCenterWithin(listRef);
  // What one item misses from the Definition of Ready, shown over the list below its row: one for the list, so
  // the rows keep their height and hold no state of their own.
  const { frameRef, missingOf, onShowMissing, closeMissing } = useMissingForReady();
  const missingId = missingOf?.id ?? null;
  const missingIndex = useMemo(
    () => (missingId === null ? undefined : indexOfId(items, missingId)),
    [items, missingId],
  );
  const missingItem = missingIndex === undefined ? undefined : items[missingIndex];
  // An item that left the list (deleted elsewhere, filtered out) takes its missing entries with it, for good.
  useEffect(() => {
    if (missingId !== null && missingIndex === undefined) closeMissing();
  }, [missingId, missingIndex, closeMissing]);

  // A held row that left the view (filtered out, deleted elsewhere) is simply no longer held. Looked
  // up once per row picked up (or list changed), not on every key: no 10,000-entry map per change.
  const heldId = held?.id ?? null;
  const heldIndex = useMemo(() => (heldId === null ? undefined : indexOfId(items, heldId)), [items, heldId]);
  const heldFrom = held ? heldIndex : undefined;
  const heldTo = held && heldFrom !== undefined ? Math.min(held.to, items.length - 1) : undefined;
  const draggedIndex = useMemo(() => (activeId === null ? undefined : indexOfId(items, activeId)), [items, activeId]);
  const dragged = draggedIndex === undefined ? undefined : items[draggedIndex];
  const revealIndex = useMemo(() => (reveal === null ? undefined : indexOfId(items, reveal)), [items, reveal]);
  // A row being revealed goes before the focused one: the focus is on its way to it.
  const rangeExtractor = useRangeKeeping(heldFrom ?? draggedIndex ?? revealIndex ?? focusedIndex);
  // Every row has the stylesheet's height, so rows are placed without being measured, and their places
  // (kept by index) do not change when rows swap: a move recomputes nothing for the other 10,000.
  const [rowSizer, rowHeight] = useCssLength(ROW_HEIGHT_FALLBACK);
  const virtualizer = useWindowRows({
    count: items.length,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    gap: ROW_GAP,
    scrollMargin,
    // Rows scrolled to (the held row, a nudged row) stop below the sticky header.
    scrollPaddingStart: inset,
    rangeExtractor,
  });
  // The virtualizer keeps the places it has worked out: a new height (presentation mode) starts them again.
  // Not at mount, where they were just worked out at this height.
  const placedAt = useRef(rowHeight);
  useLayoutEffect(() => {
    if (placedAt.current === rowHeight) return;
    placedAt.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  useLayoutEffect(() => {
    if (revealIndex !== undefined) scrollToShow(virtualizer, revealIndex);
  }, [virtualizer, revealIndex]);

  const titleOf = (id: string | number) => items[indexOfId(items, String(id)) ?? -1]?.title ?? 'item';
  /** The rank in the whole backlog of the row shown at an index. */
  const rankAt = (index: number) => (rankOf ? (rankOf.get(items[index]?.id ?? '') ?? index) : index);
  const positionOf = (id: string | number) => rankAt(indexOfId(items, String(id)) ?? 0) + 1;
  /** How many places the whole backlog has (the view's, done items hidden or not), for "position 4 of 120". */
  const places = rankOf ? rankOf.size : items.length;
  const pickUpHelp = 'Use the arrow keys to move it, Space to drop, Escape to cancel.';
  // dnd-kit announces pointer drags only (keyboard moves announce themselves, below).
  const announcements = usePickUpKept({
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over position ${positionOf(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)}.`
        : `${titleOf(active.id)} was let go away from the list and stays at position ${positionOf(active.id)}.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  });
  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (!over || active.id === over.id) return;
    const at = indexOfId(items, String(over.id));
    if (at !== undefined) onMove(String(active.id), rankAt(at));
  };

  // The row callbacks read the latest render through a ref, so they stay the same functions and a
  // key press re-renders only the rows whose shift changes.
  const latest = useRef({ items, onMove, virtualizer, positionOf, rankAt, places });
  useLayoutEffect(() => {
    latest.current = { items, onMove, virtualizer, positionOf, rankAt, places };
  });
  // What an Alt+arrow move says: written straight into its own live region, so the move (benched) costs the
  // list no render of its own. React renders the region empty and never touches its text.
  const nudgeSaid = useRef<HTMLParagraphElement>(null);

  /** Space / arrows / Space (and Escape) on a row's Reorder handle. */
  const onHandleKey = useCallback(
    (item: BacklogItem, event: KeyboardEvent) => {
      const { items, onMove, virtualizer, positionOf, rankAt } = latest.current;
      const held = heldNow.current;
      const here = indexOfItem(items, item);
      if (here === undefined) return;
      const to = held?.id === item.id ? held.to : null;
      const action = moveKeyAction(event.key, to, items.length, modifiersOf(event));
      if (action.kind === 'none') return;
      if (event.key !== 'Tab') event.preventDefault();
      event.stopPropagation();
      switch (action.kind) {
        case 'pick-up':
          setHeld({ id: item.id, to: here });
          announce(`Picked up ${item.title}, at position ${positionOf(item.id)}. ${pickUpHelp}`);
          return;
        case 'target': {
          setHeld({ id: item.id, to: action.to });
          // The held row is drawn in the place of the row it is over: the view follows it there, for a step
          // or a jump (Page Down, End) alike.
          scrollToShow(virtualizer, action.to);
          announce(`${item.title} is over position ${rankAt(action.to) + 1}.`);
          return;
        }
        case 'drop': {
          setHeld(null);
          if (to === null || to === here) {
            scrollToShow(virtualizer, here);
            announce(`${item.title} dropped where it was, at position ${positionOf(item.id)}.`);
            return;
          }
          const target = rankAt(to);
          onMove(item.id, target);
          announce(`${item.title} dropped at position ${target + 1}.`);
          return;
        }
        case 'cancel':
          cancel(item);
          scrollToShow(virtualizer, here);
          return;
      }
    },
    [heldNow, setHeld, announce, cancel],
  );
  /**
   * Alt+arrows: move, say so politely, then keep the moved row on screen so focus stays with it. Past either end
   * of the whole backlog nothing is sent; it says the row is already there.
   */
  const onNudge = useCallback(
    (item: BacklogItem, by: -1 | 1) => {
      // While a row is held, the arrows already say where it goes: Alt+arrows wait for the drop.
      if (heldNow.current) return;
      const { items, onMove, virtualizer, rankAt, places } = latest.current;
      const here = indexOfItem(items, item);
      if (here === undefined) return;
      const neighbour = items[here + by];
      // In a filtered view the neighbour on screen may be far away in the whole backlog: jump to it.
      const to = neighbour ? rankAt(here + by) : rankAt(here) + by;
      const moves = to >= 0 && to < places;
      if (moves) onMove(item.id, to);
      const said = moves
        ? `Moved ${item.title} to position ${to + 1} of ${places}.`
        : `${item.title} is already ${to < 0 ? 'first' : 'last'}, at position ${rankAt(here) + 1} of ${places}.`;
      // Said once the move is painted: the words wait a frame, the move does not wait for them.
      const region = nudgeSaid.current;
      if (region) {
        void afterNextPaint().then(() => {
          region.textContent = said;
        });
      }
      if (moves && neighbour) scrollToShow(virtualizer, here + by);
    },
    [heldNow],
  );

  const rows = virtualizer.getVirtualItems();
  const boxOf = (index: number) => virtualizer.measurementsCache[index];
  const holding = heldFrom !== undefined && heldTo !== undefined;
  // dnd-kit's sortable sees the rendered rows only: its per-render work (index lookups, sorted rects)
  // grows with the list it is given, and only rendered rows can be dragged or dropped on anyway. It
  // sees them only while a row is dragged: each new list is a new context that renders every row again,
  // and between drags (a move by Alt+arrows, a scroll) the rows need nothing from it.
  const sortableIds = activeId === null ? NOT_DRAGGING : rows.map((row) => items[row.index]?.id ?? '');
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements }}
    >
      <p className="sr-only" role="status" aria-live="assertive">
        {announcement}
      </p>
      <p ref={nudgeSaid} className="sr-only" role="status" aria-live="polite" />
      <div ref={frameRef} className="backlog-list-frame">
        <div ref={rowSizer} className="backlog-row-sizer" aria-hidden="true" />
        <SortableContext items={sortableIds} strategy={verticalListSortingStrategy}>
          <ol
            ref={listRef}
            className="backlog-list backlog-list--virtual"
            aria-label="Backlog items in priority order"
            onFocus={onFocus}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {rows.map((row) => {
              const item = items[row.index];
              if (!item) return null;
              const index = holding ? rankWhileHeld(row.index, heldFrom, heldTo, rankAt) : rankAt(row.index);
              const shift = holding ? rowShift(row.index, heldFrom, heldTo, boxOf, ROW_GAP) : 0;
              return (
                <BacklogRow
                  key={item.id}
                  item={item}
                  rank={index + 1}
                  position={row.index + 1}
                  setSize={items.length}
                  top={row.start - scrollMargin}
                  shift={shift}
                  held={row.index === heldFrom}
                  virtualIndex={row.index}
                  scale={settings.pointScale}
                  ready={cachedReadiness(item, settings.definitionOfReady)}
                  owner={item.ownerId ? ownerName(item.ownerId) : null}
                  onEdit={onEdit}
                  onDelete={onDelete}
                  onNudge={onNudge}
                  onHandleKey={onHandleKey}
                  onHandleBlur={onHandleBlur}
                  onShowMissing={onShowMissing}
                  missingShown={item.id === missingId}
                />
              );
            })}
          </ol>
        </SortableContext>
        {missingItem && missingIndex !== undefined && missingOf ? (
          <MissingForReady
            item={missingItem}
            ready={cachedReadiness(missingItem, settings.definitionOfReady)}
            top={(boxOf(missingIndex)?.end ?? 0) - scrollMargin + MISSING_GAP}
            left={missingOf.left}
            onClose={closeMissing}
          />
        ) : null}
      </div>
      {/* The dragged row's copy: dnd-kit keeps an overlay under the pointer while the page scrolls, where a
          row moved in place drifts from it (its scroll is counted again as the page scrolls under it). */}
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <DraggedRow
            item={dragged}
            rank={rankAt(draggedIndex ?? 0) + 1}
            scale={settings.pointScale}
            ready={cachedReadiness(dragged, settings.definitionOfReady)}
            owner={dragged.ownerId ? ownerName(dragged.ownerId) : null}
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});
