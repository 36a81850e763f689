import { describe, expect, it } from 'vitest';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import type { DiagnosticAppInput, DiagnosticRequest } from '@/lib/diagnostic/types';
import { gapCodes, optionOf, type Questionnaire } from '../../support/make-diagnostic';
import { seedApp } from '../../support/seed-fixtures';

// The situations from the diagnostic issue, computed from the seeded Metabase record (monthly billing by default).
const metabase = seedApp('metabase');
const catalog = new Map([[metabase.slug, metabase]]);

function diagnoseMetabase(app: Omit<DiagnosticAppInput, 'slug'>, questionnaire: Questionnaire) {
  const request: DiagnosticRequest = { ...questionnaire, apps: [{ slug: 'metabase', ...app }] };
  const result = evaluateDiagnostic(request, catalog);
  const [only] = result.apps;
  if (!only) throw new Error('no result');
  return { app: only, totals: result.totals };
}

describe('Metabase situations', () => {
  it('already on Pro with Okta → native, SSO first', () => {
    const { app } = diagnoseMetabase({ currentPlan: 'Pro', users: 10 }, { idp: 'okta', needGroupSync: true, requireAutomatedDeprovisioning: true });
    expect(app.recommendation).toEqual({
      code: 'native',
      plan: 'Pro',
      extraAnnualCost: 0,
      title: 'Already covered: Pro has SCIM with Okta',
      reasons: ['Pro includes SCIM and Okta provisions Metabase by SCIM, groups included', '$0/yr on top of $6,000/yr for Pro today'],
    });
    expect(app.gaps).toEqual([{ code: 'sso_required_first', message: 'Metabase needs SSO set up with Okta before SCIM can be turned on' }]);
    expect(app.currentAnnualCost).toBe(6000);
  });

  it('on Pro with Entra ID needing group sync → no native path, idp_no_group_push', () => {
    const { app } = diagnoseMetabase({ currentPlan: 'Pro', users: 10 }, { idp: 'entra', needGroupSync: true, requireAutomatedDeprovisioning: true });
    expect(optionOf(app, 'native')).toMatchObject({ feasible: false, extraAnnualCost: null });
    expect(optionOf(app, 'upgrade')).toMatchObject({ feasible: false, extraAnnualCost: null }); // Enterprise does not change what Entra pushes
    expect(app.gaps).toEqual([{ code: 'idp_no_group_push', message: 'Entra ID provisions Metabase users only; it does not push groups' }]);
    expect(app.recommendation).toMatchObject({ code: 'outside', extraAnnualCost: null, title: 'Quote needed' });
  });

  it('on Pro with Entra ID without group sync → native', () => {
    const { app } = diagnoseMetabase({ currentPlan: 'Pro', users: 10 }, { idp: 'entra', needGroupSync: false, requireAutomatedDeprovisioning: true });
    expect(app.recommendation.code).toBe('native');
  });

  const starterWithOkta = { idp: 'okta', needGroupSync: false, requireAutomatedDeprovisioning: true } as const;

  it('on Starter, 10 users, Okta, deprovisioning required, no alternative → upgrade to Pro, +$5,400/yr', () => {
    const { app, totals } = diagnoseMetabase({ currentPlan: 'Starter', users: 10 }, starterWithOkta);
    expect(app.recommendation).toEqual({
      code: 'upgrade',
      plan: 'Pro',
      extraAnnualCost: 5400,
      title: 'Upgrade to Pro: +$5,400/yr',
      reasons: [
        'No native path: Starter does not include SCIM',
        'Pro is the cheapest plan above Starter with SCIM that Okta can provision in the cloud',
        'Pro for 10 users billed monthly: $6,000/yr − $600/yr for Starter today = +$5,400/yr',
        'Automation outside the app: no cost given, so it needs a quote',
        'Manual work: 1 change a month × 12 × 15 min ÷ 60 × $60/h = $180/yr, ruled out because automated deprovisioning is required',
      ],
    });
    expect(app.options).toEqual([
      { code: 'native', feasible: false, extraAnnualCost: null, explanation: 'No native path: Starter does not include SCIM' },
      {
        code: 'upgrade',
        feasible: true,
        extraAnnualCost: 5400,
        plan: 'Pro',
        explanation: 'Upgrade to Pro for 10 users billed monthly: $6,000/yr − $600/yr for Starter today = +$5,400/yr',
      },
      { code: 'outside', feasible: true, extraAnnualCost: null, explanation: 'Automation outside the app: no cost given, so it needs a quote' },
      {
        code: 'manual',
        feasible: false,
        extraAnnualCost: 180,
        explanation: 'Manual work: 1 change a month × 12 × 15 min ÷ 60 × $60/h = $180/yr, ruled out because automated deprovisioning is required',
      },
    ]);
    expect(app.gaps).toEqual([
      { code: 'scim_not_on_plan', message: 'SCIM needs the Pro plan; Metabase Starter does not include it' },
      { code: 'sso_required_first', message: 'Metabase needs SSO set up with Okta before SCIM can be turned on' },
    ]);
    expect(totals).toMatchObject({ currentAnnual: 600, recommendedExtraAnnual: 5400, manualAnnual: 180 });
  });

  it('the same with an alternative at $3,000/yr → outside', () => {
    const { app } = diagnoseMetabase({ currentPlan: 'Starter', users: 10, alternativeAnnualCost: 3000 }, starterWithOkta);
    expect(app.recommendation).toMatchObject({ code: 'outside', extraAnnualCost: 3000, title: 'Automate outside the app: +$3,000/yr' });
    expect(gapCodes(app)).toEqual(['scim_not_on_plan']);
  });

  it('a 6-person team on Starter, 1 change a month, no compliance need → manual', () => {
    const { app } = diagnoseMetabase(
      { currentPlan: 'Starter', users: 6, changesPerMonth: 1 },
      { idp: 'okta', needGroupSync: false, requireAutomatedDeprovisioning: false },
    );
    expect(app.recommendation).toMatchObject({ code: 'manual', extraAnnualCost: 180, title: 'Stay manual: $180/yr of admin time' });
    expect(optionOf(app, 'upgrade').extraAnnualCost).toBe(5640); // Pro $6,000 − Starter 6 × $5 × 12
    expect(app.recommendation.reasons).toContain('1 change a month × 12 × 15 min ÷ 60 × $60/h = $180/yr');
  });

  it('Google Workspace is JIT only: idp_no_scim', () => {
    const { app } = diagnoseMetabase({ currentPlan: 'Pro', users: 10 }, { idp: 'google', needGroupSync: false, requireAutomatedDeprovisioning: false });
    expect(app.gaps).toEqual([
      { code: 'idp_no_scim', message: 'Google Workspace only creates Metabase accounts just in time at sign-in; it does not provision Metabase by SCIM' },
    ]);
  });

  it('OneLogin states SCIM but not group push: unknown with group sync', () => {
    const { app } = diagnoseMetabase({ currentPlan: 'Pro', users: 10 }, { idp: 'onelogin', needGroupSync: true, requireAutomatedDeprovisioning: false });
    expect(gapCodes(app)).toEqual(['unknown_capability']);
    expect(app.recommendation.code).toBe('manual');
  });

  it('self-hosted Open Source at 25 users billed annually → Pro at $7,020/yr', () => {
    const { app } = diagnoseMetabase(
      { currentPlan: 'Open Source', users: 25 },
      { idp: 'okta', needGroupSync: true, requireAutomatedDeprovisioning: true, billing: 'annual' },
    );
    expect(app.hosting).toBe('self-hosted');
    expect(app.recommendation).toMatchObject({ code: 'upgrade', plan: 'Pro', extraAnnualCost: 7020 });
  });
});
