'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatMoney } from '@/lib/format';
import type { CostSeries } from '@/lib/pricing/cost-series';
import { chartColor } from './chart-colors';

/** Annual cost against team size, one line per priced plan; SCIM plans solid and labelled, others dashed. */
export default function CostChart({ series, sizes, chosenSeats, currency }: { series: CostSeries[]; sizes: number[]; chosenSeats: number; currency: string }) {
  const data = sizes.map((seats) => {
    const row: Record<string, number> = { seats };
    for (const line of series) {
      const point = line.points.find((candidate) => candidate.seats === seats);
      if (point) row[line.planName] = point.annualCost;
    }
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="var(--color-chart-grid)" strokeDasharray="3 3" />
        <XAxis
          dataKey="seats"
          type="number"
          scale="log"
          domain={[1, 'dataMax']}
          ticks={sizes.filter((size) => [1, 10, 100, 1000, 10000, 100000].includes(size) || size === chosenSeats)}
          tickFormatter={(value: number) => formatCount(value)}
          stroke="var(--color-ink-muted)"
          label={{ value: 'Team size (users, log scale)', position: 'insideBottom', offset: -16, fill: 'var(--color-ink-muted)' }}
        />
        <YAxis width={80} tickFormatter={(value: number) => formatMoney(value, currency)} stroke="var(--color-ink-muted)" />
        <Tooltip
          formatter={(value, name) => [`${formatMoney(Number(value), currency)}/yr`, String(name)]}
          labelFormatter={(label) => `${formatCount(Number(label))} users`}
          contentStyle={{ background: 'var(--color-surface-raised)', borderColor: 'var(--color-line)', color: 'var(--color-ink)' }}
        />
        <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 12 }} />
        <ReferenceLine x={chosenSeats} stroke="var(--color-ink-muted)" strokeDasharray="4 2" label={{ value: `${formatCount(chosenSeats)} users`, fill: 'var(--color-ink-muted)', position: 'insideTopRight', fontSize: 12 }} />
        {series.map((line, index) => (
          <Line
            key={line.planName}
            dataKey={line.planName}
            name={line.hasScim ? `${line.planName} (SCIM)` : line.planName}
            stroke={chartColor(index)}
            strokeWidth={line.hasScim ? 3 : 1.5}
            strokeDasharray={line.hasScim ? undefined : '5 4'}
            dot={line.hasScim}
            connectNulls
            type="linear"
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
