import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { IdpSupportBadge } from '@/components/catalog/idp-support-badge';
import { ScimPositionBadge } from '@/components/catalog/scim-position-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TriState } from '@/components/ui/tri-state';
import { DISPLAYED_IDPS, IDP_SHORT_NAMES, idpSupportLevel } from '@/lib/catalog/idps';
import { billingSchema, seatsSchema } from '@/lib/catalog/schemas';
import { scimPosition } from '@/lib/catalog/summary';
import { minimumScimCost } from '@/lib/catalog/verdict';
import { describePrice, formatAnnual, formatCount, formatIncrease } from '@/lib/format';
import { firstPlanWith } from '@/lib/pricing/cheapest-plan';
import { scimIncrease } from '@/lib/pricing/scim-increase';
import type { AppProfile } from '@/db/queries/apps';
import { getAppNames, getProfile } from '@/lib/server/catalog';

export const metadata: Metadata = {
  title: 'Compare SCIM plans side by side',
  description: 'Up to four SaaS apps side by side: plans, the first SSO and SCIM plans, the cost of SCIM at your team size and each identity provider’s support.',
};

// Blocking on purpose: the comparison arrives in the first HTML, so it works and prints without JavaScript.
export const instant = false;

const MAX_APPS = 4;
const compareQuerySchema = z.object({
  seats: z.preprocess((value) => (value === '' ? undefined : value), seatsSchema.default(10)),
  billing: z.preprocess((value) => (value === '' ? undefined : value), billingSchema.default('monthly')),
});

/** `apps=a,b` and `apps=a&apps=b` both work (the catalog's checkboxes send the second form). */
function requestedSlugs(raw: string | string[] | undefined): string[] {
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return [...new Set(values.flatMap((value) => value.split(',')).map((slug) => slug.trim().toLowerCase()).filter(Boolean))];
}

async function Comparison({ searchParams }: { searchParams: PageProps<'/compare'>['searchParams'] }) {
  const raw = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[value.length - 1] : value);
  const parsed = compareQuerySchema.safeParse({ seats: single(raw.seats) ?? '', billing: single(raw.billing) ?? '' });
  const { seats, billing } = parsed.success ? parsed.data : { seats: 10, billing: 'monthly' as const };
  const slugs = requestedSlugs(raw.apps);
  const tooMany = slugs.length > MAX_APPS;
  const [names, ...profiles] = await Promise.all([getAppNames(), ...slugs.slice(0, MAX_APPS).map((slug) => getProfile(slug))]);
  const found = profiles.filter((profile) => profile !== null);
  const unknown = slugs.slice(0, MAX_APPS).filter((slug, index) => profiles[index] === null);
  const pickerSlots = [...found.map((profile) => profile.slug), ...Array(Math.max(0, MAX_APPS - found.length)).fill('')] as string[];

  return (
    <>
      <form method="get" action="/compare" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6" aria-label="Choose apps to compare">
        {pickerSlots.map((slug, index) => (
          <div key={index} className="lg:col-span-1">
            <label htmlFor={`compare-app-${index}`} className="text-sm font-medium">App {index + 1}</label>
            <select id={`compare-app-${index}`} name="apps" defaultValue={slug} className="mt-1 w-full rounded border border-line bg-surface-raised px-2 py-1.5 text-sm">
              <option value="">—</option>
              {names.map((app) => (
                <option key={app.slug} value={app.slug}>{app.name}</option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="compare-seats" className="text-sm font-medium">Team size</label>
          <input id="compare-seats" name="seats" type="text" inputMode="numeric" defaultValue={String(seats)} className="mt-1 w-full rounded border border-line bg-surface-raised px-2 py-1.5 text-sm" aria-describedby={!parsed.success ? 'compare-error' : undefined} />
        </div>
        <div>
          <label htmlFor="compare-billing" className="text-sm font-medium">Billing</label>
          <select id="compare-billing" name="billing" defaultValue={billing} className="mt-1 w-full rounded border border-line bg-surface-raised px-2 py-1.5 text-sm">
            <option value="monthly">Monthly</option>
            <option value="annual">Annual</option>
          </select>
        </div>
        <div className="flex items-end sm:col-span-2 lg:col-span-6">
          <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink hover:opacity-90">Compare</button>
        </div>
      </form>
      {!parsed.success ? <p id="compare-error" className="mt-3 text-sm text-danger">{parsed.error.issues[0]?.message} Showing 10 users, monthly billing.</p> : null}
      {tooMany ? <p className="mt-3 text-sm text-danger">At most {MAX_APPS} apps can be compared; showing the first {MAX_APPS}.</p> : null}
      {unknown.length > 0 ? <p className="mt-3 text-sm text-danger">Not in the catalog: {unknown.join(', ')}.</p> : null}

      {found.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-line p-6 text-center">Choose apps above, or tick them in the <Link prefetch={false} href="/apps">catalog</Link>.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full min-w-[640px] text-sm" data-testid="compare-table">
            <caption className="mb-2 text-left text-ink-muted">Costs at {formatCount(seats)} users, {billing} billing.</caption>
            <thead className="border-b border-line text-left">
              <tr>
                <th scope="col" className="sticky left-0 bg-surface py-2 pr-3 font-medium"><span className="sr-only">Attribute</span></th>
                {found.map((profile) => (
                  <th key={profile.slug} scope="col" className="py-2 pr-3 font-semibold">
                    <Link prefetch={false} href={`/apps/${profile.slug}`}>{profile.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {([
                ['Category', (profile: (typeof found)[number]) => profile.category],
                ['Where SCIM sits', (profile: (typeof found)[number]) => <ScimPositionBadge position={scimPosition(profile.plans)} />],
                ['First plan with SSO', (profile: (typeof found)[number]) => firstPlanWith(profile, { sso: true })?.name ?? <TriState value={null} />],
                ['First plan with SCIM', (profile: (typeof found)[number]) => firstPlanWith(profile, { scim: true })?.name ?? <TriState value={null} />],
                [
                  `SCIM plan at ${formatCount(seats)} users`,
                  (profile: (typeof found)[number]) => {
                    const result = scimIncrease(profile, seats, billing);
                    if (!result.scim) return 'No SCIM plan';
                    const fallback = result.scim.cost?.billingFallback ? ` (${billing === 'monthly' ? 'annual' : 'monthly'} price; no ${billing} price stated)` : '';
                    return `${result.scim.plan.name}: ${result.scim.cost ? formatAnnual(result.scim.cost.amount) : result.scim.plan.price?.model === 'quote' ? 'Quote' : 'Price not stated'}${fallback}`;
                  },
                ],
                [
                  'Annual increase',
                  (profile: (typeof found)[number]) => {
                    const result = scimIncrease(profile, seats, billing);
                    return result.base ? `${formatIncrease(result.increase, 'USD', 'Quote needed')} from ${result.base.plan.name}` : formatIncrease(result.increase, 'USD', result.scim ? 'Unknown' : '—');
                  },
                ],
                [
                  'Minimum annual cost of SCIM',
                  (profile: (typeof found)[number]) => {
                    const minimum = minimumScimCost(profile);
                    return minimum ? `${formatAnnual(minimum.annualCost)} (${minimum.planName})` : firstPlanWith(profile, { scim: true }) ? 'Quote' : '—';
                  },
                ],
                [
                  'Plans',
                  (profile: (typeof found)[number]) => (
                    <ul className="space-y-1">
                      {[...profile.plans].sort((a, b) => a.rank - b.rank).map((plan) => (
                        <li key={plan.name}>
                          <span className="font-medium">{plan.name}</span>
                          {plan.scim ? <span className="text-status-free"> · SCIM</span> : null}: {describePrice(plan.price)}
                        </li>
                      ))}
                    </ul>
                  ),
                ],
                ...DISPLAYED_IDPS.map(
                  (idp) =>
                    [
                      IDP_SHORT_NAMES[idp],
                      (profile: (typeof found)[number]) => <IdpSupportBadge level={idpSupportLevel(profile.idps.find((capability) => capability.idp === idp))} />,
                    ] as const,
                ),
              ] as [string, (profile: AppProfile) => React.ReactNode][]).map(([label, render]) => (
                <tr key={String(label)} className="border-b border-line/60 align-top">
                  <th scope="row" className="sticky left-0 bg-surface py-2 pr-3 text-left font-medium">{label}</th>
                  {found.map((profile) => (
                    <td key={profile.slug} className="py-2 pr-3">{render(profile)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export default function ComparePage({ searchParams }: PageProps<'/compare'>) {
  return (
    <>
      <Breadcrumbs items={[{ href: '/apps', label: 'Apps' }, { label: 'Compare' }]} />
      <h1 className="mt-2 text-2xl font-semibold">Compare SCIM plans</h1>
      <div className="mt-6">
        <Comparison searchParams={searchParams} />
      </div>
    </>
  );
}
