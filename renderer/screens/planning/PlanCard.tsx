import { NOT_ESTIMATED } from '../../../src/domain/backlog/vocabulary';
import { useDraggable } from '@dnd-kit/core';
import type { Readiness } from '../../../src/domain/backlog/readiness';
import { ITEM_TYPE_NAMES } from '../../../src/domain/backlog/vocabulary';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { interruptHoursText } from '../../../src/domain/planning/buffer';
import { estimateFigure, type PointScale } from '../../../src/domain/team/scales';
import { OwnerPicker } from '../../components/OwnerPicker';
import { flatTranslate } from '../../components/flat-translate';
import { busyButton } from '../../components/use-submit-once';

interface PlanCardProps {
  item: BacklogItem;
  scale: PointScale;
  ready: Readiness;
  side: 'backlog' | 'sprint';
  /** The closed sprint a backlog card was dropped from at its close (see droppedFrom), else null. */
  droppedFrom?: string | null;
  /** Null when the sprint is closed and nothing can move. */
  onMove: (() => void) | null;
  /** The move is on its way: the button stays focused but busy. */
  moving: boolean;
  /** Null for work poker no longer estimates: done, or in a closed sprint (its result is recorded). */
  onEstimate: (() => void) | null;
}

/** An item on the planning board: drag it with the pointer, or use its buttons from the keyboard. */
export function PlanCard({ item, scale, ready, side, droppedFrom = null, onMove, moving, onEstimate }: PlanCardProps) {
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({
    id: item.id,
    data: { side },
    disabled: onMove === null,
  });
  return (
    <li
      ref={setNodeRef}
      className={`plan-card${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: flatTranslate(transform) }}
      data-item-id={item.id}
      {...listeners}
    >
      <div className="plan-card__top">
        <span className={`type-badge type-badge--${item.type}`}>{ITEM_TYPE_NAMES[item.type]}</span>
        <span className="plan-card__title">{item.title}</span>
        <span className="plan-card__points">
          {item.points !== null
            ? estimateFigure(scale, item.points)
            : (interruptHoursText(item) ?? <span className="muted">{NOT_ESTIMATED}</span>)}
        </span>
      </div>
      <div className="plan-card__meta">
        <OwnerPicker item={item} />
        {/* Dropped at a close, it is still marked unplanned there: here it is backlog work, planned again or not. */}
        {droppedFrom ? <span className="label-chip">dropped from {droppedFrom}</span> : null}
        {item.unplanned && !droppedFrom ? <span className="label-chip label-chip--warn">unplanned</span> : null}
        {item.needsChangeWindow ? <span className="label-chip label-chip--warn">needs change window</span> : null}
        {/* Unplanned work arrives without the Definition of Ready; the plan warnings ask it of planned work only. */}
        {item.unplanned && !droppedFrom ? null : (
          <span className={ready.ready ? 'ready-yes' : 'ready-no'} title={ready.missing.join('\n')}>
            {ready.ready ? 'Ready' : `Not ready (${ready.missing.length} missing)`}
          </span>
        )}
        <span className="row-actions">
          {onEstimate ? (
            <button type="button" onClick={onEstimate} aria-label={`Estimate ${item.title}`}>
              Estimate
            </button>
          ) : null}
          {onMove ? (
            <button
              type="button"
              className={side === 'backlog' ? 'primary' : undefined}
              onClick={onMove}
              {...busyButton(moving)}
              aria-label={
                side === 'backlog' ? `Add ${item.title} to the sprint` : `Remove ${item.title} from the sprint`
              }
            >
              {side === 'backlog' ? 'Add to sprint →' : '← Remove'}
            </button>
          ) : null}
        </span>
      </div>
    </li>
  );
}
