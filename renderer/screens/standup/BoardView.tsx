import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { ITEM_STATUSES, type ItemStatus } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useAppStore } from '../../store';
import { BoardCard } from './BoardCard';
import { boardAnnouncements, boardCollisions, columnKeyboardCoordinates } from './board-dnd';
import { useNow } from './useNow';

interface BoardViewProps {
  team: TeamDoc;
  cards: BacklogItem[];
  /** Shown above the lanes, e.g. "Ada's cards". */
  caption: string;
  emptyText: string;
}

type Lane = 'planned' | 'interrupts';

/** Memoized: a move re-renders the columns it leaves and enters, not the others. */
const Column = memo(function Column(props: {
  lane: Lane;
  status: ItemStatus;
  title: string;
  items: BacklogItem[];
  render: (item: BacklogItem) => ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `${props.lane}:${props.status}`, data: { status: props.status } });
  const laneName = props.lane === 'planned' ? 'Planned' : 'Interrupts';
  return (
    <div ref={setNodeRef} className={`board-column${isOver ? ' is-over' : ''}`}>
      <ul className="board-column__cards" aria-label={`${laneName}: ${props.title}, ${props.items.length} cards`}>
        {props.items.map(props.render)}
      </ul>
    </div>
  );
});

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
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const status = over?.data.current?.status as ItemStatus | undefined;
      const item = cardsRef.current.find((c) => c.id === active.id);
      if (item && status) move(item, status);
    },
    [move],
  );
  const render = useCallback(
    (item: BacklogItem) => (
      <BoardCard
        key={item.id}
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
  // Each lane's column lists keep their identity while their cards do, so untouched columns skip rendering.
  const lanes = useMemo(() => {
    const split = (items: BacklogItem[]) => ITEM_STATUSES.map((status) => items.filter((i) => i.status === status));
    return [
      { lane: 'planned' as Lane, title: 'Planned work', columns: split(cards.filter((c) => !c.unplanned)) },
      {
        lane: 'interrupts' as Lane,
        title: 'Interrupt lane (unplanned)',
        columns: split(cards.filter((c) => c.unplanned)),
      },
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

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragEnd={onDragEnd}
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
                <Column
                  key={status}
                  lane={lane}
                  status={status}
                  title={columns[status]}
                  items={lists[i] ?? []}
                  render={render}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </DndContext>
  );
}
