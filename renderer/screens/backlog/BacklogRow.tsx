import { NOT_ESTIMATED } from '../../../src/domain/backlog/vocabulary';
import { useSortable } from '@dnd-kit/sortable';
import { memo, type KeyboardEvent } from 'react';
import type { Readiness } from '../../../src/domain/backlog/readiness';
import { ITEM_TYPE_NAMES } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { estimateFigure, type PointScale } from '../../../src/domain/team/scales';
import { flatTranslate } from '../../components/flat-translate';
import { MoveHandle } from '../../components/MoveHandle';

interface BacklogRowProps {
  item: BacklogItem;
  rank: number;
  /** Place among the rows shown (the filtered list), for assistive tech: only some rows are in the DOM. */
  position: number;
  setSize: number;
  /** Offset from the top of the list, from the virtualizer. */
  top: number;
  /** How far the row is drawn from its place while a row is held by a keyboard move (px). */
  shift: number;
  /** This row is the one held by a keyboard move. */
  held: boolean;
  virtualIndex: number;
  scale: PointScale;
  ready: Readiness;
  /** The owner's name; null when nobody owns the item. */
  owner: string | null;
  onEdit: (item: BacklogItem) => void;
  onDelete: (item: BacklogItem) => void;
  /** Alt+↑ / Alt+↓ on a focused row. */
  onNudge: (item: BacklogItem, by: -1 | 1) => void;
  /** A key on the Reorder handle: Space picks the row up, arrows move it, Space drops, Escape cancels. */
  onHandleKey: (item: BacklogItem, event: KeyboardEvent) => void;
  onHandleBlur: (item: BacklogItem) => void;
  /** The readiness button of a row that is not ready: shows (or hides) what the item misses, below the row. */
  onShowMissing: (item: BacklogItem, button: HTMLElement) => void;
  /** What this item misses is shown (the readiness button is expanded). */
  missingShown: boolean;
}

/** The labels as one line of text, for the tooltip of a row whose chips do not all fit. */
function labelsText(item: BacklogItem): string | undefined {
  const all = [...(item.needsChangeWindow ? ['needs change window'] : []), ...item.labels];
  return all.length > 0 ? all.join(', ') : undefined;
}

/**
 * One backlog item, one row of fixed height: rank, type, the title over its points, readiness, owner and
 * labels, and its actions.
 */
export const BacklogRow = memo(function BacklogRow({
  item,
  rank,
  position,
  setSize,
  top,
  shift,
  held,
  virtualIndex,
  scale,
  ready,
  owner,
  onEdit,
  onDelete,
  onNudge,
  onHandleKey,
  onHandleBlur,
  onShowMissing,
  missingShown,
}: BacklogRowProps) {
  // No transition: rows step aside at once while a row is dragged (an animated transform costs each row
  // a layer of its own; bench/design-notes.ts, note 29).
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useSortable({
    id: item.id,
    transition: null,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onNudge(item, event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      ref={setNodeRef}
      className={`backlog-row${held ? ' is-dragging is-held' : ''}${isDragging ? ' is-drag-source' : ''}`}
      style={{
        top,
        // A pointer drag draws the row's copy in the drag overlay (BacklogList); the row itself marks
        // where it will land.
        transform: shift === 0 ? flatTranslate(transform) : `translateY(${shift}px)`,
      }}
      onKeyDown={onKeyDown}
      data-item-id={item.id}
      data-index={virtualIndex}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <MoveHandle
        label={`Reorder ${item.title}`}
        text="Reorder"
        attributes={attributes}
        listeners={listeners}
        activatorRef={setActivatorNodeRef}
        held={held}
        onKeyDown={(event) => onHandleKey(item, event)}
        onBlur={() => onHandleBlur(item)}
      />
      <BacklogRowContent
        item={item}
        rank={rank}
        scale={scale}
        ready={ready}
        owner={owner}
        onEdit={onEdit}
        onDelete={onDelete}
        onShowMissing={onShowMissing}
        missingShown={missingShown}
      />
    </li>
  );
});

/**
 * The row a pointer drag carries, drawn in the drag overlay above the list (it follows the pointer also
 * while the page scrolls under it): what the row shows, without its controls.
 */
export function DraggedRow({
  item,
  rank,
  scale,
  ready,
  owner,
}: Pick<BacklogRowProps, 'item' | 'rank' | 'scale' | 'ready' | 'owner'>) {
  return (
    <div className="backlog-row backlog-row--overlay drag-copy" aria-hidden="true">
      <span className="drag-handle button-look">⠿ Reorder</span>
      <BacklogRowContent item={item} rank={rank} scale={scale} ready={ready} owner={owner} />
    </div>
  );
}

/** Without onEdit and onDelete (the drag overlay's copy) the row shows no actions, and its readiness is text. */
type BacklogRowContentProps = Pick<BacklogRowProps, 'item' | 'rank' | 'scale' | 'ready' | 'owner'> &
  Partial<Pick<BacklogRowProps, 'onEdit' | 'onDelete' | 'onShowMissing' | 'missingShown'>>;

/**
 * Whether the item is ready to start. Not ready, on a row, it is a button that shows what is missing (BacklogList
 * lays the list over the rows, which keep their height); its name says so.
 */
function ReadinessChip({
  item,
  ready,
  onShowMissing,
  missingShown = false,
}: Pick<BacklogRowContentProps, 'item' | 'ready' | 'onShowMissing' | 'missingShown'>) {
  // Readiness is about starting work; a done item shows that it is done.
  if (item.status === 'done') return <span className="ready-yes">Done</span>;
  if (ready.ready) return <span className="ready-yes">Ready</span>;
  const text = `Not ready (${ready.missing.length} missing)`;
  if (!onShowMissing) return <span className="ready-no">{text}</span>;
  return (
    <button
      type="button"
      className="ready-no readiness-chip"
      aria-label={`${text}: show what is missing for ${item.title}`}
      aria-haspopup="dialog"
      aria-expanded={missingShown}
      onClick={(event) => onShowMissing(item, event.currentTarget)}
    >
      {text}
    </button>
  );
}

/**
 * What a row shows besides its handle. Its own memo: a pointer drag's start and every change of the row it
 * is over render each drawn row's sortable shell again, and this part stays as it is.
 */
const BacklogRowContent = memo(function BacklogRowContent({
  item,
  rank,
  scale,
  ready,
  owner,
  onEdit,
  onDelete,
  onShowMissing,
  missingShown,
}: BacklogRowContentProps) {
  return (
    <>
      <span className="backlog-row__rank" aria-label={`Rank ${rank}`}>
        {rank}
      </span>
      <span className={`type-badge type-badge--${item.type}`}>{ITEM_TYPE_NAMES[item.type]}</span>
      <span className="backlog-row__main">
        <span className="backlog-row__title" title={item.title}>
          {item.title}
        </span>
        <span className="backlog-row__meta">
          <span className="backlog-row__points" title="Story points">
            {item.points === null ? <span className="muted">{NOT_ESTIMATED}</span> : estimateFigure(scale, item.points)}
          </span>
          <ReadinessChip item={item} ready={ready} onShowMissing={onShowMissing} missingShown={missingShown} />
          {/* The name alone, to stay compact; "Owner:" is for a screen reader and the tooltip. */}
          {owner === null ? null : (
            <span className="backlog-row__owner" title={`Owner: ${owner}`}>
              <span className="sr-only">Owner: </span>
              {owner}
            </span>
          )}
          <span className="backlog-row__labels" title={labelsText(item)}>
            {item.needsChangeWindow ? <span className="label-chip label-chip--warn">needs change window</span> : null}
            {item.labels.map((l) => (
              <span key={l} className="label-chip">
                {l}
              </span>
            ))}
          </span>
        </span>
      </span>
      {onEdit && onDelete ? (
        <span className="row-actions">
          <button type="button" onClick={() => onEdit(item)} aria-label={`Edit ${item.title}`}>
            Edit
          </button>
          <button type="button" className="danger" onClick={() => onDelete(item)} aria-label={`Delete ${item.title}`}>
            Delete
          </button>
        </span>
      ) : null}
    </>
  );
});
