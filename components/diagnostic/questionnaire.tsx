'use client';

import { useQueries } from '@tanstack/react-query';
import { createParser, parseAsArrayOf, parseAsInteger, parseAsNativeArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChoiceGroup, TextField } from '@/components/ui/text-field';
import { IDP_IDS } from '@/lib/catalog/vocabulary';
import type { AppHosting, IdpId, Plan } from '@/lib/catalog/types';
import {
  emptyAppAnswer,
  firstIncompleteStep,
  LAST_STEP,
  offersBothHostings,
  parseAppAnswer,
  QUESTIONNAIRE_STEPS,
  serializeAppAnswer,
  validateStep,
  type AppAnswer,
  type AppFacts,
  type QuestionnaireAnswers,
  type StepErrors,
} from '@/lib/diagnostic/questionnaire';
import { formatCount } from '@/lib/format';
import { defaultChangesPerMonth, DEFAULT_HOURLY_COST, DEFAULT_MINUTES_PER_CHANGE } from '@/lib/pricing/manual-cost';
import { AppPicker } from './app-picker';
import { ResultView } from './result-view';

const appAnswerParser = createParser({
  parse: (value: string) => parseAppAnswer(value),
  serialize: (value: AppAnswer) => serializeAppAnswer(value),
  eq: (a, b) => serializeAppAnswer(a) === serializeAppAnswer(b),
});

const yesNo = parseAsStringLiteral(['yes', 'no'] as const);

const urlKeys = {
  step: parseAsInteger.withDefault(1),
  app: parseAsNativeArrayOf(appAnswerParser),
  apps: parseAsArrayOf(parseAsString), // pre-fill from a profile: ?apps=metabase,slack
  idp: parseAsStringLiteral(IDP_IDS),
  groups: yesNo,
  deprov: yesNo,
  minutes: parseAsString.withDefault(String(DEFAULT_MINUTES_PER_CHANGE)),
  hourly: parseAsString.withDefault(String(DEFAULT_HOURLY_COST)),
  billing: parseAsStringLiteral(['monthly', 'annual'] as const).withDefault('monthly'),
};

interface PublicProfile {
  slug: string;
  name: string;
  hosting: AppHosting[];
  plans: Plan[];
}

async function fetchProfile(slug: string): Promise<PublicProfile | null> {
  const response = await fetch(`/api/v1/apps/${encodeURIComponent(slug)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Could not load ${slug} (${response.status})`);
  return (await response.json()) as PublicProfile;
}

const HOSTING_WORDS: Record<string, string> = { cloud: 'Cloud', 'self-hosted': 'Self-hosted', both: 'cloud and self-hosted' };

/** The gap diagnostic: five steps whose answers all live in the URL, then the result from POST /api/v1/diagnostic. */
export function Questionnaire({ identityProviders }: { identityProviders: { id: IdpId; name: string; note: string }[] }) {
  const [state, setState] = useQueryStates(urlKeys, { history: 'replace', scroll: false });
  const [errors, setErrors] = useState<StepErrors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A profile's "Diagnose my situation" link names apps by slug only; turn them into entries once.
  useEffect(() => {
    if (!state.apps || state.apps.length === 0) return;
    const known = new Set(state.app.map((entry) => entry.slug));
    const added = state.apps.filter((slug) => /^[a-z0-9-]+$/.test(slug) && !known.has(slug)).map(emptyAppAnswer);
    void setState({ app: [...state.app, ...added], apps: null });
  }, [state.apps, state.app, setState]);

  const profiles = useQueries({
    queries: state.app.map((entry) => ({ queryKey: ['profile', entry.slug], queryFn: () => fetchProfile(entry.slug), staleTime: 60_000 })),
  });
  const factsBySlug = useMemo(() => {
    const map = new Map<string, AppFacts>();
    profiles.forEach((query) => {
      if (query.data) map.set(query.data.slug, { name: query.data.name, hosting: query.data.hosting, plans: query.data.plans });
    });
    return map;
  }, [profiles]);
  const isLoadingFacts = profiles.some((query) => query.isPending);

  const answers: QuestionnaireAnswers = {
    apps: state.app,
    idp: state.idp,
    needGroupSync: state.groups === null ? null : state.groups === 'yes',
    requireAutomatedDeprovisioning: state.deprov === null ? null : state.deprov === 'yes',
    minutesPerChange: state.minutes,
    hourlyCost: state.hourly,
    billing: state.billing,
  };

  const requestedStep = Math.min(Math.max(state.step, 1), LAST_STEP);
  // A link that skips ahead lands on the first step still missing an answer.
  const step = isLoadingFacts ? requestedStep : Math.min(requestedStep, firstIncompleteStep(answers, factsBySlug));
  const unknownSlugs = state.app.filter((_, index) => profiles[index]?.data === null).map((entry) => entry.slug);

  const hasRendered = useRef(false);
  useEffect(() => {
    // Move focus to the new step's heading, but not on the first render: a page load keeps its own focus.
    if (hasRendered.current) headingRef.current?.focus();
    hasRendered.current = true;
  }, [step]);

  const goTo = (next: number) => {
    setErrors({});
    void setState({ step: next }, { history: 'push' });
    window.scrollTo({ top: 0 });
  };

  const next = () => {
    const found = validateStep(step, answers, factsBySlug);
    if (step === 1 && unknownSlugs.length > 0) found.apps = `Not in the catalog: ${unknownSlugs.join(', ')}. Remove ${unknownSlugs.length > 1 ? 'them' : 'it'} to go on.`;
    if (step === 1 && isLoadingFacts) found.apps = 'Still loading the apps’ plans; try again in a moment.';
    setErrors(found);
    const firstKey = Object.keys(found)[0];
    if (firstKey) {
      requestAnimationFrame(() => document.getElementById(fieldId(firstKey))?.focus());
      return;
    }
    goTo(step + 1);
  };

  const updateApp = (index: number, changes: Partial<AppAnswer>) => {
    void setState({ app: state.app.map((entry, position) => (position === index ? { ...entry, ...changes } : entry)) });
  };
  const removeApp = (index: number) => void setState({ app: state.app.filter((_, position) => position !== index) });
  const addApp = (slug: string) => {
    if (state.app.some((entry) => entry.slug === slug)) return;
    void setState({ app: [...state.app, emptyAppAnswer(slug)] });
  };

  const title = QUESTIONNAIRE_STEPS[step - 1]?.title ?? '';

  return (
    <div>
      <div className="no-print">
        <p className="text-sm font-medium" data-testid="step-indicator">
          Step {step} of {LAST_STEP}
        </p>
        <div className="mt-1 h-2 w-full overflow-hidden rounded bg-surface-sunken" role="progressbar" aria-label="Questionnaire progress" aria-valuemin={1} aria-valuemax={LAST_STEP} aria-valuenow={step}>
          <div className="h-full bg-accent transition-all" style={{ width: `${(step / LAST_STEP) * 100}%` }} />
        </div>
        <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
          {QUESTIONNAIRE_STEPS.map((item) => (
            <li key={item.number} aria-current={item.number === step ? 'step' : undefined} className={item.number === step ? 'font-semibold text-ink' : ''}>
              {item.number}. {item.title}
            </li>
          ))}
        </ol>
      </div>

      <h2 ref={headingRef} tabIndex={-1} className="mt-6 text-xl font-semibold outline-none">
        {title}
      </h2>

      {step === 1 ? (
        <div className="mt-4 space-y-6">
          <AppPicker inputId={fieldId('apps')} onAdd={addApp} chosen={state.app.map((entry) => entry.slug)} error={errors.apps} />
          {state.app.length === 0 ? <p className="text-sm text-ink-muted">No apps yet. Add the apps you manage users in.</p> : null}
          <ul className="space-y-4">
            {state.app.map((entry, index) => {
              const query = profiles[index];
              const profile = query?.data ?? null;
              const facts = factsBySlug.get(entry.slug);
              return (
                <li key={entry.slug} className="rounded border border-line p-4" data-testid={`app-answers-${entry.slug}`}>
                  <fieldset>
                    <legend className="font-medium">{profile?.name ?? entry.slug}</legend>
                    {query?.isPending ? <p className="mt-2 text-sm text-ink-muted">Loading plans…</p> : null}
                    {query?.isError ? <p className="mt-2 text-sm text-danger">Could not load this app’s plans. Reload the page to try again.</p> : null}
                    {profile === null && query?.isSuccess ? <p className="mt-2 text-sm text-danger">“{entry.slug}” is not in the catalog.</p> : null}
                    {profile ? (
                      <div className="mt-3 flex flex-wrap gap-4">
                        <div>
                          <label htmlFor={fieldId(`apps.${index}.currentPlan`)} className="block text-sm font-medium">
                            Current plan
                          </label>
                          <select
                            id={fieldId(`apps.${index}.currentPlan`)}
                            value={entry.currentPlan}
                            onChange={(event) => updateApp(index, { currentPlan: event.target.value })}
                            aria-invalid={errors[`apps.${index}.currentPlan`] ? true : undefined}
                            aria-describedby={errors[`apps.${index}.currentPlan`] ? `${fieldId(`apps.${index}.currentPlan`)}-error` : undefined}
                            className={`mt-1 rounded border bg-surface-raised px-2 py-1.5 ${errors[`apps.${index}.currentPlan`] ? 'border-danger' : 'border-line'}`}
                          >
                            <option value="">Choose a plan</option>
                            {profile.plans.map((plan) => (
                              <option key={plan.name} value={plan.name}>
                                {plan.name} ({HOSTING_WORDS[plan.hosting]})
                              </option>
                            ))}
                          </select>
                          {errors[`apps.${index}.currentPlan`] ? (
                            <p id={`${fieldId(`apps.${index}.currentPlan`)}-error`} className="mt-1 text-sm text-danger">
                              {errors[`apps.${index}.currentPlan`]}
                            </p>
                          ) : null}
                        </div>
                        <TextField
                          id={fieldId(`apps.${index}.users`)}
                          label="Users"
                          help="People on this app"
                          inputMode="numeric"
                          value={entry.users}
                          onChange={(value) => updateApp(index, { users: value.trim() })}
                          error={errors[`apps.${index}.users`]}
                        />
                        {offersBothHostings(facts) ? (
                          <div>
                            <label htmlFor={fieldId(`apps.${index}.hosting`)} className="block text-sm font-medium">
                              Hosting
                            </label>
                            <select
                              id={fieldId(`apps.${index}.hosting`)}
                              value={entry.hosting}
                              onChange={(event) => updateApp(index, { hosting: event.target.value as AppAnswer['hosting'] })}
                              aria-invalid={errors[`apps.${index}.hosting`] ? true : undefined}
                              aria-describedby={errors[`apps.${index}.hosting`] ? `${fieldId(`apps.${index}.hosting`)}-error` : undefined}
                              className={`mt-1 rounded border bg-surface-raised px-2 py-1.5 ${errors[`apps.${index}.hosting`] ? 'border-danger' : 'border-line'}`}
                            >
                              <option value="">Choose</option>
                              <option value="cloud">Cloud</option>
                              <option value="self-hosted">Self-hosted</option>
                            </select>
                            {errors[`apps.${index}.hosting`] ? (
                              <p id={`${fieldId(`apps.${index}.hosting`)}-error`} className="mt-1 text-sm text-danger">
                                {errors[`apps.${index}.hosting`]}
                              </p>
                            ) : null}
                          </div>
                        ) : null}
                      </div>
                    ) : null}
                    <button type="button" onClick={() => removeApp(index)} className="mt-3 text-sm text-danger underline">
                      Remove {profile?.name ?? entry.slug}
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {step === 2 ? (
        <div className="mt-4">
          <ChoiceGroup
            id={fieldId('idp')}
            legend="Identity provider"
            help="The IdP that would provision these apps."
            options={identityProviders.map((idp) => ({ value: idp.id, label: idp.name, description: idp.note }))}
            value={state.idp}
            onChange={(value) => void setState({ idp: value })}
            error={errors.idp}
          />
        </div>
      ) : null}

      {step === 3 ? (
        <div className="mt-4 space-y-6">
          <ChoiceGroup
            id={fieldId('needGroupSync')}
            legend="Need group sync"
            help="Must groups and group memberships be pushed from the IdP into the apps?"
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            value={state.groups}
            onChange={(value) => void setState({ groups: value })}
            error={errors.needGroupSync}
          />
          <ChoiceGroup
            id={fieldId('requireAutomatedDeprovisioning')}
            legend="Automated deprovisioning required"
            help="For example for SOC 2 or ISO 27001 evidence. When yes, staying manual is not an acceptable option."
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            value={state.deprov}
            onChange={(value) => void setState({ deprov: value })}
            error={errors.requireAutomatedDeprovisioning}
          />
        </div>
      ) : null}

      {step === 4 ? (
        <div className="mt-4 space-y-6">
          <div className="flex flex-wrap gap-6">
            <TextField id={fieldId('minutesPerChange')} label="Minutes per manual change" help="Default 15" inputMode="numeric" suffix="min" value={state.minutes} onChange={(value) => void setState({ minutes: value.trim() })} error={errors.minutesPerChange} />
            <TextField id={fieldId('hourlyCost')} label="Admin hourly cost" help="Default $60" inputMode="decimal" prefix="$" suffix="/h" value={state.hourly} onChange={(value) => void setState({ hourly: value.trim() })} error={errors.hourlyCost} />
            <ChoiceGroup
              id={fieldId('billing')}
              legend="Billing"
              options={[
                { value: 'monthly', label: 'Monthly' },
                { value: 'annual', label: 'Annual' },
              ]}
              value={state.billing}
              onChange={(value) => void setState({ billing: value })}
            />
          </div>
          <ul className="space-y-4">
            {state.app.map((entry, index) => {
              const name = factsBySlug.get(entry.slug)?.name ?? entry.slug;
              const users = Number(entry.users);
              return (
                <li key={entry.slug} className="rounded border border-line p-4" data-testid={`app-manual-${entry.slug}`}>
                  <fieldset>
                    <legend className="font-medium">{name}</legend>
                    <div className="mt-3 flex flex-wrap gap-6">
                      <TextField
                        id={fieldId(`apps.${index}.changesPerMonth`)}
                        label="Changes per month"
                        help={`Joiners, movers and leavers; empty = 3% of ${formatCount(users)} users, at least 1 (${defaultChangesPerMonth(users)})`}
                        inputMode="numeric"
                        placeholder={String(defaultChangesPerMonth(users))}
                        value={entry.changesPerMonth}
                        onChange={(value) => updateApp(index, { changesPerMonth: value.trim() })}
                        error={errors[`apps.${index}.changesPerMonth`]}
                      />
                      <TextField
                        id={fieldId(`apps.${index}.alternativeAnnualCost`)}
                        label="Alternative tool cost per year"
                        help="Optional: what automating outside the app would cost"
                        inputMode="decimal"
                        prefix="$"
                        suffix="/yr"
                        width="w-40"
                        value={entry.alternativeAnnualCost}
                        onChange={(value) => updateApp(index, { alternativeAnnualCost: value.trim() })}
                        error={errors[`apps.${index}.alternativeAnnualCost`]}
                      />
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {step === LAST_STEP ? <ResultView answers={answers} onEdit={goTo} idpName={identityProviders.find((idp) => idp.id === state.idp)?.name ?? ''} /> : null}

      <div className="no-print mt-8 flex gap-3">
        {step > 1 ? (
          <button type="button" onClick={() => goTo(step - 1)} className="rounded border border-line px-4 py-2 font-medium hover:bg-surface-sunken">
            Back
          </button>
        ) : null}
        {step < LAST_STEP ? (
          <button type="button" onClick={next} className="rounded bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90">
            {step === LAST_STEP - 1 ? 'See the result' : 'Next'}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** DOM id of a field, from its error key ("apps.0.users" → "q-apps-0-users"). */
function fieldId(key: string): string {
  return `q-${key.replaceAll('.', '-')}`;
}
