import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { ITEM_STATUSES, type ItemStatus } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { BoardCard, DraggedCard } from './BoardCard';
import { BoardColumn, type CardPlacement, type Lane } from './BoardColumn';
import { boardAnnouncements, boardCollisions, columnKeyboardCoordinates } from './board-dnd';
import { useNow } from './useNow';

interface BoardViewProps {
  team: TeamDoc;
  cards: BacklogItem[];
  /** Shown above the lanes, e.g. "Ada's cards". */
  caption: string;
  emptyText: string;
}

/** The earlier list when it holds exactly the same card objects in the same order. */
function sameCards(before: BacklogItem[] | undefined, after: BacklogItem[]): BacklogItem[] | undefined {
  return before && before.length === after.length && before.every((card, i) => card === after[i]) ? before : undefined;
}

/** The sprint board: planned work and the interrupt lane, in columns To do → Done. */
export function BoardView({ team, cards, caption, emptyText }: BoardViewProps) {
  const moveCard = useAppStore((s) => s.moveCard);
  const setCardBlocked = useAppStore((s) => s.setCardBlocked);
  const reportError = useAppStore((s) => s.reportError);
  const now = useNow(60_000);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const columns = team.settings.boardColumnNames;
  const scale = team.settings.pointScale;
  const names = useMemo(() => new Map(team.members.map((m) => [m.id, m.name])), [team.members]);

  const move = useCallback(
    (item: BacklogItem, status: ItemStatus) => {
      if (item.status !== status) moveCard(item.id, status).catch(reportError);
    },
    [moveCard, reportError],
  );
  const toggleBlocked = useCallback(
    (item: BacklogItem) => {
      setCardBlocked(item.id, !item.blocked).catch(reportError);
    },
    [setCardBlocked, reportError],
  );
  // DndContext is memoized: with stable props a move does not re-render it, nor through it every
  // draggable card. Handlers read the current cards through a ref.
  const cardsRef = useRef(cards);
  useLayoutEffect(() => {
    cardsRef.current = cards;
  }, [cards]);
  const titleOf = useCallback((id: string | number) => cardsRef.current.find((c) => c.id === id)?.title ?? 'card', []);
  const [activeId, setActiveId] = useState<string | null>(null);
  const onDragStart = useCallback(({ active }: DragStartEvent) => setActiveId(String(active.id)), []);
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
  const render = useCallback(
    (item: BacklogItem, placement?: CardPlacement) => (
      <BoardCard
        key={item.id}
        placement={placement}
        item={item}
        owner={item.ownerId ? (names.get(item.ownerId) ?? null) : null}
        scale={scale}
        columns={columns}
        now={now}
        onMove={move}
        onToggleBlocked={toggleBlocked}
      />
    ),
    [names, scale, columns, now, move, toggleBlocked],
  );
  // Each column's list keeps its identity while its cards do (a move changes two columns), so the
  // memoized columns it does not touch skip rendering.
  const previousLists = useRef<BacklogItem[][]>([]);
  const lanes = useMemo(() => {
    const lists = [false, true].flatMap((unplanned) =>
      ITEM_STATUSES.map((status) => cards.filter((c) => c.status === status && Boolean(c.unplanned) === unplanned)),
    );
    // A cache of the last render's lists, read and written only here; a discarded render leaves it
    // holding lists that are still compared card by card, so it can never show stale cards.
    // eslint-disable-next-line react-hooks/refs
    const stable = lists.map((list, k) => sameCards(previousLists.current[k], list) ?? list);
    // eslint-disable-next-line react-hooks/refs
    previousLists.current = stable;
    const width = ITEM_STATUSES.length;
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

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <div className="board" role="group" aria-label={caption}>
        <div className="board__header" aria-hidden="true">
          {ITEM_STATUSES.map((status) => (
            <span key={status}>
              {columns[status]} ({cards.filter((c) => c.status === status).length})
            </span>
          ))}
        </div>
        {cards.length === 0 ? <p className="empty">{emptyText}</p> : null}
        {lanes.map(({ lane, title, columns: lists }) => (
          <section key={lane} className={`board-lane board-lane--${lane}`} aria-label={title}>
            <h4 className="board-lane__title">
              {title} <span className="badge">{lists.reduce((n, l) => n + l.length, 0)}</span>
            </h4>
            <div className="board-lane__columns">
              {ITEM_STATUSES.map((status, i) => (
                <BoardColumn
                  key={status}
                  lane={lane}
                  status={status}
                  title={columns[status]}
                  items={lists[i] ?? []}
                  render={render}
                  activeId={activeId}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      {/* The dragged card's copy, above the columns (which clip their own scrolling content). */}
      <DragOverlay dropAnimation={null}>
        {activeCard ? <DraggedCard item={activeCard} scale={scale} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
