'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { LazyVisible } from '@/components/ui/lazy-visible';
import { TextField } from '@/components/ui/text-field';
import type { Billing, Plan } from '@/lib/catalog/types';
import { formatAnnual, formatCount, formatIncrease, formatMoney } from '@/lib/format';
import { costSeries } from '@/lib/pricing/cost-series';
import { defaultChangesPerMonth, DEFAULT_HOURLY_COST, DEFAULT_MINUTES_PER_CHANGE, manualAnnualCost } from '@/lib/pricing/manual-cost';
import { scimIncrease, type ScimIncrease } from '@/lib/pricing/scim-increase';

const CostChart = dynamic(() => import('@/components/charts/cost-chart'), {
  ssr: false,
  loading: () => <div className="h-[320px] animate-pulse rounded bg-surface-sunken" />,
});

const REFERENCE_SIZES = [10, 15, 25];

const subscribeToNothing = () => () => {};

function readUrlState(search: string, plans: readonly Plan[]): { seats?: number; billing?: Billing; fromPlan?: string } {
  const params = new URLSearchParams(search);
  const seats = parseWhole(params.get('seats') ?? '', 1, 100_000) ?? undefined;
  const billingParam = params.get('billing');
  const billing = billingParam === 'monthly' || billingParam === 'annual' ? billingParam : undefined;
  const from = params.get('from');
  return { seats, billing, fromPlan: from && plans.some((plan) => plan.name === from) ? from : undefined };
}
const MAX_SEATS = 100_000;

function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function parseAmount(text: string, max: number): number | null {
  if (!/^\d+(\.\d{1,2})?$/.test(text.trim())) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

function costLabel(result: ScimIncrease['base'] | ScimIncrease['scim']): string {
  if (!result) return '—';
  if (result.cost) return `${formatAnnual(result.cost.amount, result.cost.currency)}${result.cost.billingFallback ? '*' : ''}`;
  return result.plan.price?.model === 'quote' ? 'Quote' : 'Price not stated';
}

/** Team size, billing and current plan controls with the cost table, chart and the cost of staying manual. */
export function CostExplorer({ appName, plans }: { appName: string; plans: Plan[] }) {
  const id = useId();
  // The URL keeps the chosen size, billing and plan so a view can be shared; the server renders the defaults.
  const search = useSyncExternalStore(subscribeToNothing, () => window.location.search, () => '');
  const fromUrl = useMemo(() => readUrlState(search, plans), [search, plans]);
  const [edited, setEdited] = useState<{ seatsText?: string; lastValidSeats?: number; billing?: Billing; fromPlan?: string }>({});
  const [changesText, setChangesText] = useState<string | null>(null);
  const [minutesText, setMinutesText] = useState(String(DEFAULT_MINUTES_PER_CHANGE));
  const [hourlyText, setHourlyText] = useState(String(DEFAULT_HOURLY_COST));

  const seatsText = edited.seatsText ?? String(fromUrl.seats ?? 10);
  const billing = edited.billing ?? fromUrl.billing ?? 'monthly';
  const fromPlan = edited.fromPlan ?? fromUrl.fromPlan ?? '';
  const parsedSeats = parseWhole(seatsText, 1, MAX_SEATS);
  const seats = parsedSeats ?? edited.lastValidSeats ?? fromUrl.seats ?? 10;
  const seatsError = parsedSeats === null ? 'Enter a whole number of users from 1 to 100,000.' : null;
  const setSeatsText = (text: string) => {
    const parsed = parseWhole(text, 1, MAX_SEATS);
    setEdited((current) => ({ ...current, seatsText: text, lastValidSeats: parsed ?? current.lastValidSeats ?? seats }));
  };
  const setBilling = (value: Billing) => setEdited((current) => ({ ...current, billing: value }));
  const setFromPlan = (value: string) => setEdited((current) => ({ ...current, fromPlan: value }));

  useEffect(() => {
    if (Object.keys(edited).length === 0) return; // nothing chosen yet: leave the address as it came
    const url = new URL(window.location.href);
    url.searchParams.set('seats', String(seats));
    url.searchParams.set('billing', billing);
    if (fromPlan) url.searchParams.set('from', fromPlan);
    else url.searchParams.delete('from');
    window.history.replaceState(window.history.state, '', url);
  }, [edited, seats, billing, fromPlan]);

  const sizes = useMemo(() => [...new Set([...REFERENCE_SIZES, seats])], [seats]);
  const rows = useMemo(
    () => sizes.map((size) => scimIncrease({ plans, idps: [] }, size, billing, fromPlan ? { fromPlan } : {})),
    [sizes, plans, billing, fromPlan],
  );
  const chart = useMemo(() => costSeries(plans, billing, [seats]), [plans, billing, seats]);
  const currency = plans.find((plan) => plan.price && plan.price.model !== 'free')?.price?.currency ?? 'USD';
  const anyFallback = rows.some((row) => row.base?.cost?.billingFallback || row.scim?.cost?.billingFallback);

  const defaultChanges = defaultChangesPerMonth(seats);
  const changes = changesText === null ? defaultChanges : parseWhole(changesText, 0, 100_000);
  const minutes = parseWhole(minutesText, 0, 1_440);
  const hourly = parseAmount(hourlyText, 10_000);
  const manual = changes !== null && minutes !== null && hourly !== null ? manualAnnualCost({ changesPerMonth: changes, minutesPerChange: minutes, hourlyCost: hourly }) : null;
  const chosen = rows.find((row) => row.seats === seats);

  return (
    <div className="space-y-6">
      <form className="flex flex-wrap items-end gap-6" onSubmit={(event) => event.preventDefault()} aria-label="Cost controls">
        <TextField id={`${id}-seats`} label="Team size" help="Users on this app, 1 to 100,000" value={seatsText} onChange={setSeatsText} error={seatsError} inputMode="numeric" suffix="users" />
        <fieldset>
          <legend className="text-sm font-medium">Billing</legend>
          <div className="mt-1 inline-flex overflow-hidden rounded border border-line">
            {(['monthly', 'annual'] as const).map((option) => (
              <label key={option} className={`cursor-pointer px-3 py-1 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus ${billing === option ? 'bg-accent text-accent-ink' : 'bg-surface-raised'}`}>
                <input type="radio" name={`${id}-billing`} value={option} checked={billing === option} onChange={() => setBilling(option)} className="sr-only" />
                {option === 'monthly' ? 'Monthly' : 'Annual'}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={`${id}-from`} className="block text-sm font-medium">
            Current plan
          </label>
          <select id={`${id}-from`} value={fromPlan} onChange={(event) => setFromPlan(event.target.value)} className="mt-1 rounded border border-line bg-surface-raised px-2 py-1">
            <option value="">Cheapest paid plan</option>
            {plans.map((plan) => (
              <option key={plan.name} value={plan.name}>
                {plan.name}
              </option>
            ))}
          </select>
        </div>
      </form>

      {/* Focusable so a keyboard can scroll it sideways when the table is wider than its column. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Cost table">
        <table className="data-table" data-testid="cost-table">
          <caption className="mb-2 text-left text-ink-muted">
            Annual cost of {appName} on {billing} billing: {fromPlan ? `from the ${fromPlan} plan` : 'from the cheapest paid plan with a public price'} to the cheapest plan with SCIM above it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Team size</th>
              <th scope="col">{fromPlan ? 'Current plan' : 'Cheapest plan'}</th>
              <th scope="col">Cheapest SCIM plan</th>
              <th scope="col" data-numeric>Annual increase</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.seats} className={row.seats === seats ? 'font-semibold' : undefined} data-testid={`cost-row-${row.seats}`}>
                <th scope="row">
                  {formatCount(row.seats)} users{row.seats === seats && !REFERENCE_SIZES.includes(seats) ? ' (chosen)' : ''}
                </th>
                <td>
                  {row.base ? <span className="text-ink-muted">{row.base.plan.name}: </span> : null}
                  <span className="tabular-nums">{row.base ? costLabel(row.base) : 'No paid plan with a public price'}</span>
                </td>
                <td>
                  {row.scim ? <span className="text-ink-muted">{row.scim.plan.name}: </span> : null}
                  <span className="tabular-nums">{row.scim ? costLabel(row.scim) : 'No plan with SCIM'}</span>
                </td>
                <td data-numeric>{formatIncrease(row.increase, currency, row.scim ? 'Quote needed' : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyFallback ? <p className="mt-2 text-xs text-ink-muted">* The plan states no price for {billing} billing; the other billing&apos;s price is used.</p> : null}
      </div>

      <figure>
        <figcaption className="mb-2 text-sm font-medium">Annual cost ($/yr) by team size (users, log scale), {billing} billing; SCIM plans solid, others dashed</figcaption>
        <LazyVisible height={320} label="Cost chart loading">
          <CostChart series={chart.series} sizes={chart.sizes} chosenSeats={seats} currency={currency} />
        </LazyVisible>
        {chart.unpriced.length > 0 ? (
          <p className="mt-2 text-xs text-ink-muted">
            Not charted: {chart.unpriced.map((plan) => `${plan.planName}${plan.hasScim ? ' (SCIM)' : ''} — ${plan.reason === 'quote' ? 'quote' : 'price not stated'}`).join('; ')}.
          </p>
        ) : null}
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-accent">Chart data as a table</summary>
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Chart data">
            <table className="data-table compact" data-plain>
              <thead>
                <tr>
                  <th scope="col">Users</th>
                  {chart.series.map((line) => (
                    <th key={line.planName} scope="col" data-numeric>
                      {line.planName}
                      {line.hasScim ? ' (SCIM)' : ''}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chart.sizes.map((size) => (
                  <tr key={size}>
                    <th scope="row">{formatCount(size)}</th>
                    {chart.series.map((line) => {
                      const point = line.points.find((candidate) => candidate.seats === size);
                      return (
                        <td key={line.planName} data-numeric>
                          {point ? formatMoney(point.annualCost, currency) : '—'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figure>

      <div className="rounded border border-line p-4">
        <h3 className="font-medium">Cost of staying manual</h3>
        <p className="text-sm text-ink-muted">Provisioning and offboarding {appName} by hand: changes per month × 12 × minutes per change ÷ 60 × hourly cost.</p>
        <div className="mt-3 flex flex-wrap gap-6">
          <TextField
            id={`${id}-changes`}
            label="Changes per month"
            help={`Joiners, movers and leavers; default 3% of ${formatCount(seats)} users, at least 1`}
            value={changesText ?? String(defaultChanges)}
            onChange={setChangesText}
            error={changes === null ? 'Enter a whole number from 0 to 100,000.' : null}
            inputMode="numeric"
          />
          <TextField id={`${id}-minutes`} label="Minutes per change" value={minutesText} onChange={setMinutesText} error={minutes === null ? 'Enter whole minutes from 0 to 1,440.' : null} inputMode="numeric" suffix="min" />
          <TextField id={`${id}-hourly`} label="Admin hourly cost" value={hourlyText} onChange={setHourlyText} error={hourly === null ? 'Enter an amount up to 10,000 with at most two decimals.' : null} inputMode="decimal" suffix={`${currency}/h`} />
        </div>
        <p className="mt-3 text-sm" data-testid="manual-cost" aria-live="polite">
          {manual === null ? (
            'Fix the values above to see the cost.'
          ) : (
            <>
              Staying manual costs <strong className="tabular-nums">{formatAnnual(manual, currency)}</strong> of admin time ({changes} × 12 × {minutes} min ÷ 60 × {formatMoney(hourly ?? 0, currency)}/h)
              {chosen?.increase !== null && chosen?.increase !== undefined ? (
                <>
                  {' '}against <strong className="tabular-nums">{formatIncrease(chosen.increase, currency)}</strong> to reach SCIM at {formatCount(seats)} users.
                </>
              ) : (
                '.'
              )}
            </>
          )}
        </p>
      </div>
    </div>
  );
}
