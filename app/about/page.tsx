import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { STATUS_CLASSES, STATUS_LABELS } from '@/lib/catalog/status';
import { StatusBadge } from '@/components/catalog/status-badge';
import { formatDate } from '@/lib/format';
import { DATASET_LABELS } from '@/lib/open-data/labels';
import type { OpenDataset } from '@/lib/open-data/types';
import { getOpenDataSummary, getStatusCounts } from '@/lib/server/catalog';

export const metadata: Metadata = {
  title: 'About the data and how figures are computed',
  description: 'Where ScimGap’s catalog comes from, its licences and attribution, what “not stated” means, and how SCIM costs, status classes and recommendations are computed.',
};

const STATUS_MEANINGS: Record<(typeof STATUS_CLASSES)[number], string> = {
  no_tax: 'SCIM on the cheapest paid team plan, or on every plan.',
  gated: 'SCIM only on an enterprise or quote-only plan, or as a paid add-on.',
  partial: 'SCIM with only some identity providers, just-in-time accounts only, or no deactivation.',
  none: 'No SCIM on any plan.',
  unknown: 'No source consulted settles it.',
};

export default async function AboutPage() {
  const [openData, statusCounts] = await Promise.all([getOpenDataSummary(), getStatusCounts()]);
  return (
    <article className="max-w-3xl">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'About the data' }]} />
      <h1 className="mt-2 text-2xl font-semibold">About the data</h1>

      <h2 className="mt-8 text-lg font-semibold">Sources and attribution</h2>
      <ul className="mt-2 list-disc space-y-3 pl-5">
        <li>
          <strong>Curated profiles</strong> are researched from vendors’ pricing pages and documentation, identity providers’ integration catalogues and
          third-party comparison pages; every profile lists its sources with the date each was read, and where they disagree.
        </li>
        <li data-testid="attribution-scim-tax-index">
          SCIM Tax Index (Iden, 2026). <a href="https://scimtax.org/" rel="noopener noreferrer">https://scimtax.org/</a> — CC-BY 4.0 (
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer">licence</a>). Changed: its rows are mapped into our model
          (plans, price models, per-IdP capability, sources and a confidence level); its verdicts are kept beside our own derived status.
        </li>
        <li data-testid="attribution-sso-tax">
          sso.tax, the “SSO Wall of Shame” list (<a href="https://sso.tax" rel="noopener noreferrer">https://sso.tax</a>, repository robchahin/sso-wall-of-shame) — Apache
          License 2.0. Changed: its price strings are parsed into our price models where they are unambiguous and kept as notes where they are not.
        </li>
      </ul>
      <p className="mt-3 text-sm text-ink-muted">
        An imported profile is marked as such on its page, with its dataset, release and licence. An imported row never overwrites a curated profile: it is attached as a further
        source, and any difference is listed as a conflict on the profile.
      </p>
      <p className="mt-3" data-testid="open-data-totals">
        The catalog holds {openData.curated + openData.index} apps: {openData.curated} curated profiles and {openData.index} imported ones. {openData.attachedRows}{' '}
        open-data rows are kept beside profiles; {openData.conflicts} of their statements disagree with a profile, on {openData.profilesWithConflicts} profiles.
      </p>
      {openData.imports.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {openData.imports.map((entry) => (
            <li key={`${entry.at}:${entry.dataset}:${entry.release}`}>
              {DATASET_LABELS[entry.dataset as OpenDataset] ?? entry.dataset} {entry.release}, imported {formatDate(entry.at)}: {entry.rows} rows, {entry.added} new profiles,{' '}
              {entry.updated} refreshed, {entry.attached} attached to existing profiles.
            </li>
          ))}
        </ul>
      ) : null}

      <h2 className="mt-8 text-lg font-semibold">Unknown is not false</h2>
      <p className="mt-2">
        A capability no source settles reads “Not stated”, never ✗. A plan whose price no source states reads “Price not stated”; a plan sold only by quote reads “Quote”. Neither is
        ever counted as $0: an increase that depends on one is unknown, and the diagnostic says a quote is needed.
      </p>

      <h2 className="mt-8 text-lg font-semibold">How costs are computed</h2>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        <li>Monthly billing is 12 × the monthly figure; annual billing uses the yearly figures where a plan states them. A plan that states only one billing’s figures uses them for both, and the figure is marked.</li>
        <li>Per seat: price × the greater of your team size and the plan’s minimum seats. Base plus seats: base + the seats above those included × the extra-seat price. Annual minimum: the greater of the minimum and seats × the per-seat price.</li>
        <li>The SCIM increase runs from the cheapest paid plan with a public price (or the plan you say you are on) to the cheapest plan with SCIM above it. Free and quote-only plans are a starting point only when you name them.</li>
        <li>Staying manual costs changes per month × 12 × minutes per change ÷ 60 × the admin hourly cost.</li>
      </ul>

      <h2 className="mt-8 text-lg font-semibold">Status classes</h2>
      <p className="mt-2 text-sm text-ink-muted">Derived from each profile’s plans and identity-provider support, never typed by hand. Counts are of the whole catalog now.</p>
      <dl className="mt-2 space-y-2">
        {STATUS_CLASSES.map((status) => (
          <div key={status} className="flex flex-wrap items-start gap-3">
            <dt className="w-24 shrink-0">
              <StatusBadge status={status} />
            </dt>
            <dd>
              {STATUS_MEANINGS[status]}{' '}
              <Link prefetch={false} href={`/apps?status=${status}`}>
                See the {statusCounts[status]} {STATUS_LABELS[status].toLowerCase()} apps
              </Link>
              .
            </dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-lg font-semibold">The open data</h2>
      <p className="mt-2">
        The whole catalog is available as <a href="/api/v1/export.json">JSON</a> and <a href="/api/v1/export.csv">CSV</a>, and through a read-only <a href="/api/v1/openapi.json">JSON API</a>.
        In the CSV, text that starts with =, +, -, @ or a tab gets a leading apostrophe, so a spreadsheet shows it rather than running it as a formula.
      </p>
    </article>
  );
}
