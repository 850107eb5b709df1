import { useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useRef, type ReactNode } from 'react';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { ItemStatus } from '../../../src/domain/backlog/vocabulary';
import { plural } from '../../../src/domain/shared/words';
import { useFocusedRow, useRangeKeeping, useScrollRows } from '../../components/use-virtual-rows';

export type Lane = 'planned' | 'interrupts';

const cardId = (item: BacklogItem) => item.id;

/** Where a card of a long column is drawn; absent for short columns, which list every card. */
export interface CardPlacement {
  index: number;
  /** Cards in the column, for aria-setsize (only some are in the page). */
  setSize: number;
  top: number;
  measureRef: (node: Element | null) => void;
}

/** Draws a card; `held` marks the one picked up by a keyboard move. */
export type RenderCard = (item: BacklogItem, placement?: CardPlacement, held?: boolean) => ReactNode;

/** Columns with more cards than this render only those near the visible part of the column. */
export const VIRTUALIZE_FROM = 40;
const CARD_ESTIMATE = 150;
const CARD_GAP = 8;
const OVERSCAN = 4;

interface ColumnProps {
  lane: Lane;
  status: ItemStatus;
  title: string;
  items: BacklogItem[];
  render: RenderCard;
  /** The card being dragged, held or just dropped, if it is in this column: it stays rendered however far it scrolls away. */
  activeId: string | null;
  /** The card of this column picked up by a keyboard move. */
  heldId: string | null;
  /** This column is where the held card would be dropped. */
  dropTarget: boolean;
}

/**
 * One column of a lane. It scrolls on its own, so both lanes stay on screen however many cards a
 * sprint holds; a long column renders only the cards near its visible part. Memoized: a move
 * re-renders the columns it leaves and enters, not the others.
 */
export const BoardColumn = memo(function BoardColumn({
  lane,
  status,
  title,
  items,
  render,
  activeId,
  heldId,
  dropTarget,
}: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: `${lane}:${status}`, data: { status } });
  const laneName = lane === 'planned' ? 'Planned' : 'Interrupts';
  const label = `${laneName}: ${title}, ${plural(items.length, 'card')}`;
  return (
    <div ref={setNodeRef} className={`board-column${isOver || dropTarget ? ' is-over' : ''}`}>
      {items.length > VIRTUALIZE_FROM ? (
        <VirtualCards label={label} items={items} render={render} activeId={activeId} heldId={heldId} />
      ) : (
        <div className="board-column__scroll">
          <ul className="board-column__cards" aria-label={label}>
            {items.map((item) => render(item, undefined, item.id === heldId))}
          </ul>
        </div>
      )}
    </div>
  );
});

function VirtualCards({
  label,
  items,
  render,
  activeId,
  heldId,
}: {
  label: string;
  items: BacklogItem[];
  render: RenderCard;
  activeId: string | null;
  heldId: string | null;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The card dragged or held, else the one holding the focus, stays drawn wherever the column is scrolled.
  const { focusedIndex, onFocus } = useFocusedRow(items, cardId);
  const activeIndex = activeId === null ? -1 : items.findIndex((i) => i.id === activeId);
  const rangeExtractor = useRangeKeeping(activeIndex < 0 ? focusedIndex : activeIndex);
  // The same function while the column's cards are: the virtualizer works out every card's position
  // again whenever it changes (the column's other renders, such as a held card, reuse them).
  const getItemKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  // A scroll (the landed card's handle taking the focus) draws the cards it brings in within its own frame
  // only when they would otherwise show blank: the overscan keeps those a short scroll needs drawn.
  const virtualizer = useScrollRows({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    gap: CARD_GAP,
    overscan: OVERSCAN,
    rangeExtractor,
    getItemKey,
  });
  return (
    <div ref={scrollRef} className="board-column__scroll">
      <ul
        className="board-column__cards board-column__cards--virtual"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={onFocus}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          return item
            ? render(
                item,
                { index: row.index, setSize: items.length, top: row.start, measureRef: virtualizer.measureElement },
                item.id === heldId,
              )
            : null;
        })}
      </ul>
    </div>
  );
}
