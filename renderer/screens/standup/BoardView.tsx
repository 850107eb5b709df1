import { usePointerSensor } from '../../components/drag-sensors';
import { DndContext, DragOverlay, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { ITEM_STATUSES, type ItemStatus } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { afterNextPaint } from '../../api/after-paint';
import { focusIsLost } from '../../app/useFocusRescue';
import { focusSoon } from '../../components/focus-soon';
import { modifiersOf, moveKeyAction, useKeyboardMove } from '../../components/keyboard-move';
import { useAppStore } from '../../store';
import { BoardCard, DraggedCard } from './BoardCard';
import { BoardColumn, type CardPlacement, type Lane } from './BoardColumn';
import { boardAnnouncements, boardCollisions } from './board-dnd';
import { useToday } from '../../components/use-now';

interface BoardViewProps {
  team: TeamDoc;
  cards: readonly BacklogItem[];
  /** Shown above the lanes, e.g. "Ada's cards". */
  caption: string;
  emptyText: string;
  /** What a lane with no cards says, when the board shows some of the sprint's cards (one speaker's). */
  emptyLanes?: Record<Lane, string> | undefined;
}

/** What a lane of the sprint's board with no cards says, in place of its columns. */
const EMPTY_LANE: Record<Lane, string> = { planned: 'No planned work.', interrupts: 'No interrupts logged.' };

const laneOf = (card: BacklogItem): Lane => (card.unplanned ? 'interrupts' : 'planned');
const isIn = (card: BacklogItem, lane: Lane, status: ItemStatus) => card.status === status && laneOf(card) === lane;

/** A card's drag handle on the board, where the focus goes when the control it was on leaves. */
const handleIn = (board: HTMLElement | null, id: string) =>
  board?.querySelector<HTMLElement>(`[data-item-id="${id}"] .board-card__handle`) ?? null;

/** The earlier list when it holds exactly the same card objects in the same order. */
function sameCards(before: BacklogItem[] | undefined, after: BacklogItem[]): BacklogItem[] | undefined {
  return before && before.length === after.length && before.every((card, i) => card === after[i]) ? before : undefined;
}

/** The sprint board: planned work and the interrupt lane, in columns To do → Done. */
function Board({ team, cards, caption, emptyText, emptyLanes = EMPTY_LANE }: BoardViewProps) {
  const moveCard = useAppStore((s) => s.moveCard);
  const setCardBlocked = useAppStore((s) => s.setCardBlocked);
  const reportError = useAppStore((s) => s.reportError);
  const timeZone = team.settings.timeZone;
  // The team's date, not the clock: the cards' ages change only when the day does.
  const today = useToday(timeZone);
  // The pointer drags with dnd-kit; the keyboard moves a card with a move of our own (onHandleKey).
  const sensors = useSensors(usePointerSensor());
  const columns = team.settings.boardColumnNames;
  const scale = team.settings.pointScale;

  // A moved card leaves its column, and the focus (on its button or handle) with it. The card stays
  // rendered in its (maybe virtualized) new column, and once the move is painted its drag handle
  // gets the focus, which scrolls that column to it: the room sees where it landed.
  const [landedId, setLandedId] = useState<string | null>(null);
  const focusLanded = useRef<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const id = focusLanded.current;
    if (!id) return;
    focusLanded.current = null;
    // After the move is painted: focusing lays the board out at once (and scrolls the column), which
    // in the same frame as the move cost ~15 ms more. Unless the person has focused something since.
    void afterNextPaint().then(() => {
      const handle = handleIn(boardRef.current, id);
      if (handle && focusIsLost()) handle.focus();
    });
  });
  // A move or a block refused: the card went back to its column, or left the board (deleted or taken out of the
  // sprint on another screen, which the refusal brought to this one). The focus, if it fell to the page with the
  // card's button, follows the card back to its handle, else stays on the board.
  const refused = useCallback(
    (itemId: string) => (error: unknown) => {
      reportError(error);
      focusSoon(() => (focusIsLost() ? (handleIn(boardRef.current, itemId) ?? boardRef.current) : null), 2);
    },
    [reportError],
  );
  const move = useCallback(
    (item: BacklogItem, status: ItemStatus) => {
      if (item.status === status) return;
      // The focus (the card's arrow button or handle) leaves before the card does: the browser's own
      // clean-up when a focused element is removed cost ~3× a blur in every move's frame. It comes back on
      // the landed card's handle once the move is painted (above).
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && boardRef.current?.contains(focused)) focused.blur();
      focusLanded.current = item.id;
      setLandedId(item.id);
      moveCard(item.id, status).catch(refused(item.id));
    },
    [moveCard, refused],
  );
  const toggleBlocked = useCallback(
    (item: BacklogItem) => {
      // A Done card offers no "Mark blocked": unblocking one takes its button away, so its handle takes the focus.
      const buttonGoes = item.status === 'done' && item.blocked;
      setCardBlocked(item.id, !item.blocked)
        .then(() => {
          if (buttonGoes) focusSoon(() => handleIn(boardRef.current, item.id));
        })
        .catch(refused(item.id));
    },
    [setCardBlocked, refused],
  );
  // DndContext is memoized: with stable props a move does not re-render it, nor through it every
  // draggable card. Handlers read the current cards through a ref.
  const cardsRef = useRef(cards);
  useLayoutEffect(() => {
    cardsRef.current = cards;
  }, [cards]);
  const titleOf = useCallback((id: string | number) => cardsRef.current.find((c) => c.id === id)?.title ?? 'card', []);
  const [activeId, setActiveId] = useState<string | null>(null);
  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setLandedId(null);
  }, []);
  const onDragCancel = useCallback(() => setActiveId(null), []);
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      const status = over?.data.current?.status as ItemStatus | undefined;
      const item = cardsRef.current.find((c) => c.id === active.id);
      if (item && status) move(item, status);
    },
    [move],
  );

  // The keyboard move: Space on a card's handle picks it up, ← → choose the column of its lane,
  // Space drops it there (one move, one save), Escape or leaving the handle puts it back.
  const { held, heldNow, setHeld, announcement, announce, cancel, onHandleBlur } = useKeyboardMove<{
    id: string;
    to: ItemStatus;
  }>();
  const onHandleKey = useCallback(
    (item: BacklogItem, event: KeyboardEvent) => {
      const current = heldNow.current;
      const to = current?.id === item.id ? ITEM_STATUSES.indexOf(current.to) : null;
      const action = moveKeyAction(event.key, to, ITEM_STATUSES.length, modifiersOf(event), 'horizontal');
      if (action.kind === 'none') return;
      if (event.key !== 'Tab') event.preventDefault();
      event.stopPropagation();
      switch (action.kind) {
        case 'pick-up':
          setHeld({ id: item.id, to: item.status });
          announce(
            `Picked up ${item.title}, in ${columns[item.status]}. Use the left and right arrow keys to change column, Space to drop, Escape to cancel.`,
          );
          return;
        case 'target': {
          const status = ITEM_STATUSES[action.to] ?? item.status;
          setHeld({ id: item.id, to: status });
          announce(`${item.title} is over ${columns[status]}.`);
          return;
        }
        case 'drop': {
          const status = current?.to ?? item.status;
          setHeld(null);
          if (status === item.status) {
            announce(`${item.title} dropped where it was, in ${columns[status]}.`);
            return;
          }
          move(item, status);
          announce(`${item.title} dropped in ${columns[status]}.`);
          return;
        }
        case 'cancel':
          cancel(item);
      }
    },
    [heldNow, setHeld, announce, cancel, move, columns],
  );

  const render = useCallback(
    (item: BacklogItem, placement?: CardPlacement, isHeld = false) => (
      <BoardCard
        key={item.id}
        placement={placement}
        held={isHeld}
        onHandleKey={onHandleKey}
        onHandleBlur={onHandleBlur}
        item={item}
        scale={scale}
        columns={columns}
        today={today}
        timeZone={timeZone}
        onMove={move}
        onToggleBlocked={toggleBlocked}
      />
    ),
    [scale, columns, today, timeZone, move, toggleBlocked, onHandleKey, onHandleBlur],
  );
  // Each column's list keeps its identity while its cards do (a move changes two columns), so the
  // memoized columns it does not touch skip rendering.
  const previousLists = useRef<BacklogItem[][]>([]);
  const lanes = useMemo(() => {
    // One pass over the sprint's cards into the lanes' columns (planned first, then interrupts).
    const width = ITEM_STATUSES.length;
    const lists: BacklogItem[][] = Array.from({ length: 2 * width }, () => []);
    for (const card of cards) {
      const column = ITEM_STATUSES.indexOf(card.status);
      if (column >= 0) lists[(card.unplanned ? width : 0) + column]?.push(card);
    }
    // A cache of the last render's lists, read and written only here; a discarded render leaves it
    // holding lists that are still compared card by card, so it can never show stale cards.
    // eslint-disable-next-line react-hooks/refs
    const stable = lists.map((list, k) => sameCards(previousLists.current[k], list) ?? list);
    // eslint-disable-next-line react-hooks/refs
    previousLists.current = stable;
    return [
      { lane: 'planned' as Lane, title: 'Planned work', columns: stable.slice(0, width) },
      { lane: 'interrupts' as Lane, title: 'Interrupt lane (unplanned)', columns: stable.slice(width) },
    ];
  }, [cards]);
  const accessibility = useMemo(
    () => ({
      // dnd-kit calls the announcements during drag events only, never while rendering.
      // eslint-disable-next-line react-hooks/refs
      announcements: boardAnnouncements(titleOf, columns),
      screenReaderInstructions: {
        draggable:
          'To move a card, press Space to pick it up, the left and right arrow keys to change column, Space to drop it or Escape to cancel. The arrow buttons on each card move it one column too.',
      },
    }),
    [titleOf, columns],
  );

  const activeCard = activeId === null ? undefined : cards.find((c) => c.id === activeId);
  const heldCard = held ? cards.find((c) => c.id === held.id) : undefined;
  // Where the held card would land, once it is over a column other than its own.
  const dropTo = heldCard && held && held.to !== heldCard.status ? held.to : null;
  // The card to keep rendered in a virtualized column: the one dragged, held, or just dropped. Only
  // its own column is told, so picking a card up re-renders that column and no other.
  const keptId = activeId ?? heldCard?.id ?? landedId;
  const kept = keptId === null ? undefined : cards.find((c) => c.id === keptId);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <p className="sr-only" role="status" aria-live="assertive">
        {announcement}
      </p>
      <div ref={boardRef} className="board" role="group" aria-label={caption}>
        {/* Hidden from assistive tech (the live region says where a held card would go). The column a held
            card would be dropped into says so in its header cell, which keeps its size: a hint inside the
            column would push its cards down, and lay them all out again, at every arrow key and drop. */}
        <div className="board__header" aria-hidden="true">
          {ITEM_STATUSES.map((status, i) =>
            status === dropTo ? (
              <span key={status} className="is-drop-target">
                Drop here ↓
              </span>
            ) : (
              <span key={status}>
                {columns[status]} ({lanes.reduce((n, lane) => n + (lane.columns[i]?.length ?? 0), 0)})
              </span>
            ),
          )}
        </div>
        {cards.length === 0 ? (
          <p className="empty">{emptyText}</p>
        ) : (
          lanes.map(({ lane, title, columns: lists }) => {
            const count = lists.reduce((n, l) => n + l.length, 0);
            return (
              <section
                key={lane}
                className={`board-lane board-lane--${lane}${count === 0 ? ' is-empty' : ''}`}
                aria-label={title}
              >
                <h4 className="board-lane__title">
                  {title} <span className="badge">{count}</span>
                </h4>
                {count === 0 ? (
                  // One line, not four empty columns: on the projector the other lane gets the room.
                  <p className="board-lane__empty">{emptyLanes[lane]}</p>
                ) : (
                  <div className="board-lane__columns">
                    {ITEM_STATUSES.map((status, i) => (
                      <BoardColumn
                        key={status}
                        lane={lane}
                        status={status}
                        title={columns[status]}
                        items={lists[i] ?? []}
                        render={render}
                        activeId={kept && isIn(kept, lane, status) ? kept.id : null}
                        heldId={heldCard && isIn(heldCard, lane, status) ? heldCard.id : null}
                        dropTarget={heldCard !== undefined && dropTo === status && laneOf(heldCard) === lane}
                      />
                    ))}
                  </div>
                )}
              </section>
            );
          })
        )}
      </div>
      {/* The dragged card's copy, above the columns (which clip their own scrolling content). */}
      <DragOverlay dropAnimation={null}>
        {activeCard ? <DraggedCard item={activeCard} scale={scale} /> : null}
      </DragOverlay>
    </DndContext>
  );
}

/** Memoized: the burndown's own render after a move (BoardTab) leaves the board as it is. */
export const BoardView = memo(Board);
