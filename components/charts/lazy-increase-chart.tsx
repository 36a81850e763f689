'use client';

import dynamic from 'next/dynamic';
import { LazyVisible } from '@/components/ui/lazy-visible';
import type { IncreaseBar } from './increase-chart';

const IncreaseChart = dynamic(() => import('./increase-chart'), { ssr: false, loading: () => <div className="h-full animate-pulse rounded bg-surface-sunken" /> });

/** Loads the chart code only when the chart scrolls into view. */
export function LazyIncreaseChart({ bars }: { bars: IncreaseBar[] }) {
  const height = Math.max(200, bars.length * 26 + 48);
  return (
    <LazyVisible height={height} label="Chart of the SCIM increase across apps, loading">
      <IncreaseChart bars={bars} />
    </LazyVisible>
  );
}
