'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/lib/format';

export interface IncreaseBar {
  name: string;
  increase: number;
  from: string;
  to: string;
}

/** Horizontal bars of the annual SCIM increase per app at 10 users. */
export default function IncreaseChart({ bars }: { bars: IncreaseBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, bars.length * 26 + 48)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="var(--color-chart-grid)" strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatMoney(value)}
          stroke="var(--color-ink-muted)"
          label={{ value: 'Annual increase at 10 users ($/yr)', position: 'insideBottom', offset: -16, fill: 'var(--color-ink-muted)' }}
        />
        <YAxis type="category" dataKey="name" width={150} interval={0} stroke="var(--color-ink-muted)" tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value) => [`+${formatMoney(Number(value))}/yr`, 'Increase']}
          labelFormatter={(label, payload) => {
            const bar = payload?.[0]?.payload as IncreaseBar | undefined;
            return bar ? `${String(label)}: ${bar.from} → ${bar.to}` : String(label);
          }}
          contentStyle={{ background: 'var(--color-surface-raised)', borderColor: 'var(--color-line)', color: 'var(--color-ink)' }}
        />
        <Bar dataKey="increase" name="Annual increase" fill="var(--color-chart-1)" />
      </BarChart>
    </ResponsiveContainer>
  );
}
