/** Chart colours come from the CSS tokens in app/globals.css, so dark mode and print follow them. */
export const CHART_COLORS = [
  'var(--color-chart-1)',
  'var(--color-chart-2)',
  'var(--color-chart-3)',
  'var(--color-chart-4)',
  'var(--color-chart-5)',
  'var(--color-chart-6)',
] as const;

export const chartColor = (index: number) => CHART_COLORS[index % CHART_COLORS.length] ?? 'var(--color-chart-1)';
