import Link from 'next/link';
import { ScimPositionBadge } from '@/components/catalog/scim-position-badge';
import { StatusBadge } from '@/components/catalog/status-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Section } from '@/components/ui/section';
import { TriState } from '@/components/ui/tri-state';
import { classifyStatus, STATUS_LABELS, STATUS_RULE_EXPLANATIONS } from '@/lib/catalog/status';
import { scimPosition } from '@/lib/catalog/summary';
import type { AppRecord, IdentityProvider } from '@/lib/catalog/types';
import { profileVerdict } from '@/lib/catalog/verdict';
import { formatAnnual, formatDate, formatIncrease } from '@/lib/format';
import { firstPlanWith } from '@/lib/pricing/cheapest-plan';
import { BadgeSnippets } from './badge-snippets';
import { CostExplorer } from './cost-explorer';
import { DecisionTable } from './decision-table';
import { IdpConfiguration } from './idp-configuration';
import { IdpMatrix } from './idp-matrix';
import { ConflictTable, ImportedMarker, OpenDataRows } from './open-data';
import type { ProfileOpenData } from '@/db/queries/open-data';
import { DATASET_LABELS } from '@/lib/open-data/labels';
import { TierTable } from './tier-table';

const OPERATION_WORDS: Record<string, string> = { create: 'Create users', update: 'Update users', deactivate: 'Deactivate users', groups: 'Push groups' };

export interface ProfileViewProps {
  profile: AppRecord;
  providers: readonly IdentityProvider[];
  /** Absolute address of the site, for the badge snippets; empty in an admin preview. */
  siteUrl: string;
  /** Sections that only exist for a saved app (changelog…), rendered before the sources. */
  children?: React.ReactNode;
  /** Inside the admin editor: no breadcrumbs or buttons, and no extra landmarks or ids on the host page. */
  isPreview?: boolean;
  /** Where the profile came from and the open-data rows about it; absent in a preview of unsaved edits. */
  openData?: ProfileOpenData | null;
}

/**
 * One app's SCIM profile, render-only: the public page and the admin preview show the same thing.
 * Everything on it is computed from the record.
 */
export function ProfileView({ profile, providers, siteUrl, children, isPreview = false, openData = null }: ProfileViewProps) {
  const part = (id: string) => ({ id: isPreview ? `preview-${id}` : id, isLandmark: !isPreview });
  const Title = isPreview ? 'h2' : 'h1';
  const verdict = profileVerdict(profile);
  const position = scimPosition(profile.plans);
  const status = classifyStatus(profile);
  const firstScim = firstPlanWith(profile, { scim: true });
  const scimPlans = profile.plans.filter((plan) => plan.scim === true).map((plan) => plan.name);
  const anyScimUnknown = profile.plans.some((plan) => plan.scim === null);
  const attachedSources = (openData?.attached ?? []).flatMap((row) => row.sources.map((source) => ({ ...source, dataset: row.dataset })));

  return (
    <article>
      {isPreview ? null : <Breadcrumbs items={[{ href: '/apps', label: 'Apps' }, { label: profile.name }]} />}
      <header className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <Title className="text-2xl font-semibold">{profile.name} SCIM provisioning</Title>
          <p className="mt-1 text-sm text-ink-muted">
            {profile.vendor} · {profile.category} · <a href={profile.website} rel="noopener noreferrer">{profile.website.replace(/^https?:\/\//, '')}</a>
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StatusBadge status={status.status} />
            <ScimPositionBadge position={position} />
            <span className="text-xs text-ink-muted" data-testid="status-reason">{STATUS_RULE_EXPLANATIONS[status.rule]}</span>
          </div>
        </div>
        <div className={`no-print flex flex-wrap gap-2 ${isPreview ? 'hidden' : ''}`}>
          <Link prefetch={false} href={`/diagnostic?app=${encodeURIComponent(profile.slug)}`} className="rounded bg-accent px-3 py-2 text-sm font-medium text-accent-ink no-underline hover:no-underline hover:opacity-90">
            Diagnose my situation
          </Link>
          <Link prefetch={false} href={`/compare?apps=${encodeURIComponent(profile.slug)}`} className="rounded border border-line px-3 py-2 text-sm font-medium no-underline hover:bg-surface-sunken hover:no-underline">
            Compare with…
          </Link>
        </div>
      </header>

      {openData ? <ImportedMarker openData={openData} /> : null}

      <section aria-label={isPreview ? undefined : 'Verdict'} className="mt-6 grid gap-4 md:grid-cols-[1fr_auto]">
        <p className="max-w-3xl leading-relaxed" data-testid="verdict">{verdict.text}</p>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-1">
          <div className="rounded border border-line p-3">
            <dt className="text-xs text-ink-muted">Minimum annual cost of SCIM</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="headline-minimum">
              {verdict.minimum ? formatAnnual(verdict.minimum.annualCost) : !firstScim ? 'No SCIM plan' : verdict.scimPriceGap === 'quote' ? 'Quote' : verdict.scimPriceGap === 'unstated' ? 'Price not stated' : 'Quote or not stated'}
            </dd>
            {verdict.minimum ? <dd className="text-xs text-ink-muted">{verdict.minimum.planName}, billed {verdict.minimum.billing === 'annual' ? 'annually' : 'monthly'}</dd> : null}
          </div>
          <div className="rounded border border-line p-3">
            <dt className="text-xs text-ink-muted">Increase at 10 users</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid="headline-increase">
              {formatIncrease(verdict.increaseAt10, 'USD', !firstScim ? '—' : verdict.scimPriceGap === 'unstated' ? 'Unknown' : 'Quote needed')}
            </dd>
            <dd className="text-xs text-ink-muted">monthly billing</dd>
          </div>
        </dl>
      </section>

      <Section {...part('facts')} title="Quick SCIM facts">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-ink-muted">SCIM available</dt>
          <dd>
            {scimPlans.length > 0 ? (
              <>
                <TriState value={true} /> on {scimPlans.join(', ')}
              </>
            ) : (
              <TriState value={anyScimUnknown || profile.plans.length === 0 ? null : false} />
            )}
          </dd>
          <dt className="text-ink-muted">SCIM version</dt>
          <dd>{profile.scim.version ?? <TriState value={null} />}</dd>
          <dt className="text-ink-muted">Plan required</dt>
          <dd>{firstScim?.name ?? <TriState value={null} unknown={position === 'not_offered' ? 'No plan offers SCIM' : 'Not stated'} />}</dd>
          <dt className="text-ink-muted">SSO required first</dt>
          <dd><TriState value={profile.sso.requiredForScim} /></dd>
          <dt className="text-ink-muted">SSO protocols</dt>
          <dd>{profile.sso.protocols?.length ? profile.sso.protocols.join(', ') : <TriState value={null} />}</dd>
          <dt className="text-ink-muted">Documentation</dt>
          <dd className="break-all">{profile.scim.docsUrl ? <a href={profile.scim.docsUrl} rel="noopener noreferrer">{profile.scim.docsUrl}</a> : <TriState value={null} />}</dd>
        </dl>
      </Section>

      <Section {...part('idps')} title="Supported identity providers" description="What each identity provider can do for this app. “Not stated” means no source consulted settles it — it is not a no.">
        <IdpMatrix idps={profile.idps} />
      </Section>

      <Section {...part('tiers')} title="Tier comparison" description="Every plan with its price as the vendor states it.">
        <TierTable plans={profile.plans} />
      </Section>

      <Section {...part('costs')} title="Cost increase" description="What reaching a SCIM plan costs at your team size. Quote-only and unstated prices are never counted as $0.">
        <CostExplorer appName={profile.name} plans={profile.plans} />
      </Section>

      <Section {...part('specs')} title="Technical specifications">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-ink-muted">Operations</dt>
          <dd>{profile.scim.operations.length ? profile.scim.operations.map((operation) => OPERATION_WORDS[operation] ?? operation).join(', ') : <TriState value={null} />}</dd>
          <dt className="text-ink-muted">Attributes</dt>
          <dd>{profile.scim.attributes?.length ? profile.scim.attributes.join(', ') : <TriState value={null} />}</dd>
          <dt className="text-ink-muted">Token source</dt>
          <dd>{profile.scim.tokenSource ?? <TriState value={null} />}</dd>
          <dt className="text-ink-muted">Prerequisites</dt>
          <dd>
            {[
              firstScim ? `${firstScim.name} plan or above` : null,
              profile.sso.requiredForScim === true ? `SSO configured first${profile.sso.protocols?.length ? ` (${profile.sso.protocols.join(', ')})` : ''}` : null,
              `Hosting: ${profile.hosting.join(', ')}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </dd>
        </dl>
      </Section>

      <Section {...part('configuration')} title="Configuration per identity provider">
        <IdpConfiguration idps={profile.idps} tokenSource={profile.scim.tokenSource} providers={providers} />
      </Section>

      <Section {...part('limitations')} title="Key limitations and discrepancies">
        {profile.limitations.length ? (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {profile.limitations.map((limitation) => (
              <li key={limitation}>{limitation}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">No limitations recorded.</p>
        )}
        {profile.discrepancies.length ? (
          <>
            <h3 className="mt-4 font-medium">Where sources disagree</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
              {profile.discrepancies.map((discrepancy) => (
                <li key={discrepancy}>{discrepancy}</li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      {openData && openData.conflicts.length > 0 ? (
        <Section
          {...part('conflicts')}
          title="Where open datasets disagree"
          description="An open dataset states something else than this profile. Neither side is overwritten: check the sources below and the vendor's page."
        >
          <ConflictTable conflicts={openData.conflicts} />
        </Section>
      ) : null}

      <Section {...part('decisions')} title="What to do, by situation" description="Produced by the gap-diagnostic engine from this profile's plans and IdP support.">
        <DecisionTable app={profile} />
      </Section>

      {children}

      {openData && openData.attached.length > 0 ? (
        <Section {...part('open-data')} title="Open data about this app" description="Rows of open datasets that describe this app, kept beside the profile as published.">
          <OpenDataRows rows={openData.attached} />
        </Section>
      ) : null}

      <Section {...part('sources')} title="Sources" description={`Profile last verified ${formatDate(profile.verifiedAt)}.`}>
        <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="sources">
          {profile.sources.map((source) => (
            <li key={source.url + source.title}>
              <a href={source.url} rel="noopener noreferrer" className="break-words">{source.title}</a>
              <span className="text-ink-muted"> — as of {formatDate(source.asOf)}{source.covers.length ? `; covers ${source.covers.join(', ')}` : ''}</span>
            </li>
          ))}
          {attachedSources.map((source) => (
            <li key={`${source.dataset}:${source.url}:${source.title}`}>
              <a href={source.url} rel="noopener noreferrer" className="break-words">{source.title}</a>
              <span className="text-ink-muted"> — as of {formatDate(source.asOf)}; from the {DATASET_LABELS[source.dataset]} row above</span>
            </li>
          ))}
        </ol>
      </Section>

      <Section {...part('badge')} title="Badge" description="Embed this app's SCIM status in a README or wiki; it follows the catalog.">
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own API, shown as the embed will look */}
        <img src={`/api/v1/apps/${profile.slug}/badge.svg`} alt={`${profile.name} SCIM status: ${STATUS_LABELS[status.status]}`} height={20} className="mb-3" />
        <BadgeSnippets badgeUrl={`${siteUrl}/api/v1/apps/${profile.slug}/badge.svg`} profileUrl={`${siteUrl}/apps/${profile.slug}`} name={profile.name} />
      </Section>

      <div className={`no-print mt-10 rounded border border-line p-4 ${isPreview ? 'hidden' : ''}`}>
        <p className="text-sm">Weighing an upgrade against automating outside {profile.name} or staying manual?</p>
        <Link prefetch={false} href={`/diagnostic?app=${encodeURIComponent(profile.slug)}`} className="mt-2 inline-block rounded bg-accent px-3 py-2 text-sm font-medium text-accent-ink no-underline hover:no-underline hover:opacity-90">
          Diagnose my situation with {profile.name}
        </Link>
      </div>
    </article>
  );
}
