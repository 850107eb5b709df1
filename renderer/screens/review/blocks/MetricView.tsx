import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatMetricValue, metricDelta, VERDICT_WORDS } from '../../../../src/domain/review/metrics';
import type { MetricBlock } from '../../../../src/domain/review/schema';
import { useChartTextPx } from '../../../components/chart-text';

/** Presenter mode's chart text, a little above the projector's 24 px minimum. */
const PRESENTER_TEXT_PX = 26;
const ZERO_BAR_PX = 4;

/** Before and after as two bars, with the signed change coloured by whether it is an improvement. */
export function MetricView({ block, large = false }: { block: MetricBlock; large?: boolean }) {
  const delta = metricDelta(block);
  const data = [
    { label: 'Before', value: block.before },
    { label: 'After', value: block.after },
  ];
  const before = formatMetricValue(block.before, block.unit);
  const after = formatMetricValue(block.after, block.unit);
  const screenText = useChartTextPx();
  const text = large ? PRESENTER_TEXT_PX : screenText;
  // A value below zero (a metric that went negative, or one that is itself a change) hangs from a drawn zero line,
  // with room under the plot for its value, which is written below its bar, clear of "Before" and "After".
  const belowZero = Math.min(block.before, block.after) < 0;
  return (
    <figure className="metric">
      <figcaption>
        <span className="metric__name">{block.name}</span>
        <span className="metric__values">
          {before} → {after}
        </span>
        <span className={`metric__delta metric__delta--${delta.verdict}`} data-testid="metric-delta">
          {delta.label} ({VERDICT_WORDS[delta.verdict]}, {block.better} is better)
        </span>
      </figcaption>
      <div aria-hidden="true">
        <BarChart
          width={large ? 640 : 420}
          height={large ? 320 : 220}
          data={data}
          accessibilityLayer={false}
          margin={{ top: text + 8, right: 8, bottom: 0, left: 8 }}
        >
          <XAxis dataKey="label" tick={{ fill: '#0b1220', fontSize: text }} axisLine={!belowZero} />
          <YAxis
            hide
            domain={belowZero ? ['dataMin', (highest: number) => Math.max(0, highest)] : [0, 'auto']}
            padding={{ top: 0, bottom: belowZero ? text + 8 : 0 }}
          />
          {belowZero ? <ReferenceLine y={0} stroke="#0b1220" strokeWidth={2} /> : null}
          {/* A value of 0 still gets a sliver of a bar, and every value is written beyond its bar's end. */}
          <Bar dataKey="value" isAnimationActive={false} minPointSize={ZERO_BAR_PX}>
            <Cell fill="#5b6778" />
            <Cell fill={delta.verdict === 'worse' ? '#a3161a' : '#0a6b2f'} />
            <LabelList
              dataKey="value"
              position="top"
              fill="#0b1220"
              fontSize={text}
              formatter={(value) => (typeof value === 'number' ? formatMetricValue(value, '') : value)}
            />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
