import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { formatMetricValue, metricDelta } from '../../../../src/domain/review/metrics';
import type { MetricBlock } from '../../../../src/domain/review/schema';

const VERDICT_TEXT = { better: 'better', worse: 'worse', same: 'no change' } as const;

/** Before and after as two bars, with the signed change coloured by whether it is an improvement. */
export function MetricView({ block, large = false }: { block: MetricBlock; large?: boolean }) {
  const delta = metricDelta(block);
  const data = [
    { label: 'Before', value: block.before },
    { label: 'After', value: block.after },
  ];
  const before = formatMetricValue(block.before, block.unit);
  const after = formatMetricValue(block.after, block.unit);
  return (
    <figure className="metric">
      <figcaption>
        <span className="metric__name">{block.name}</span>
        <span className="metric__values">
          {before} → {after}
        </span>
        <span className={`metric__delta metric__delta--${delta.verdict}`} data-testid="metric-delta">
          {delta.label} ({VERDICT_TEXT[delta.verdict]}, {block.better} is better)
        </span>
      </figcaption>
      <div aria-hidden="true">
        <BarChart width={large ? 640 : 420} height={large ? 300 : 200} data={data} accessibilityLayer={false}>
          <XAxis dataKey="label" tick={{ fill: '#0b1220', fontSize: large ? 22 : 16 }} />
          <YAxis hide domain={[0, 'auto']} />
          <Bar dataKey="value" isAnimationActive={false}>
            <Cell fill="#5b6778" />
            <Cell fill={delta.verdict === 'worse' ? '#a3161a' : '#0a6b2f'} />
            <LabelList dataKey="value" position="insideTop" fill="#ffffff" fontSize={large ? 22 : 16} />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
