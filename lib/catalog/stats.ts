import { scimIncrease } from '../pricing/scim-increase';
import { scimPosition, type ScimPosition } from './summary';
import type { AppRecord } from './types';

export interface CatalogStats {
  appsTracked: number;
  byPosition: Record<ScimPosition, number>;
  /** Apps whose SCIM sits on an enterprise-only tier, as a share of all tracked apps (0–1). */
  enterpriseOnlyShare: number;
  /** Median annual increase to reach SCIM at 10 users (monthly billing) over apps where both prices are public. */
  medianIncreaseAt10: number | null;
  appsWithKnownIncrease: number;
  /** Largest increases at 10 users, for the landing chart. */
  largestIncreases: { slug: string; name: string; increase: number; from: string; to: string }[];
}

/** The median of a list of numbers; null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Headline figures across the catalog at 10 users on monthly billing. */
export function catalogStats(apps: readonly Pick<AppRecord, 'slug' | 'name' | 'plans' | 'idps'>[], topCount = 20): CatalogStats {
  const byPosition: Record<ScimPosition, number> = { entry: 0, mid: 0, enterprise: 0, not_offered: 0, not_stated: 0 };
  const increases: CatalogStats['largestIncreases'] = [];
  for (const app of apps) {
    byPosition[scimPosition(app.plans)] += 1;
    const result = scimIncrease(app, 10, 'monthly');
    if (result.increase !== null && result.base && result.scim) {
      increases.push({ slug: app.slug, name: app.name, increase: result.increase, from: result.base.plan.name, to: result.scim.plan.name });
    }
  }
  return {
    appsTracked: apps.length,
    byPosition,
    enterpriseOnlyShare: apps.length === 0 ? 0 : byPosition.enterprise / apps.length,
    medianIncreaseAt10: median(increases.map((entry) => entry.increase)),
    appsWithKnownIncrease: increases.length,
    largestIncreases: increases.filter((entry) => entry.increase > 0).sort((a, b) => b.increase - a.increase || a.name.localeCompare(b.name)).slice(0, topCount),
  };
}
