import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { ITEM_STATUSES, type BacklogItem, type ItemStatus } from '../../../src/domain/backlog/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { ReactNode } from 'react';
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

function Column(props: {
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
  const nameOf = (id: string | null) => team.members.find((m) => m.id === id)?.name ?? null;

  const move = (item: BacklogItem, status: ItemStatus) => {
    if (item.status !== status) moveCard(item.id, status).catch(reportError);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const status = over?.data.current?.status as ItemStatus | undefined;
    const item = cards.find((c) => c.id === active.id);
    if (item && status) move(item, status);
  };
  const render = (item: BacklogItem) => (
    <BoardCard
      key={item.id}
      item={item}
      owner={nameOf(item.ownerId)}
      scale={team.settings.pointScale}
      columns={columns}
      now={now}
      onMove={(status) => move(item, status)}
      onToggleBlocked={() => setCardBlocked(item.id, !item.blocked).catch(reportError)}
    />
  );
  const lanes: { lane: Lane; title: string; items: BacklogItem[] }[] = [
    { lane: 'planned', title: 'Planned work', items: cards.filter((c) => !c.unplanned) },
    { lane: 'interrupts', title: 'Interrupt lane (unplanned)', items: cards.filter((c) => c.unplanned) },
  ];

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: boardAnnouncements((id) => cards.find((c) => c.id === id)?.title ?? 'card', columns),
        screenReaderInstructions: {
          draggable:
            'To move a card, press Space to pick it up, the left and right arrow keys to change column, Space to drop it or Escape to cancel. The arrow buttons on each card move it one column too.',
        },
      }}
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
        {lanes.map(({ lane, title, items }) => (
          <section key={lane} className={`board-lane board-lane--${lane}`} aria-label={title}>
            <h4 className="board-lane__title">
              {title} <span className="badge">{items.length}</span>
            </h4>
            <div className="board-lane__columns">
              {ITEM_STATUSES.map((status) => (
                <Column
                  key={status}
                  lane={lane}
                  status={status}
                  title={columns[status]}
                  items={items.filter((i) => i.status === status)}
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
