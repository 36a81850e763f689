'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/lib/format';

export interface OptionBar {
  label: string;
  /** Extra annual cost; null when unknown (not drawn). */
  cost: number | null;
  feasible: boolean;
  recommended: boolean;
}

/** The extra annual cost of each option; the recommendation in the accent colour, infeasible options grey. */
export default function OptionsChart({ bars, currency }: { bars: OptionBar[]; currency: string }) {
  // Unknown costs get no bar and say so in words: never drawn as $0.
  const data = bars.map((bar) => ({
    ...bar,
    value: bar.cost ?? 0,
    labelText: `${bar.cost === null ? 'unknown' : formatMoney(bar.cost, currency)}${bar.feasible ? '' : ' (not feasible)'}`,
  }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, bars.length * 32 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 150, bottom: 20, left: 8 }}>
        <CartesianGrid stroke="var(--color-chart-grid)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(value: number) => formatMoney(value, currency)} stroke="var(--color-ink-muted)" label={{ value: 'Extra cost per year ($/yr)', position: 'insideBottom', offset: -12, fill: 'var(--color-ink-muted)' }} />
        <YAxis type="category" dataKey="label" width={150} interval={0} stroke="var(--color-ink-muted)" tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value, _name, item) => [(item.payload as OptionBar).cost === null ? 'Unknown (quote needed)' : `${formatMoney(Number(value), currency)}/yr`, 'Extra']} contentStyle={{ background: 'var(--color-surface-raised)', borderColor: 'var(--color-line)', color: 'var(--color-ink)' }} />
        <Bar dataKey="value" name="Extra per year">
          {data.map((bar) => (
            <Cell key={bar.label} fill={bar.recommended ? 'var(--color-chart-1)' : bar.feasible ? 'var(--color-chart-5)' : 'var(--color-chart-grid)'} />
          ))}
          <LabelList dataKey="labelText" position="right" fill="var(--color-ink)" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
