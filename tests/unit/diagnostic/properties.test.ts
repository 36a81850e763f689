import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDiagnostic } from '@/lib/diagnostic/evaluate';
import { diagnosticRequestSchema } from '@/lib/diagnostic/schemas';
import { GAP_CODES, OPTION_CODES, type AppDiagnostic } from '@/lib/diagnostic/types';
import { validateAgainstCatalog } from '@/lib/diagnostic/validate-against-catalog';
import { findPlan } from '@/lib/pricing/scim-increase';
import { stackArbitrary } from '../../support/diagnostic-arbitraries';

// A whole number of cents divided by 100, which is how the engine builds every amount.
const isCents = (value: number) => Number.isFinite(value) && Math.round(value * 100) / 100 === value;
const feasibleKnownCosts = (app: AppDiagnostic) =>
  app.options.filter((option) => option.feasible && option.extraAnnualCost !== null).map((option) => ({ code: option.code, cost: option.extraAnnualCost ?? 0 }));

describe('diagnostic properties', () => {
  it('generated requests are valid input', () => {
    fc.assert(
      fc.property(stackArbitrary(), ({ catalog, request }) => {
        expect(diagnosticRequestSchema.safeParse(request).success).toBe(true);
        expect(validateAgainstCatalog(request, catalog)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for valid input, and always answers in the contract shape', () => {
    fc.assert(
      fc.property(stackArbitrary(), ({ catalog, request }) => {
        const result = evaluateDiagnostic(request, catalog);
        expect(result.apps).toHaveLength(request.apps.length);
        result.apps.forEach((app, index) => {
          expect(app.slug).toBe(request.apps[index]?.slug);
          expect(app.options.map((option) => option.code)).toEqual([...OPTION_CODES]);
          for (const option of app.options) if (option.extraAnnualCost !== null) expect(isCents(option.extraAnnualCost)).toBe(true);
          for (const gap of app.gaps) expect(GAP_CODES).toContain(gap.code);
          expect(app.recommendation.title).not.toMatch(/!|undefined|NaN/);
          const chosen = app.options.find((option) => option.code === app.recommendation.code);
          // The chosen option is always feasible (outside is, even when it waits for a quote).
          expect(chosen?.feasible).toBe(true);
          if (app.recommendation.title !== 'Quote needed') expect(app.recommendation.extraAnnualCost).toBe(chosen?.extraAnnualCost);
          expect(app.recommendation.plan).toBe(chosen?.plan);
        });
        expect(OPTION_CODES.reduce((sum, code) => sum + result.totals.byRecommendation[code], 0)).toBe(request.apps.length);
      }),
      { numRuns: 500 },
    );
  });

  it('the recommendation’s extra cost is never above another feasible option’s known cost', () => {
    fc.assert(
      fc.property(stackArbitrary(), ({ catalog, request }) => {
        for (const app of evaluateDiagnostic(request, catalog).apps) {
          const known = feasibleKnownCosts(app);
          const recommended = app.recommendation.extraAnnualCost;
          if (recommended === null) {
            // Only when nothing feasible has a known cost: then a quote is needed.
            expect(known).toEqual([]);
            expect(app.recommendation.title).toBe('Quote needed');
            continue;
          }
          for (const { code, cost } of known) {
            // Native wins whenever feasible; only an upgrade that is cheaper than today's plan can undercut its $0.
            if (app.recommendation.code === 'native' && code === 'upgrade' && cost < 0) continue;
            expect(recommended).toBeLessThanOrEqual(cost);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('native is recommended exactly when it is feasible, and only on stated capabilities', () => {
    fc.assert(
      fc.property(stackArbitrary(), ({ catalog, request }) => {
        const result = evaluateDiagnostic(request, catalog);
        result.apps.forEach((app, index) => {
          const input = request.apps[index];
          const record = input && catalog.get(input.slug);
          if (!input || !record) throw new Error('generated app missing');
          const native = app.options[0];
          expect(native?.feasible).toBe(app.recommendation.code === 'native');
          if (!native?.feasible) return;
          const capability = record.idps.find((entry) => entry.idp === request.idp);
          expect(findPlan(record.plans, input.currentPlan)?.scim).toBe(true);
          expect(capability?.provisioning).toBe('scim');
          if (request.needGroupSync) expect(capability?.features.pushGroups).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('adding an app never lowers the stack totals', () => {
    fc.assert(
      fc.property(stackArbitrary({ minApps: 2 }), ({ catalog, request }) => {
        const before = evaluateDiagnostic({ ...request, apps: request.apps.slice(0, -1) }, catalog);
        const after = evaluateDiagnostic(request, catalog);
        const added = after.apps[after.apps.length - 1];
        if (!added) throw new Error('no added app');

        // Each app is judged on its own: the others' results do not move.
        expect(after.apps.slice(0, -1)).toEqual(before.apps);
        expect(after.totals.currentAnnual).toBeGreaterThanOrEqual(before.totals.currentAnnual);
        expect(after.totals.manualAnnual).toBeGreaterThanOrEqual(before.totals.manualAnnual);
        expect(after.totals.currentAnnualUnknownCount).toBeGreaterThanOrEqual(before.totals.currentAnnualUnknownCount);
        expect(after.totals.recommendedExtraUnknownCount).toBeGreaterThanOrEqual(before.totals.recommendedExtraUnknownCount);
        for (const code of OPTION_CODES) expect(after.totals.byRecommendation[code]).toBeGreaterThanOrEqual(before.totals.byRecommendation[code]);
        expect(after.totals.appCount).toBe(before.totals.appCount + 1);

        const addedExtra = added.recommendation.extraAnnualCost ?? 0;
        expect(Math.round(after.totals.recommendedExtraAnnual * 100)).toBe(Math.round((before.totals.recommendedExtraAnnual + addedExtra) * 100));
        // The recommended extra only falls when the new app's best move is an upgrade that costs less than today's plan.
        if (after.totals.recommendedExtraAnnual < before.totals.recommendedExtraAnnual) {
          expect(added.recommendation.code).toBe('upgrade');
          expect(addedExtra).toBeLessThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
