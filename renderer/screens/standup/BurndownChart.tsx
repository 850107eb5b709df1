import { memo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Burndown } from '../../../src/domain/board/burndown';
import { useChartTextPx } from '../../components/chart-text';
import { pointsText } from '../../../src/domain/shared/words';
import { DataTable } from '../../components/DataTable';

const IDLE_TEXT = { weekend: 'weekend', off: 'not a working day', holiday: 'holiday' } as const;

/** A dash to the eye, and to a screen reader the words it stands for (it would read "em dash"). */
function Dash({ says }: { says: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{says}</span>
    </>
  );
}

/** A figure of the table in words, "1.5 points" (read aloud as such, unlike "pts"); a dash for a day still ahead. */
const pointsCell = (n: number | null) => (n === null ? <Dash says="not yet" /> : pointsText(n));

/**
 * Memoized by value: the burndown is recomputed whenever a card moves, but its points change only when
 * work is done, and redrawing the chart is the costliest part of a board update.
 */
export const BurndownChart = memo(BurndownChartView, (a, b) => JSON.stringify(a.data) === JSON.stringify(b.data));

/**
 * Planned points left against the ideal line, unplanned work as bars, scope changes marked; with a table.
 * Not animated (like the other charts): a redrawn line would animate for a second and a half on every
 * frame while the facilitator keeps moving cards.
 */
function BurndownChartView({ data }: { data: Burndown }) {
  const rows = data.points.map((p) => ({ ...p, key: p.date || 'start' }));
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const text = useChartTextPx();
  return (
    <section className="panel burndown" aria-labelledby="burndown-title">
      <h3 id="burndown-title">Burndown</h3>
      <p className="muted">
        Committed {pointsText(data.committed)}. The ideal line stays flat on weekends, other days the team does not work
        and holidays (a freeze is a working day); dashed markers are scope changes.
      </p>
      <div className="burndown__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={text * 16}>
          <ComposedChart
            accessibilityLayer={false}
            data={rows}
            margin={{ top: text / 2, right: 24, bottom: 8, left: 0 }}
          >
            <CartesianGrid stroke="#c5ccd8" strokeDasharray="3 3" />
            <XAxis
              dataKey="key"
              tickFormatter={(key: string) => labelOf.get(key) ?? key}
              tick={{ fill: '#0b1220', fontSize: text }}
              // Every day's label where they fit; on a narrow screen some are left out, never drawn over each other.
              interval="preserveStartEnd"
              minTickGap={2}
              angle={-30}
              dy={8}
              height={text * 3}
            />
            <YAxis tick={{ fill: '#0b1220', fontSize: text }} allowDecimals={false} width={text * 3} />
            <Tooltip labelFormatter={(key) => labelOf.get(String(key)) ?? String(key)} />
            {/* No fixed height: on a phone the legend takes two lines, and the plot starts below them. */}
            <Legend verticalAlign="top" wrapperStyle={{ fontSize: text }} />
            <Bar
              dataKey="unplanned"
              name="Unplanned work (points)"
              fill="#b35c00"
              barSize={14}
              isAnimationActive={false}
            />
            <Line
              dataKey="ideal"
              name="Ideal"
              stroke="#3d4a5c"
              strokeDasharray="6 4"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              dataKey="remaining"
              name="Planned points left"
              stroke="#0b4fb3"
              strokeWidth={3}
              connectNulls={false}
              isAnimationActive={false}
            />
            {rows
              .filter((r) => r.scopeChanges.length > 0)
              .map((r) => (
                <ReferenceLine
                  key={r.key}
                  x={r.key}
                  stroke="#a3161a"
                  strokeDasharray="4 3"
                  label={{ value: `Scope ${r.scopeChanges.length}`, fill: '#a3161a', position: 'top', fontSize: text }}
                />
              ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Burndown as a table</summary>
        <DataTable caption="Burndown by day" columns={['Day', 'Ideal', 'Planned left', 'Unplanned', 'Scope changes']}>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date || 'start'}>
                <th scope="row">
                  {r.label}
                  {r.idle ? <span className="muted"> ({IDLE_TEXT[r.idle]})</span> : null}
                </th>
                <td>{pointsCell(r.ideal)}</td>
                <td>{pointsCell(r.remaining)}</td>
                <td>{pointsCell(r.unplanned)}</td>
                <td>{r.scopeChanges.length > 0 ? r.scopeChanges.join('; ') : <Dash says="none" />}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </section>
  );
}
