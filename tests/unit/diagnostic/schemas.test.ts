import { describe, expect, it } from 'vitest';
import { DiagnosticInputError, evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import { parseDiagnosticRequest } from '@/lib/diagnostic/parse-diagnostic-request';
import { diagnosticRequestSchema } from '@/lib/diagnostic/schemas';
import { validateAgainstCatalog } from '@/lib/diagnostic/validate-against-catalog';
import { makeApp } from '../../support/make-diagnostic';
import { seedApp } from '../../support/seed-fixtures';

const metabase = seedApp('metabase');
const acme = makeApp({ hosting: ['cloud'] });
const catalog = new Map([
  [metabase.slug, metabase],
  [acme.slug, acme],
]);

const app0 = { slug: 'metabase', currentPlan: 'Starter', users: 10 };
const validBody = { idp: 'okta' as const, needGroupSync: true, requireAutomatedDeprovisioning: false, apps: [app0] };

const issuesOf = (body: unknown) => {
  const parsed = diagnosticRequestSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('diagnosticRequestSchema', () => {
  it('accepts a minimal body and leaves the defaults to the engine', () => {
    expect(diagnosticRequestSchema.parse(validBody)).toEqual(validBody);
  });

  it('accepts every optional field', () => {
    const full = {
      ...validBody,
      minutesPerChange: 20,
      hourlyCost: 75.5,
      billing: 'annual',
      apps: [{ ...app0, hosting: 'cloud', changesPerMonth: 2.5, alternativeAnnualCost: 3000 }],
    };
    expect(diagnosticRequestSchema.parse(full)).toEqual(full);
  });

  it('trims the plan name', () => {
    expect(diagnosticRequestSchema.parse({ ...validBody, apps: [{ ...app0, currentPlan: '  Pro ' }] }).apps[0]?.currentPlan).toBe('Pro');
  });

  it('accepts 500 apps and the bounds of users', () => {
    const apps = Array.from({ length: 500 }, (_, index) => ({ ...app0, users: index % 2 === 0 ? 1 : 100_000 }));
    expect(diagnosticRequestSchema.safeParse({ ...validBody, apps }).success).toBe(true);
  });

  const usersMessage = 'Users must be a whole number from 1 to 100,000';
  const withApp = (fields: Record<string, unknown>) => ({ ...validBody, apps: [{ ...app0, ...fields }] });
  const without = (key: string) => Object.fromEntries(Object.entries(validBody).filter(([name]) => name !== key));

  it.each<[string, unknown, (string | number)[], string]>([
    ['unknown IdP', { ...validBody, idp: 'azure' }, ['idp'], 'IdP is one of okta, entra, google, onelogin, jumpcloud, ping'],
    ['missing IdP', without('idp'), ['idp'], 'IdP is one of okta, entra, google, onelogin, jumpcloud, ping'],
    ['missing group sync answer', without('needGroupSync'), ['needGroupSync'], 'needGroupSync must be true or false'],
    ['group sync as a string', { ...validBody, needGroupSync: 'yes' }, ['needGroupSync'], 'needGroupSync must be true or false'],
    ['missing deprovisioning answer', without('requireAutomatedDeprovisioning'), ['requireAutomatedDeprovisioning'], 'requireAutomatedDeprovisioning must be true or false'],
    ['users 0', withApp({ users: 0 }), ['apps', 0, 'users'], usersMessage],
    ['users 1.5', withApp({ users: 1.5 }), ['apps', 0, 'users'], usersMessage],
    ['users 100,001', withApp({ users: 100_001 }), ['apps', 0, 'users'], usersMessage],
    ['users as a string', withApp({ users: '10' }), ['apps', 0, 'users'], usersMessage],
    ['users missing', { ...validBody, apps: [{ slug: 'metabase', currentPlan: 'Pro' }] }, ['apps', 0, 'users'], usersMessage],
    ['no apps', { ...validBody, apps: [] }, ['apps'], 'Add at least one app'],
    ['501 apps', { ...validBody, apps: Array.from({ length: 501 }, () => app0) }, ['apps'], 'At most 500 apps'],
    ['apps not a list', { ...validBody, apps: { slug: 'metabase' } }, ['apps'], 'Apps must be a list'],
    ['an app that is not an object', { ...validBody, apps: ['metabase'] }, ['apps', 0], 'Each app must be a JSON object'],
    ['slug with capitals', withApp({ slug: 'Meta Base' }), ['apps', 0, 'slug'], 'Slug uses lowercase letters, digits and single hyphens'],
    ['slug as a number', withApp({ slug: 5 }), ['apps', 0, 'slug'], 'Slug must be an app slug such as "metabase"'],
    ['empty plan', withApp({ currentPlan: '   ' }), ['apps', 0, 'currentPlan'], 'Current plan is required'],
    ['plan as a number', withApp({ currentPlan: 2 }), ['apps', 0, 'currentPlan'], 'Current plan must be a plan name'],
    ['unknown hosting', withApp({ hosting: 'on-prem' }), ['apps', 0, 'hosting'], 'Hosting is cloud or self-hosted'],
    ['negative changes', withApp({ changesPerMonth: -1 }), ['apps', 0, 'changesPerMonth'], 'Changes per month must not be negative'],
    ['too many changes', withApp({ changesPerMonth: 100_001 }), ['apps', 0, 'changesPerMonth'], 'Changes per month is at most 100,000'],
    ['infinite alternative cost', withApp({ alternativeAnnualCost: Infinity }), ['apps', 0, 'alternativeAnnualCost'], 'Alternative annual cost must be a number'],
    ['alternative cost in fractions of a cent', withApp({ alternativeAnnualCost: 10.001 }), ['apps', 0, 'alternativeAnnualCost'], 'Alternative annual cost has at most two decimals'],
    ['negative alternative cost', withApp({ alternativeAnnualCost: -5 }), ['apps', 0, 'alternativeAnnualCost'], 'Alternative annual cost must not be negative'],
    ['negative minutes', { ...validBody, minutesPerChange: -1 }, ['minutesPerChange'], 'Minutes per change must not be negative'],
    ['too many minutes', { ...validBody, minutesPerChange: 481 }, ['minutesPerChange'], 'Minutes per change is at most 480 minutes'],
    ['hourly cost as a string', { ...validBody, hourlyCost: '60' }, ['hourlyCost'], 'Hourly cost must be a number'],
    ['hourly cost too high', { ...validBody, hourlyCost: 10_001 }, ['hourlyCost'], 'Hourly cost is at most 10,000'],
    ['hourly cost in fractions of a cent', { ...validBody, hourlyCost: 60.125 }, ['hourlyCost'], 'Hourly cost has at most two decimals'],
    ['weekly billing', { ...validBody, billing: 'weekly' }, ['billing'], 'Billing is monthly or annual'],
    ['an unknown field', { ...validBody, team: 'IT' }, [], 'Unknown field "team"'],
    ['unknown fields in an app', withApp({ seats: 10, tier: 'x' }), ['apps', 0], 'Unknown fields "seats", "tier"'],
    ['a body that is not an object', 'metabase', [], 'The request body must be a JSON object'],
    ['a null body', null, [], 'The request body must be a JSON object'],
  ])('refuses %s', (_label, body, path, message) => {
    expect(issuesOf(body)).toContainEqual({ path, message });
  });

  it('reports every problem with its own path', () => {
    const body = { ...validBody, apps: [app0, { ...app0, users: 0 }, { ...app0, hosting: 'moon' }] };
    expect(issuesOf(body).map((issue) => issue.path)).toEqual([
      ['apps', 1, 'users'],
      ['apps', 2, 'hosting'],
    ]);
  });
});

describe('validateAgainstCatalog', () => {
  const request = (...apps: { slug: string; currentPlan: string; users: number; hosting?: 'cloud' | 'self-hosted' }[]) => ({ apps });

  it('is empty when every app, plan and hosting exists', () => {
    expect(validateAgainstCatalog(request({ slug: 'metabase', currentPlan: 'Pro', users: 10, hosting: 'self-hosted' }), catalog)).toEqual([]);
  });

  it('matches plan names regardless of case and spacing', () => {
    expect(validateAgainstCatalog(request({ slug: 'metabase', currentPlan: ' open source ', users: 10 }), catalog)).toEqual([]);
  });

  it.each<[string, { slug: string; currentPlan: string; users: number; hosting?: 'cloud' | 'self-hosted' }, (string | number)[], string]>([
    ['an unknown app', { slug: 'nope', currentPlan: 'Pro', users: 10 }, ['apps', 0, 'slug'], 'No app with slug "nope" in the catalog'],
    ['an unknown plan', { slug: 'metabase', currentPlan: 'Gold', users: 10 }, ['apps', 0, 'currentPlan'], 'Metabase has no plan named "Gold"'],
    ['a hosting the app does not offer', { slug: 'acme', currentPlan: 'Free', users: 10, hosting: 'self-hosted' }, ['apps', 0, 'hosting'], 'Acme is not offered self-hosted'],
    ['a hosting the plan does not offer', { slug: 'metabase', currentPlan: 'Starter', users: 10, hosting: 'self-hosted' }, ['apps', 0, 'hosting'], 'Metabase Starter is not offered self-hosted'],
    ['a cloud plan that is self-hosted only', { slug: 'metabase', currentPlan: 'Open Source', users: 10, hosting: 'cloud' }, ['apps', 0, 'hosting'], 'Metabase Open Source is not offered in the cloud'],
  ])('reports %s', (_label, app, path, message) => {
    expect(validateAgainstCatalog(request(app), catalog)).toEqual([{ path, message }]);
  });

  it('reports problems per app index, and skips plan checks for an unknown app', () => {
    const problems = validateAgainstCatalog(
      request({ slug: 'metabase', currentPlan: 'Pro', users: 10 }, { slug: 'metabase', currentPlan: 'Gold', users: 10 }, { slug: 'nope', currentPlan: 'Gold', users: 1 }),
      catalog,
    );
    expect(problems).toEqual([
      { path: ['apps', 1, 'currentPlan'], message: 'Metabase has no plan named "Gold"' },
      { path: ['apps', 2, 'slug'], message: 'No app with slug "nope" in the catalog' },
    ]);
  });
});

describe('parseDiagnosticRequest', () => {
  it('returns the parsed request when shape and catalog agree', () => {
    expect(parseDiagnosticRequest(validBody, catalog)).toEqual({ success: true, data: validBody });
  });

  it('returns shape problems first, with paths', () => {
    expect(parseDiagnosticRequest({ ...validBody, idp: 'azure' }, catalog)).toEqual({
      success: false,
      problems: [{ path: ['idp'], message: 'IdP is one of okta, entra, google, onelogin, jumpcloud, ping' }],
    });
  });

  it('then catalog problems', () => {
    expect(parseDiagnosticRequest({ ...validBody, apps: [{ ...app0, currentPlan: 'Gold' }] }, catalog)).toEqual({
      success: false,
      problems: [{ path: ['apps', 0, 'currentPlan'], message: 'Metabase has no plan named "Gold"' }],
    });
  });
});

describe('evaluateDiagnostic on input the catalog does not know', () => {
  it('throws a DiagnosticInputError carrying the problems', () => {
    const run = () => evaluateDiagnostic({ ...validBody, apps: [{ ...app0, slug: 'nope' }] }, catalog);
    expect(run).toThrow(DiagnosticInputError);
    try {
      run();
    } catch (error) {
      expect(error instanceof DiagnosticInputError && error.problems).toEqual([{ path: ['apps', 0, 'slug'], message: 'No app with slug "nope" in the catalog' }]);
    }
  });
});
