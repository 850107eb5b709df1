import {
  bufferGauge,
  bufferUsedPoints,
  type BufferGauge as Gauge,
  type BufferSettings,
} from '../../../src/domain/board/buffer';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { Sprint } from '../../../src/domain/planning/schema';
import { pointsFigure } from '../../../src/domain/shared/words';

const LEVEL_TEXT = { ok: 'On track', amber: 'Running low', red: 'Used up' } as const;

/** The sprint's interrupt buffer: what its commitment reserved, and what its unplanned items have used. */
export function sprintBuffer(items: readonly BacklogItem[], sprint: Sprint, settings: BufferSettings): Gauge {
  return bufferGauge(sprint.commitment?.bufferPoints ?? 0, bufferUsedPoints(items, sprint, settings));
}

/**
 * The gauge in one sentence, for the message that confirms an interrupt: "Interrupt buffer running low: 6.5 pts of
 * 8 pts used, 1.5 pts left." Logged during the standup, the interrupt burns the buffer away from the gauge's tab.
 */
export function bufferSentence(gauge: Gauge): string {
  const state = `Interrupt buffer ${LEVEL_TEXT[gauge.level].toLowerCase()}`;
  if (gauge.reserved <= 0) return `${state}: none was reserved for this sprint, ${pointsFigure(gauge.used)} used.`;
  const used = `${pointsFigure(gauge.used)} of ${pointsFigure(gauge.reserved)} used`;
  const rest =
    gauge.remaining < 0 ? `over by ${pointsFigure(-gauge.remaining)}` : `${pointsFigure(gauge.remaining)} left`;
  return `${state}: ${used}, ${rest}.`;
}

/** Reserved vs used vs remaining interrupt buffer, amber from 75% used and red once spent. */
export function BufferGauge({ gauge, committed }: { gauge: Gauge; committed: boolean }) {
  const usedPct = gauge.reserved > 0 ? Math.min(100, (gauge.used / gauge.reserved) * 100) : gauge.used > 0 ? 100 : 0;
  return (
    <section className={`panel buffer buffer--${gauge.level}`} aria-labelledby="buffer-title">
      <h3 id="buffer-title">
        Interrupt buffer{' '}
        <span className={`buffer__state buffer__state--${gauge.level}`}>{LEVEL_TEXT[gauge.level]}</span>
      </h3>
      <div className="buffer__bar" aria-hidden="true">
        <div className="buffer__used" style={{ width: `${usedPct}%` }} />
      </div>
      <dl className="buffer__figures">
        <div>
          <dt>Reserved</dt>
          <dd>{pointsFigure(gauge.reserved)}</dd>
        </div>
        <div>
          <dt>Used</dt>
          <dd>{pointsFigure(gauge.used)}</dd>
        </div>
        <div>
          <dt>{gauge.remaining < 0 ? 'Over by' : 'Remaining'}</dt>
          <dd>{pointsFigure(Math.abs(gauge.remaining))}</dd>
        </div>
      </dl>
      {committed ? null : (
        <p className="muted">
          This sprint was started without a commitment snapshot, so no buffer was reserved; any interrupt overspends it.
        </p>
      )}
    </section>
  );
}
