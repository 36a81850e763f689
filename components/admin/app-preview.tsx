import { IDP_IDS } from '@/lib/catalog/schemas';
import { IDP_LABELS, triStateLabel } from '@/lib/catalog/labels';
import type { AppRecord, IdpCapability } from '@/lib/catalog/types';
import { describePrice, formatAnnual, formatDate, formatIncrease, unknownPriceLabel } from '@/lib/format';
import { annualCost } from '@/lib/pricing/annual-cost';
import { firstPlanWith } from '@/lib/pricing/cheapest-plan';
import { scimIncrease } from '@/lib/pricing/scim-increase';

// A read-only summary of an app as its public profile will show it, for checking an edit before
// saving. It stands in for the public profile component until that one exists; it takes only the
// record, so swapping it is a one-line change.

const PREVIEW_SEATS = 10;

function Mark({ value }: { value: boolean | null | undefined }) {
  const label = triStateLabel(value);
  const symbol = value === true ? '✓' : value === false ? '✗' : '—';
  const tone = value === true ? 'text-status-free' : value === false ? 'text-status-none' : 'text-status-unknown';
  return (
    <span className={`whitespace-nowrap ${tone}`}>
      <span aria-hidden="true">{symbol} </span>
      {label}
    </span>
  );
}

const PROVISIONING_WORDS: Record<string, string> = { scim: 'SCIM', jit: 'JIT only', none: 'None' };

function ProvisioningMark({ capability }: { capability: IdpCapability | undefined }) {
  const mode = capability?.provisioning ?? null;
  if (mode === null) return <Mark value={null} />;
  const tone = mode === 'scim' ? 'text-status-free' : mode === 'jit' ? 'text-status-partial' : 'text-status-none';
  return <span className={tone}>{PROVISIONING_WORDS[mode] ?? mode}</span>;
}

export function AppPreview({ record }: { record: AppRecord }) {
  const plans = [...record.plans].sort((a, b) => a.rank - b.rank);
  const firstScim = firstPlanWith(record, { scim: true });
  const firstSso = firstPlanWith(record, { sso: true });
  const increase = scimIncrease(record, PREVIEW_SEATS, 'monthly');
  return (
    <article className="space-y-5 text-sm" aria-label={`Preview of ${record.name || 'the app'}`}>
      <header>
        <p className="text-ink-muted">
          {record.category} · {record.vendor}
        </p>
        <h3 className="text-xl font-semibold">{record.name}</h3>
        <p className="mt-1">
          SSO from: <strong>{firstSso?.name ?? 'Not stated'}</strong> · SCIM from: <strong>{firstScim?.name ?? 'Not stated'}</strong>
          {increase.scim ? (
            <>
              {' '}
              · at {PREVIEW_SEATS} users:{' '}
              <strong>{formatAnnual(increase.scim.cost?.amount ?? null, 'USD', unknownPriceLabel(increase.scim.plan))}</strong> ({formatIncrease(increase.increase)})
            </>
          ) : null}
        </p>
      </header>

      <div>
        <h4 className="font-semibold">
          Plans
        </h4>
        {plans.length === 0 ? (
          <p className="text-ink-muted">No plans recorded.</p>
        ) : (
          <ul className="mt-2 divide-y divide-line rounded-md border border-line">
            {plans.map((plan) => {
              const cost = annualCost(plan, PREVIEW_SEATS, 'monthly');
              return (
                <li key={plan.name} className="grid grid-cols-2 gap-1 p-2 sm:grid-cols-[minmax(6rem,10rem)_6rem_7rem_minmax(0,1fr)_11rem] sm:items-baseline sm:gap-3">
                  <span className="col-span-2 font-medium sm:col-span-1">{plan.name}</span>
                  <span>
                    SSO <Mark value={plan.sso} />
                  </span>
                  <span>
                    SCIM <Mark value={plan.scim} />
                  </span>
                  <span className="col-span-2 text-ink-muted sm:col-span-1">{describePrice(plan.price)}</span>
                  <span className="col-span-2 tabular-nums sm:col-span-1 sm:text-right">
                    {cost ? formatAnnual(cost.amount, cost.currency) : unknownPriceLabel(plan)}
                    <span className="text-ink-muted"> at {PREVIEW_SEATS} users</span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div>
        <h4 className="font-semibold">
          Identity providers
        </h4>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {IDP_IDS.map((idp) => {
            const capability = record.idps.find((entry) => entry.idp === idp);
            return (
              <li key={idp} className="rounded-md border border-line p-2">
                <p className="font-medium">{IDP_LABELS[idp]}</p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                  <dt>SSO</dt>
                  <dd>
                    <Mark value={capability?.sso ?? null} />
                  </dd>
                  <dt>Provisioning</dt>
                  <dd>
                    <ProvisioningMark capability={capability} />
                  </dd>
                  <dt>Create users</dt>
                  <dd>
                    <Mark value={capability?.features.createUsers ?? null} />
                  </dd>
                  <dt>Update users</dt>
                  <dd>
                    <Mark value={capability?.features.updateUsers ?? null} />
                  </dd>
                  <dt>Deactivate users</dt>
                  <dd>
                    <Mark value={capability?.features.deactivateUsers ?? null} />
                  </dd>
                  <dt>Push groups</dt>
                  <dd>
                    <Mark value={capability?.features.pushGroups ?? null} />
                  </dd>
                </dl>
                {capability?.notes ? <p className="mt-1 text-ink-muted">{capability.notes}</p> : null}
              </li>
            );
          })}
        </ul>
      </div>

      {record.limitations.length > 0 ? (
        <div>
          <h4 className="font-semibold">
            Limitations
          </h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {record.limitations.map((limitation) => (
              <li key={limitation}>{limitation}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {record.discrepancies.length > 0 ? (
        <div>
          <h4 className="font-semibold">
            Where sources disagree
          </h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {record.discrepancies.map((discrepancy) => (
              <li key={discrepancy}>{discrepancy}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <h4 className="font-semibold">
          Sources
        </h4>
        {record.sources.length === 0 ? (
          <p className="text-ink-muted">No sources recorded.</p>
        ) : (
          <ul className="mt-1 space-y-0.5">
            {record.sources.map((source) => (
              <li key={source.url} className="break-words">
                <a href={source.url} rel="noreferrer noopener" target="_blank" className="underline">
                  {source.title}
                </a>{' '}
                <span className="text-ink-muted">
                  (as of {formatDate(source.asOf)}; {source.covers.join(', ') || 'general'})
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-ink-muted">Verified {formatDate(record.verifiedAt)}.</p>
      </div>
    </article>
  );
}
