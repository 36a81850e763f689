import type { AppHosting, Plan } from '../catalog/types';
import { formatCount } from '../format';

export const HOSTING_PHRASES: Readonly<Record<AppHosting, string>> = {
  cloud: 'in the cloud',
  'self-hosted': 'self-hosted',
};

/** "Pro", "Pro and Enterprise", "Team, Pro and Enterprise". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Plan names as an English list: "Pro and Enterprise". */
export function planNames(plans: readonly Pick<Plan, 'name'>[]): string {
  return listNames(plans.map((plan) => plan.name));
}

/** "1 user", "1,200 users". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** Money is summed in whole cents so totals and differences stay exact. */
export const toCents = (amount: number) => Math.round(amount * 100);
export const fromCents = (cents: number) => cents / 100;
