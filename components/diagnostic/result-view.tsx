'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { LazyVisible } from '@/components/ui/lazy-visible';
import type { OptionBar } from '@/components/charts/options-chart';
import { toDiagnosticRequest, type QuestionnaireAnswers } from '@/lib/diagnostic/questionnaire';
import { diagnosticResultToCsv } from '@/lib/diagnostic/result-csv';
import type { AppDiagnostic, DiagnosticRequest, DiagnosticResult, OptionCode } from '@/lib/diagnostic/types';
import { formatAnnual, formatCount, formatIncrease, formatMoney } from '@/lib/format';

const OptionsChart = dynamic(() => import('@/components/charts/options-chart'), { ssr: false, loading: () => <div className="h-[200px] animate-pulse rounded bg-surface-sunken" /> });

const OPTION_WORDS: Record<OptionCode, string> = {
  native: 'Native (already covered)',
  upgrade: 'Upgrade the plan',
  outside: 'Automate outside the app',
  manual: 'Stay manual',
};

const RECOMMENDATION_WORDS: Record<OptionCode, string> = { native: 'Native', upgrade: 'Upgrade', outside: 'Outside', manual: 'Manual' };

class DiagnosticRequestError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string[]>,
  ) {
    super(message);
  }
}

async function runDiagnostic(request: DiagnosticRequest): Promise<DiagnosticResult> {
  const response = await fetch('/api/v1/diagnostic', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { message?: string; fields?: Record<string, string[]> } } | null)?.error;
    throw new DiagnosticRequestError(error?.message ?? `The diagnostic failed (${response.status})`, error?.fields ?? {});
  }
  return body as DiagnosticResult;
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const extraText = (cost: number | null, currency: string, code?: OptionCode) =>
  cost === null ? 'Quote needed' : code === 'manual' ? `${formatAnnual(cost, currency)} of admin time` : formatIncrease(cost, currency);

/** Sorted by extra cost, largest first; unknown extras (quotes) last. */
function byExtraCost(a: AppDiagnostic, b: AppDiagnostic): number {
  const costA = a.recommendation.extraAnnualCost;
  const costB = b.recommendation.extraAnnualCost;
  if (costA === null || costB === null) return costA === costB ? a.name.localeCompare(b.name) : costA === null ? 1 : -1;
  return costB - costA || a.name.localeCompare(b.name);
}

function AppResult({ app }: { app: AppDiagnostic }) {
  const bars: OptionBar[] = app.options.map((option) => ({
    label: OPTION_WORDS[option.code],
    cost: option.extraAnnualCost,
    feasible: option.feasible,
    recommended: option.code === app.recommendation.code,
  }));
  return (
    <section aria-labelledby={`result-${app.slug}`} className="break-inside-avoid rounded border border-line p-4" data-testid={`result-${app.slug}`}>
      <p className="text-sm text-ink-muted">
        {app.name} · {app.currentPlan} · {formatCount(app.users)} users
        {app.currentAnnualCost !== null ? ` · today ${formatAnnual(app.currentAnnualCost, app.currency)}` : ' · today’s price not stated'}
      </p>
      <h3 id={`result-${app.slug}`} className="mt-1 text-lg font-semibold" data-testid="recommendation-title">
        {app.recommendation.title}
      </h3>
      <p className="text-sm">
        Recommendation: <strong>{RECOMMENDATION_WORDS[app.recommendation.code]}</strong>
        {app.recommendation.plan ? ` (${app.recommendation.plan})` : ''} · extra per year:{' '}
        <strong className="tabular-nums">{extraText(app.recommendation.extraAnnualCost, app.currency, app.recommendation.code)}</strong>
      </p>
      <h4 className="mt-3 text-sm font-medium">Why</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {app.recommendation.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {app.gaps.length > 0 ? (
        <>
          <h4 className="mt-3 text-sm font-medium">Gaps</h4>
          <ul className="mt-1 space-y-1 text-sm" data-testid="gaps">
            {app.gaps.map((gap) => (
              <li key={gap.code + gap.message}>
                <code className="rounded bg-surface-sunken px-1 text-xs">{gap.code}</code> {gap.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 className="mt-3 text-sm font-medium">Options compared</h4>
      <div className="mt-1 overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="border-b border-line text-left">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Option</th>
              <th scope="col" className="py-1 pr-3 font-medium">Feasible</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Extra per year</th>
              <th scope="col" className="hidden py-1 font-medium sm:table-cell">How</th>
            </tr>
          </thead>
          <tbody>
            {app.options.map((option) => (
              <tr key={option.code} className={`border-b border-line/60 align-top ${option.code === app.recommendation.code ? 'font-semibold' : ''}`}>
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {OPTION_WORDS[option.code]}
                  {option.plan ? ` (${option.plan})` : ''}
                  <span className="mt-1 block text-xs font-normal text-ink-muted sm:hidden">{option.explanation}</span>
                </th>
                <td className="py-1 pr-3">{option.feasible ? 'Yes' : 'No'}</td>
                <td className="py-1 pr-3 text-right tabular-nums">
                  {option.extraAnnualCost === null ? (option.feasible ? 'Unknown' : '—') : formatAnnual(option.extraAnnualCost, app.currency)}
                </td>
                <td className="hidden py-1 font-normal text-ink-muted sm:table-cell">{option.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure className="no-print mt-3">
        <figcaption className="sr-only">Extra annual cost of each option; the table above has the same figures.</figcaption>
        <LazyVisible height={200} label="Options chart loading">
          <OptionsChart bars={bars} currency={app.currency} />
        </LazyVisible>
      </figure>
    </section>
  );
}

/** The result page: stack summary and totals, then each app's recommendation, reasons, gaps and options. */
export function ResultView({ answers, onEdit, idpName }: { answers: QuestionnaireAnswers; onEdit: (step: number) => void; idpName: string }) {
  const request = toDiagnosticRequest(answers);
  const result = useQuery({ queryKey: ['diagnostic', request], queryFn: () => runDiagnostic(request), staleTime: 60_000, retry: false });

  if (result.isPending) {
    return (
      <div aria-busy="true" aria-label="Working out the recommendation" className="mt-4 space-y-3">
        <div className="h-24 animate-pulse rounded bg-surface-sunken" />
        <div className="h-48 animate-pulse rounded bg-surface-sunken" />
      </div>
    );
  }
  if (result.isError) {
    const error = result.error;
    return (
      <div role="alert" className="mt-4 rounded border border-danger p-4">
        <p className="font-medium">The diagnostic could not run: {error.message}</p>
        {error instanceof DiagnosticRequestError && Object.keys(error.fields).length > 0 ? (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {Object.entries(error.fields).map(([field, messages]) => (
              <li key={field}>
                {field}: {messages.join('; ')}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="mt-3 flex gap-3">
          <button type="button" onClick={() => void result.refetch()} className="rounded border border-line px-3 py-1.5 text-sm">
            Try again
          </button>
          <button type="button" onClick={() => onEdit(1)} className="rounded border border-line px-3 py-1.5 text-sm">
            Check the answers
          </button>
        </div>
      </div>
    );
  }

  const data = result.data;
  const totals = data.totals;
  const currency = totals.currency ?? 'USD';
  const sorted = [...data.apps].sort(byExtraCost);
  return (
    <div className="mt-4 space-y-8" data-testid="diagnostic-result">
      <p className="text-sm text-ink-muted">
        {idpName}; group sync {answers.needGroupSync ? 'needed' : 'not needed'}; automated deprovisioning {answers.requireAutomatedDeprovisioning ? 'required' : 'not required'}; {answers.minutesPerChange} min a change at {formatMoney(Number(answers.hourlyCost), currency)}/h; {answers.billing} billing.{' '}
        <button type="button" onClick={() => onEdit(1)} className="no-print text-accent underline">
          Change answers
        </button>
      </p>

      <section aria-labelledby="stack-summary">
        <h3 id="stack-summary" className="text-lg font-semibold">
          {data.apps.length === 1 ? 'Summary' : `Your stack of ${data.apps.length} apps`}
        </h3>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="rounded border border-line p-3">
            <dt className="text-xs text-ink-muted">Paid today</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="total-current">{formatAnnual(totals.currentAnnual, currency)}</dd>
            {totals.currentAnnualUnknownCount > 0 ? <dd className="text-xs text-ink-muted">plus {totals.currentAnnualUnknownCount} app(s) with no public price</dd> : null}
          </div>
          <div className="rounded border border-line p-3">
            <dt className="text-xs text-ink-muted">Recommended extra</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="total-extra">{formatIncrease(totals.recommendedExtraAnnual, currency)}</dd>
            {totals.recommendedExtraUnknownCount > 0 ? <dd className="text-xs text-ink-muted">plus {totals.recommendedExtraUnknownCount} quote(s) needed</dd> : null}
          </div>
          <div className="rounded border border-line p-3">
            <dt className="text-xs text-ink-muted">Manual labour if nothing changes</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="total-manual">{formatAnnual(totals.manualAnnual, currency)}</dd>
          </div>
          <div className="rounded border border-line p-3">
            <dt className="text-xs text-ink-muted">Recommendations</dt>
            <dd className="text-sm" data-testid="total-counts">
              {(Object.keys(totals.byRecommendation) as OptionCode[]).map((code) => `${RECOMMENDATION_WORDS[code]} ${totals.byRecommendation[code]}`).join(' · ')}
            </dd>
          </div>
        </dl>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-sm" data-testid="stack-table">
            <caption className="sr-only">Each app with its recommendation, sorted by extra cost per year</caption>
            <thead className="border-b border-line text-left">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">App</th>
                <th scope="col" className="py-2 pr-3 font-medium">Recommendation</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Extra per year</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Paid today</th>
                <th scope="col" className="py-2 text-right font-medium">Manual labour</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((app) => (
                <tr key={app.slug} className="border-b border-line/60">
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    <Link prefetch={false} href={`/apps/${app.slug}`}>{app.name}</Link>
                  </th>
                  <td className="py-2 pr-3">{app.recommendation.title}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{extraText(app.recommendation.extraAnnualCost, app.currency, app.recommendation.code)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{app.currentAnnualCost === null ? 'Not stated' : formatAnnual(app.currentAnnualCost, app.currency)}</td>
                  <td className="py-2 text-right tabular-nums">{formatAnnual(app.manualAnnualCost, app.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <th scope="row" className="py-2 pr-3 text-left">Total</th>
                <td className="py-2 pr-3" />
                <td className="py-2 pr-3 text-right tabular-nums">{formatIncrease(totals.recommendedExtraAnnual, currency)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatAnnual(totals.currentAnnual, currency)}</td>
                <td className="py-2 text-right tabular-nums">{formatAnnual(totals.manualAnnual, currency)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        {data.apps.length > 1 ? (
          <figure className="no-print mt-4">
            <figcaption className="text-sm font-medium">Recommended extra cost per year, by app</figcaption>
            <LazyVisible height={Math.max(200, sorted.length * 32 + 40)} label="Stack chart loading">
              <OptionsChart
                currency={currency}
                bars={sorted.map((app) => ({ label: app.name, cost: app.recommendation.extraAnnualCost, feasible: true, recommended: true }))}
              />
            </LazyVisible>
          </figure>
        ) : null}
        <div className="no-print mt-4 flex flex-wrap gap-3">
          <button type="button" onClick={() => download('scimgap-diagnostic.json', 'application/json', JSON.stringify({ request, result: data }, null, 2))} className="rounded border border-line px-3 py-1.5 text-sm hover:bg-surface-sunken">
            Export JSON
          </button>
          <button type="button" onClick={() => download('scimgap-diagnostic.csv', 'text/csv', diagnosticResultToCsv(data))} className="rounded border border-line px-3 py-1.5 text-sm hover:bg-surface-sunken">
            Export CSV
          </button>
          <button type="button" onClick={() => window.print()} className="rounded border border-line px-3 py-1.5 text-sm hover:bg-surface-sunken">
            Print
          </button>
        </div>
      </section>

      <div className="space-y-6">
        {data.apps.map((app) => (
          <AppResult key={app.slug} app={app} />
        ))}
      </div>
    </div>
  );
}
