import { NOT_ESTIMATED } from '../../../src/domain/backlog/vocabulary';
import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback, type KeyboardEvent, type ReactNode } from 'react';
import { ITEM_STATUSES, ITEM_TYPE_NAMES, type ItemStatus } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { ageInColumn } from '../../../src/domain/board/cards';
import { interruptHoursText } from '../../../src/domain/planning/buffer';
import type { BoardColumnNames } from '../../../src/domain/standup/settings';
import { sentenceCase } from '../../../src/domain/shared/words';
import { estimateFigure, type PointScale } from '../../../src/domain/team/scales';
import { MoveHandle } from '../../components/MoveHandle';
import { OwnerPicker } from '../../components/OwnerPicker';
import type { CardPlacement } from './BoardColumn';

interface BoardCardProps {
  item: BacklogItem;
  scale: PointScale;
  columns: BoardColumnNames;
  /** The team's date, and its zone: a card's age in its column counts the team's days. */
  today: string;
  timeZone: string;
  onMove: (item: BacklogItem, status: ItemStatus) => void;
  onToggleBlocked: (item: BacklogItem) => void;
  /** Set in a long (virtualized) column. */
  placement?: CardPlacement | undefined;
  /** Picked up by a keyboard move. */
  held: boolean;
  /** A key on the drag handle: Space picks the card up, ← → choose a column, Space drops, Escape cancels. */
  onHandleKey: (item: BacklogItem, event: KeyboardEvent) => void;
  onHandleBlur: (item: BacklogItem) => void;
}

/** Points, or an interrupt's hours as the planning card and the close dialog write them (interruptHoursText). */
function estimate(item: BacklogItem, scale: PointScale): string {
  if (item.points !== null) return estimateFigure(scale, item.points);
  return interruptHoursText(item) ?? NOT_ESTIMATED;
}

/**
 * The draggable shell of a card. dnd-kit re-renders every draggable whenever the drag state changes
 * (each key of a keyboard drag), so only this shell uses it: the card's content comes in as elements
 * made by the memoized BoardCard, which React reuses without rendering them again. While dragged, the
 * card stays in place (marked) and a copy follows the pointer or keys in the board's drag overlay.
 */
function DraggableCard(props: {
  item: BacklogItem;
  top: ReactNode;
  children: ReactNode;
  placement?: CardPlacement | undefined;
  held: boolean;
  onHandleKey: (item: BacklogItem, event: KeyboardEvent) => void;
  onHandleBlur: (item: BacklogItem) => void;
}) {
  const { item, placement, held, onHandleKey, onHandleBlur } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.id,
    data: { status: item.status },
  });
  const measureRef = placement?.measureRef;
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node);
      measureRef?.(node);
    },
    [setNodeRef, measureRef],
  );
  return (
    <li
      ref={ref}
      className={`board-card${item.blocked ? ' is-blocked' : ''}${item.unplanned ? ' is-unplanned' : ''}${isDragging ? ' is-dragging' : ''}${held ? ' is-held' : ''}`}
      style={placement ? { transform: `translateY(${placement.top}px)` } : undefined}
      data-item-id={item.id}
      data-index={placement?.index}
      aria-posinset={placement ? placement.index + 1 : undefined}
      aria-setsize={placement?.setSize}
      aria-label={item.title}
    >
      <div className="board-card__top">
        {props.top}
        <MoveHandle
          label={`Drag ${item.title}`}
          className="board-card__handle"
          attributes={attributes}
          listeners={listeners}
          activatorRef={setActivatorNodeRef}
          held={held}
          onKeyDown={(event) => onHandleKey(item, event)}
          onBlur={() => onHandleBlur(item)}
        />
      </div>
      {props.children}
    </li>
  );
}

/** What a card shows at the top: type, severity and key of an interrupt, the blocked flag. */
function CardTop({ item }: { item: BacklogItem }) {
  return (
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
}

/** The copy of a card that follows a drag (pointer or keyboard) across columns. */
export function DraggedCard({ item, scale }: { item: BacklogItem; scale: PointScale }) {
  return (
    <div
      className={`board-card board-card--overlay${item.blocked ? ' is-blocked' : ''}${item.unplanned ? ' is-unplanned' : ''}`}
      aria-hidden="true"
    >
      <div className="board-card__top">
        <CardTop item={item} />
      </div>
      <p className="board-card__title">{item.title}</p>
      <p className="board-card__meta">
        <span>{estimate(item, scale)}</span>
      </p>
    </div>
  );
}

/** What a card holds below its top line; memoized, so a card that only moves in its column keeps it. */
const CardContent = memo(function CardContent({
  item,
  scale,
  columns,
  today,
  timeZone,
  onMove,
  onToggleBlocked,
}: Pick<BoardCardProps, 'item' | 'scale' | 'columns' | 'today' | 'timeZone' | 'onMove' | 'onToggleBlocked'>) {
  const index = ITEM_STATUSES.indexOf(item.status);
  const prev = ITEM_STATUSES[index - 1];
  const next = ITEM_STATUSES[index + 1];
  return (
    <>
      <p className="board-card__title">{item.title}</p>
      <p className="board-card__meta">
        <span>{estimate(item, scale)}</span>
        <OwnerPicker item={item} />
        {/* Not "In <column> for …": a column named "In progress" made that "In In progress for 2 days". */}
        <span title="Time in this column">{`${sentenceCase(ageInColumn(item, today, timeZone))} in this column`}</span>
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
        {/* Done work waits on nothing (reaching Done unblocks a card); an older blocked Done card can still be unblocked. */}
        {item.status !== 'done' || item.blocked ? (
          <button
            type="button"
            className="quiet"
            aria-label={`${item.blocked ? 'Unblock' : 'Mark blocked'} ${item.title}`}
            onClick={() => onToggleBlocked(item)}
          >
            {item.blocked ? 'Unblock' : 'Mark blocked'}
          </button>
        ) : null}
      </div>
    </>
  );
});

/** A long column makes a new placement for each card it draws: the same place is the same props. */
function samePlacement(a: CardPlacement | undefined, b: CardPlacement | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.index === b.index && a.setSize === b.setSize && a.top === b.top && a.measureRef === b.measureRef;
}

/** memo's shallow comparison, but a placement is compared by its fields. */
function sameCardProps(a: BoardCardProps, b: BoardCardProps): boolean {
  const keys = Object.keys(a) as (keyof BoardCardProps)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => (key === 'placement' ? samePlacement(a.placement, b.placement) : Object.is(a[key], b[key])))
  );
}

/**
 * One card: type, title, estimate, owner, labels, age in column, blocked flag; moved by drag or its arrow
 * buttons. Memoized: moving one card re-renders that card and the cards whose place in a long column
 * changes, and those only their shell (the callbacks are stable).
 */
export const BoardCard = memo(function BoardCard({
  item,
  scale,
  columns,
  today,
  timeZone,
  onMove,
  onToggleBlocked,
  placement,
  held,
  onHandleKey,
  onHandleBlur,
}: BoardCardProps) {
  return (
    <DraggableCard
      item={item}
      top={<CardTop item={item} />}
      placement={placement}
      held={held}
      onHandleKey={onHandleKey}
      onHandleBlur={onHandleBlur}
    >
      <CardContent
        item={item}
        scale={scale}
        columns={columns}
        today={today}
        timeZone={timeZone}
        onMove={onMove}
        onToggleBlocked={onToggleBlocked}
      />
    </DraggableCard>
  );
}, sameCardProps);
