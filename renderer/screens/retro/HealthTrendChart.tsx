import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { HealthTrendRow } from '../../../src/domain/retro/health';
import { HEALTH_DIMENSIONS, HEALTH_DIMENSION_NAMES } from '../../../src/domain/retro/schema';
import { useChartTextPx } from '../../components/chart-text';

const COLORS = ['#0b4fb3', '#a3161a', '#0a6b2f', '#6b3fa0'] as const;
const DASHES = ['', '8 4', '2 4', '12 4 2 4'] as const;

/** The health trend as lines; the table next to it carries the same figures for screen readers. */
export function HealthTrendChart({ rows }: { rows: readonly HealthTrendRow[] }) {
  const text = useChartTextPx();
  if (rows.length < 2) return null;
  const data = rows.map((r) => ({ name: r.label, ...r.scores }));
  return (
    // As wide as the panel, up to 45 characters: on a phone it fits the screen rather than scroll in its box.
    <div className="health-chart" aria-hidden="true" style={{ maxWidth: text * 45 }}>
      <ResponsiveContainer width="100%" height={text * 15}>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#c4ccd8" strokeDasharray="3 3" />
          <XAxis
            dataKey="name"
            stroke="#0b1220"
            // Every sprint's label where they fit; on a narrow screen some are left out, never drawn over each other.
            interval="preserveStartEnd"
            minTickGap={2}
            padding={{ left: text * 2, right: text * 2 }}
            tick={{ fontSize: text }}
          />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} stroke="#0b1220" width={text * 2} tick={{ fontSize: text }} />
          {/* Above the plot, as on the burndown: on a phone the legend takes two lines and the plot starts below. */}
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: text }} />
          {HEALTH_DIMENSIONS.map((d, i) => (
            <Line
              key={d}
              type="monotone"
              dataKey={d}
              name={HEALTH_DIMENSION_NAMES[d]}
              stroke={COLORS[i]}
              strokeDasharray={DASHES[i]}
              strokeWidth={3}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
