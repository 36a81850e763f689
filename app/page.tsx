import { getCatalog } from '@/lib/server/catalog';
import { firstPlanWith } from '@/lib/pricing/cheapest-plan';
import { scimIncrease } from '@/lib/pricing/scim-increase';
import { formatAnnual, formatCount, formatIncrease } from '@/lib/format';

const TEAM_SIZE = 10;

export default async function HomePage() {
  const catalog = await getCatalog();
  return (
    <>
      <h1 className="text-2xl font-semibold">SCIM provisioning, plan by plan</h1>
      <p className="mt-2 max-w-3xl text-ink-muted">
        Which plan of each SaaS app first offers SSO and SCIM user provisioning, and what reaching it costs a team of{' '}
        {TEAM_SIZE} on monthly billing. {formatCount(catalog.length)} apps tracked.
      </p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Apps in the catalog with their first SCIM plan and the annual increase at {TEAM_SIZE} users</caption>
          <thead className="border-b border-line text-left">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">App</th>
              <th scope="col" className="py-2 pr-4 font-medium">Category</th>
              <th scope="col" className="py-2 pr-4 font-medium">First SCIM plan</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">SCIM plan at {TEAM_SIZE} users</th>
              <th scope="col" className="py-2 text-right font-medium">Increase</th>
            </tr>
          </thead>
          <tbody>
            {catalog.map((app) => {
              const firstScim = firstPlanWith(app, { scim: true });
              const result = scimIncrease(app, TEAM_SIZE, 'monthly');
              return (
                <tr key={app.slug} className="border-b border-line/60" data-testid="app-row">
                  <td className="py-2 pr-4 font-medium">{app.name}</td>
                  <td className="py-2 pr-4 text-ink-muted">{app.category}</td>
                  <td className="py-2 pr-4">{firstScim?.name ?? 'Not stated'}</td>
                  <td className="py-2 pr-4 text-right">
                    {result.scim ? formatAnnual(result.scim.cost?.amount ?? null, 'USD', result.scim.plan.price?.model === 'quote' ? 'Quote' : 'Price not stated') : '—'}
                  </td>
                  <td className="py-2 text-right">{formatIncrease(result.increase)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
