import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyAppAnswer,
  firstIncompleteStep,
  parseAppAnswer,
  serializeAppAnswer,
  toDiagnosticRequest,
  validateStep,
  type AppFacts,
  type QuestionnaireAnswers,
} from '@/lib/diagnostic/questionnaire';
import { decisionTable } from '@/lib/diagnostic/decision-table';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import { diagnosticResultToCsv } from '@/lib/diagnostic/result-csv';
import { seedApp } from '../../support/seed-fixtures';

const metabase = seedApp('metabase');
const facts = new Map<string, AppFacts>([['metabase', { name: 'Metabase', hosting: metabase.hosting, plans: metabase.plans }]]);
const complete: QuestionnaireAnswers = {
  apps: [{ slug: 'metabase', currentPlan: 'Starter', users: '10', hosting: 'cloud', changesPerMonth: '', alternativeAnnualCost: '' }],
  idp: 'okta',
  needGroupSync: false,
  requireAutomatedDeprovisioning: true,
  minutesPerChange: '15',
  hourlyCost: '60',
  billing: 'monthly',
};

describe('app answers in the URL', () => {
  it('round-trips any answer, whatever its plan name holds', () => {
    fc.assert(
      fc.property(
        fc.record({
          slug: fc.constantFrom('metabase', 'slack', 'a-b-c'),
          currentPlan: fc.string({ maxLength: 40 }),
          users: fc.stringMatching(/^\d{0,6}$/),
          hosting: fc.constantFrom('' as const, 'cloud' as const, 'self-hosted' as const),
          changesPerMonth: fc.stringMatching(/^\d{0,4}$/),
          alternativeAnnualCost: fc.stringMatching(/^\d{0,6}(\.\d\d)?$/),
        }),
        (answer) => {
          expect(parseAppAnswer(serializeAppAnswer(answer))).toEqual(answer);
        },
      ),
    );
  });

  it('keeps fresh entries short and refuses garbage', () => {
    expect(serializeAppAnswer(emptyAppAnswer('metabase'))).toBe('metabase');
    expect(serializeAppAnswer({ ...emptyAppAnswer('slack'), currentPlan: 'Business+ | Grid', users: '25' })).toBe('slack|Business%2B%20%7C%20Grid|25');
    expect(parseAppAnswer('Not A Slug|x')).toBeNull();
    expect(parseAppAnswer('metabase|%E0%A4%A')).toBeNull();
  });
});

describe('step validation', () => {
  it('accepts a complete questionnaire and turns it into the API request', () => {
    for (const step of [1, 2, 3, 4]) expect(validateStep(step, complete, facts)).toEqual({});
    expect(firstIncompleteStep(complete, facts)).toBe(5);
    expect(toDiagnosticRequest(complete)).toEqual({
      idp: 'okta',
      needGroupSync: false,
      requireAutomatedDeprovisioning: true,
      minutesPerChange: 15,
      hourlyCost: 60,
      billing: 'monthly',
      apps: [{ slug: 'metabase', currentPlan: 'Starter', users: 10, hosting: 'cloud' }],
    });
  });

  it.each([
    [1, { apps: [] }, { apps: 'Add at least one app.' }],
    [1, { apps: [{ ...complete.apps[0], currentPlan: 'Gold' }] }, { 'apps.0.currentPlan': 'Choose the Metabase plan you are on.' }],
    [1, { apps: [{ ...complete.apps[0], users: '0' }] }, { 'apps.0.users': 'Users must be a whole number from 1 to 100,000.' }],
    [1, { apps: [{ ...complete.apps[0], users: '2.5' }] }, { 'apps.0.users': 'Users must be a whole number from 1 to 100,000.' }],
    [1, { apps: [{ ...complete.apps[0], hosting: '' }] }, { 'apps.0.hosting': 'Choose cloud or self-hosted.' }],
    [2, { idp: null }, { idp: 'Choose your identity provider.' }],
    [3, { needGroupSync: null }, { needGroupSync: 'Answer yes or no.' }],
    [4, { minutesPerChange: '481' }, { minutesPerChange: 'Minutes must be a whole number from 0 to 480.' }],
    [4, { hourlyCost: '60.123' }, { hourlyCost: 'Enter an amount up to 10,000 with at most two decimals.' }],
    [4, { apps: [{ ...complete.apps[0], alternativeAnnualCost: '-3' }] }, { 'apps.0.alternativeAnnualCost': 'Enter a yearly amount with at most two decimals, or leave it empty.' }],
  ] as const)('step %i refuses %o', (step, change, errors) => {
    expect(validateStep(step, { ...complete, ...change } as QuestionnaireAnswers, facts)).toEqual(errors);
  });

  it('sends a shared link that skips ahead back to the first incomplete step', () => {
    expect(firstIncompleteStep({ ...complete, idp: null }, facts)).toBe(2);
    expect(firstIncompleteStep({ ...complete, apps: [] }, facts)).toBe(1);
  });
});

describe('result export and decision table', () => {
  it('writes the result as CSV with a totals line', () => {
    const result = evaluateDiagnostic(toDiagnosticRequest(complete), new Map([['metabase', metabase]]));
    const lines = diagnosticResultToCsv(result).trim().split('\n');
    expect(lines[0]).toBe('slug,name,current_plan,users,recommendation,recommended_plan,extra_annual_cost,current_annual_cost,manual_annual_cost,changes_per_month,currency,title,gaps');
    expect(lines[1]).toMatch(/^metabase,Metabase,Starter,10,upgrade,Pro,5400,600,180,1,USD,/);
    expect(lines[2]).toMatch(/^TOTAL,1 apps,,,,,5400,600,180,,USD,,$/);
  });

  it('gives Metabase a row per IdP and situation from the engine', () => {
    const table = decisionTable(metabase);
    expect(table?.basePlan).toBe('Starter');
    expect(table?.rows).toHaveLength(10);
    const strictEntra = table?.rows.find((row) => row.idp === 'entra' && row.situation.includes('group sync and'));
    expect(strictEntra?.recommendation.code).toBe('outside');
    const relaxedOkta = table?.rows.find((row) => row.idp === 'okta' && row.situation.includes('no group sync'));
    expect(relaxedOkta?.recommendation.code).toBe('manual');
  });
});
