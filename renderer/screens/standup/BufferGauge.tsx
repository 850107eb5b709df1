import type { BufferGauge as Gauge } from '../../../src/domain/board/buffer';
import { pointsFigure } from '../../../src/domain/shared/words';

const LEVEL_TEXT = { ok: 'On track', amber: 'Running low', red: 'Used up' } as const;

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
