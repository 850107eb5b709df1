import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { memo, type ReactNode } from 'react';
import { ITEM_STATUSES, ITEM_TYPE_NAMES, type ItemStatus } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { ageInColumn } from '../../../src/domain/board/cards';
import type { BoardColumnNames } from '../../../src/domain/standup/settings';
import { formatPoints, type PointScale } from '../../../src/domain/team/scales';

interface BoardCardProps {
  item: BacklogItem;
  owner: string | null;
  scale: PointScale;
  columns: BoardColumnNames;
  now: number;
  onMove: (item: BacklogItem, status: ItemStatus) => void;
  onToggleBlocked: (item: BacklogItem) => void;
}

function estimate(item: BacklogItem, scale: PointScale): string {
  if (item.points !== null) return `${formatPoints(scale, item.points)} pts`;
  if (item.interrupt?.hours) return `${item.interrupt.hours} h`;
  return 'No estimate';
}

/**
 * The draggable shell of a card. dnd-kit re-renders every draggable whenever the drag state changes
 * (each key of a keyboard drag), so only this shell uses it: the card's content comes in as elements
 * made by the memoized BoardCard, which React reuses without rendering them again.
 */
function DraggableCard(props: { item: BacklogItem; top: ReactNode; children: ReactNode }) {
  const { item } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: item.id,
    data: { status: item.status },
  });
  return (
    <li
      ref={setNodeRef}
      className={`board-card${item.blocked ? ' is-blocked' : ''}${item.unplanned ? ' is-unplanned' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform) }}
      data-item-id={item.id}
      aria-label={item.title}
    >
      <div className="board-card__top">
        {props.top}
        <button
          type="button"
          className="drag-handle board-card__handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Drag ${item.title}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      </div>
      {props.children}
    </li>
  );
}

/**
 * One card: type, title, estimate, owner, labels, age in column, blocked flag; moved by drag or its arrow
 * buttons. Memoized: moving one card re-renders that card only (the callbacks are stable).
 */
export const BoardCard = memo(function BoardCard({
  item,
  owner,
  scale,
  columns,
  now,
  onMove,
  onToggleBlocked,
}: BoardCardProps) {
  const index = ITEM_STATUSES.indexOf(item.status);
  const prev = ITEM_STATUSES[index - 1];
  const next = ITEM_STATUSES[index + 1];
  const top = (
    <>
      <span className={`type-badge type-badge--${item.type}`}>{ITEM_TYPE_NAMES[item.type]}</span>
      {item.interrupt ? (
        <span className="board-card__sev">
          {item.interrupt.severity.toUpperCase()}
          {item.interrupt.key ? ` · ${item.interrupt.key}` : ''}
        </span>
      ) : null}
      {item.blocked ? <span className="board-card__blocked">Blocked</span> : null}
    </>
  );
  return (
    <DraggableCard item={item} top={top}>
      <p className="board-card__title">{item.title}</p>
      <p className="board-card__meta">
        <span>{estimate(item, scale)}</span>
        <span>{owner ?? 'No owner'}</span>
        <span title="Time in this column">{ageInColumn(item, now)} here</span>
      </p>
      {item.labels.length > 0 ? (
        <p className="board-card__labels">
          {item.labels.map((l) => (
            <span key={l} className="label-chip">
              {l}
            </span>
          ))}
        </p>
      ) : null}
      <div className="board-card__actions">
        {prev ? (
          <button
            type="button"
            onClick={() => onMove(item, prev)}
            aria-label={`Move ${item.title} to ${columns[prev]}`}
          >
            ← {columns[prev]}
          </button>
        ) : null}
        {next ? (
          <button
            type="button"
            onClick={() => onMove(item, next)}
            aria-label={`Move ${item.title} to ${columns[next]}`}
          >
            {columns[next]} →
          </button>
        ) : null}
        <button
          type="button"
          className="quiet"
          aria-label={`${item.blocked ? 'Unblock' : 'Mark blocked'} ${item.title}`}
          onClick={() => onToggleBlocked(item)}
        >
          {item.blocked ? 'Unblock' : 'Mark blocked'}
        </button>
      </div>
    </DraggableCard>
  );
});
