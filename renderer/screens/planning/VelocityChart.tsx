import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { VelocityRow } from '../../../src/domain/planning/close';
import { useChartTextPx } from '../../components/chart-text';
import { DataTable } from '../../components/DataTable';
import { decimalText, plural, theLast } from '../../../src/domain/shared/words';

const SERIES: { key: keyof VelocityRow; name: string; color: string }[] = [
  { key: 'committed', name: 'Committed', color: '#3d4a5c' },
  { key: 'completedPlanned', name: 'Completed planned', color: '#0b4fb3' },
  { key: 'completedUnplanned', name: 'Completed unplanned', color: '#a3161a' },
  { key: 'bufferReserved', name: 'Buffer reserved', color: '#c99a2e' },
  { key: 'bufferUsed', name: 'Buffer used', color: '#0a6b2f' },
];

/**
 * The recent closed sprints: chart for the room, table for screen readers and exact numbers. The chart
 * shows more sprints than capacity averages over, so the heading says which is which.
 */
export function VelocityChart({
  rows,
  closedCount,
  velocityWindow,
}: {
  rows: VelocityRow[];
  /** How many closed sprints the team has: the chart shows the latest of them. */
  closedCount: number;
  velocityWindow: number;
}) {
  const text = useChartTextPx();
  return (
    <section className="panel" aria-labelledby="velocity-title">
      <h3 id="velocity-title">
        {rows.length === 0
          ? 'Velocity'
          : rows.length < closedCount
            ? `Velocity: the last ${rows.length} of ${closedCount} closed sprints`
            : `Velocity: ${plural(rows.length, 'closed sprint')}`}
      </h3>
      <p className="muted">
        Capacity uses the average of {theLast(velocityWindow, 'closed sprint')} (the velocity window, set under
        Settings).
      </p>
      {rows.length === 0 ? (
        <p className="empty">No closed sprint yet. Close a sprint to start the velocity history.</p>
      ) : (
        <>
          <div className="velocity-chart" aria-hidden="true">
            <BarChart data={rows} responsive style={{ width: '100%', height: 360 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fill: '#0b1220', fontSize: text }} />
              <YAxis tick={{ fill: '#0b1220', fontSize: text }} allowDecimals={false} width={text * 3} />
              <Tooltip />
              <Legend
                itemSorter={null}
                wrapperStyle={{ fontSize: text + 2 }}
                formatter={(value: string) => <span style={{ color: '#0b1220' }}>{value}</span>}
              />
              {SERIES.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          </div>
          <DataTable
            caption="Velocity history in points"
            className="velocity-table"
            columns={['Sprint', ...SERIES.map((s) => s.name), 'Points per person-day']}
          >
            <tbody>
              {rows.map((r) => (
                <tr key={r.sprintId}>
                  <th scope="row">{r.name}</th>
                  {SERIES.map((s) => (
                    <td key={s.key}>{decimalText(Number(r[s.key]))}</td>
                  ))}
                  <td>{r.pointsPerPersonDay === null ? '–' : decimalText(r.pointsPerPersonDay)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
