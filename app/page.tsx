import Link from 'next/link';
import { LazyIncreaseChart } from '@/components/charts/lazy-increase-chart';
import { formatCount, formatIncrease } from '@/lib/format';
import { StatusBadge } from '@/components/catalog/status-badge';
import { STATUS_CLASSES } from '@/lib/catalog/status';
import { getAppNames, getCatalogStats, getStatusCounts } from '@/lib/server/catalog';

/** The landing page links every app up to this many; a larger catalog is browsed page by page. */
const ALL_APPS_LIMIT = 600;

function Figure({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <div className="rounded border border-line p-4">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>{value}</dd>
      <dd className="mt-1 text-xs text-ink-muted">{detail}</dd>
    </div>
  );
}

export default async function HomePage() {
  const [stats, apps, statuses] = await Promise.all([getCatalogStats(), getAppNames(), getStatusCounts()]);
  const enterpriseShare = Math.round(stats.enterpriseOnlyShare * 100);
  return (
    <>
      <section aria-labelledby="purpose" className="max-w-3xl">
        <h1 id="purpose" className="text-3xl font-semibold">What SCIM provisioning costs, app by app</h1>
        <p className="mt-3 text-ink-muted">
          Many SaaS apps keep SCIM user provisioning, and often SSO, to their priciest plans, or support it only partly with your identity provider.
          ScimGap shows which plan first has SCIM, what reaching it costs at your team size, and whether upgrading, automating outside the app or staying manual is the better deal.
        </p>
        <form method="get" action="/apps" role="search" className="mt-5 flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">Search apps</label>
          <input id="home-search" name="q" type="search" placeholder="Search an app, e.g. Metabase" className="min-w-0 flex-1 rounded border border-line bg-surface-raised px-3 py-2" autoComplete="off" />
          <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90">Search</button>
        </form>
        <div className="mt-4 flex flex-wrap gap-3 text-sm">
          <Link prefetch={false} href="/apps" className="rounded border border-line px-3 py-2 font-medium no-underline hover:bg-surface-sunken hover:no-underline">Look up an app</Link>
          <Link prefetch={false} href="/diagnostic" className="rounded border border-line px-3 py-2 font-medium no-underline hover:bg-surface-sunken hover:no-underline">Run the gap diagnostic</Link>
        </div>
      </section>

      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="text-lg font-semibold">Across the catalog</h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Figure label="Apps tracked" value={formatCount(stats.appsTracked)} detail="Each with its plans, prices, IdP support and sources" testId="figure-apps" />
          <Figure
            label="Keep SCIM to an enterprise-only tier"
            value={`${enterpriseShare}%`}
            detail={`${formatCount(stats.byPosition.enterprise)} of ${formatCount(stats.appsTracked)} apps: top tier or quote-only`}
            testId="figure-enterprise"
          />
          <Figure
            label="Median annual SCIM increase at 10 users"
            value={stats.medianIncreaseAt10 === null ? 'Unknown' : formatIncrease(stats.medianIncreaseAt10)}
            detail={`Monthly billing, over the ${formatCount(stats.appsWithKnownIncrease)} apps where both prices are public`}
            testId="figure-median"
          />
          <Figure
            label="SCIM on the entry plan"
            value={formatCount(stats.byPosition.entry)}
            detail={`apps with no SCIM tax; ${formatCount(stats.byPosition.not_stated)} more have no source stating the plan`}
            testId="figure-entry"
          />
        </dl>
        <h3 className="mt-6 text-sm font-medium">By status</h3>
        <ul className="mt-2 flex flex-wrap gap-3 text-sm" data-testid="status-counts">
          {STATUS_CLASSES.map((status) => (
            <li key={status}>
              <Link prefetch={false} href={`/apps?status=${status}`} className="inline-flex items-center gap-2 rounded border border-line px-3 py-2 no-underline hover:bg-surface-sunken hover:no-underline">
                <StatusBadge status={status} />
                <span className="tabular-nums text-ink">{formatCount(statuses[status])} apps</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="increase-chart" className="mt-10">
        <h2 id="increase-chart" className="text-lg font-semibold">The largest SCIM increases at 10 users</h2>
        <p className="mt-1 text-sm text-ink-muted">From the cheapest paid plan to the cheapest plan with SCIM, monthly billing. Apps with a quote-only SCIM plan are not shown: their increase is unknown, not zero.</p>
        <figure className="mt-3">
          <LazyIncreaseChart bars={stats.largestIncreases} />
          <figcaption className="sr-only">Bar chart of the annual SCIM increase per app; the same figures are in the table below.</figcaption>
        </figure>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-accent">The same figures as a table</summary>
          <table className="mt-2 text-sm">
            <thead className="text-left">
              <tr>
                <th scope="col" className="pr-4 font-medium">App</th>
                <th scope="col" className="pr-4 font-medium">From → to</th>
                <th scope="col" className="text-right font-medium">Increase</th>
              </tr>
            </thead>
            <tbody>
              {stats.largestIncreases.map((entry) => (
                <tr key={entry.slug}>
                  <td className="pr-4"><Link prefetch={false} href={`/apps/${entry.slug}`}>{entry.name}</Link></td>
                  <td className="pr-4">{entry.from} → {entry.to}</td>
                  <td className="text-right tabular-nums">{formatIncrease(entry.increase)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="all-apps" className="mt-10">
        <h2 id="all-apps" className="text-lg font-semibold">
          {apps.length > ALL_APPS_LIMIT ? `The first ${formatCount(ALL_APPS_LIMIT)} of ${formatCount(apps.length)} apps` : `All ${formatCount(apps.length)} apps`}
        </h2>
        {/* Hundreds of links: styled from the list and written as plain anchors, so each costs the page ~40 bytes, not ~150. */}
        <ul className="mt-3 columns-2 gap-6 text-sm *:break-inside-avoid *:py-0.5 sm:columns-3 lg:columns-5" data-testid="all-apps">
          {apps.slice(0, ALL_APPS_LIMIT).map((app) => (
            <li key={app.slug}>
              <a href={`/apps/${app.slug}`}>{app.name}</a>
            </li>
          ))}
        </ul>
        {apps.length > ALL_APPS_LIMIT ? (
          <p className="mt-3 text-sm">
            <Link prefetch={false} href="/apps">Browse all {formatCount(apps.length)} apps in the catalog</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
