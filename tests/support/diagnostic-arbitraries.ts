import fc from 'fast-check';
import { APP_HOSTINGS, IDP_IDS, PROVISIONING_MODES, priceSchema } from '@/lib/catalog/schemas';
import type { AppHosting, IdpCapability, Plan, Price } from '@/lib/catalog/types';
import { hostingFits } from '@/lib/pricing/plan-needs';
import type { DiagnosticApp, DiagnosticAppInput, DiagnosticRequest } from '@/lib/diagnostic/types';
import { makeCapability, makePlan } from './make-plan';

const money = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((cents) => cents / 100);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const stated = fc.constantFrom(true, false, null);
/** Mostly true, so native and upgrade paths come up as often as the gaps do. */
const mostlyTrue = fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constantFrom(false, null), weight: 2 });

export const priceArbitrary: fc.Arbitrary<Price> = fc
  .oneof(
    fc.constant({ model: 'free' }),
    fc.constant({ model: 'quote' }),
    fc.record({ model: fc.constant('per_seat'), monthlyPerSeat: maybe(money(200_00)), annualPerSeat: maybe(money(2400_00)), minSeats: optional(fc.integer({ min: 1, max: 50 })) }),
    fc.record({
      model: fc.constant('base_plus_seats'),
      monthlyBase: maybe(money(2000_00)),
      includedSeats: fc.integer({ min: 0, max: 100 }),
      monthlyPerExtraSeat: maybe(money(100_00)),
      annualBase: maybe(money(24_000_00)),
      annualPerExtraSeat: maybe(money(1200_00)),
    }),
    fc.record({ model: fc.constant('flat'), monthlyFlat: maybe(money(5000_00)), annualFlat: maybe(money(60_000_00)) }),
    fc.record({ model: fc.constant('annual_minimum'), annualMinimum: money(100_000_00), annualPerSeat: maybe(money(2000_00)) }),
  )
  .map((input) => priceSchema.safeParse(input))
  .filter((result) => result.success)
  .map((result) => result.data as Price);

const planSpec = fc.record({
  hosting: fc.constantFrom('cloud' as const, 'self-hosted' as const, 'both' as const),
  scim: mostlyTrue,
  price: maybe(priceArbitrary),
});

const capabilitySpec = fc.record({
  provisioning: fc.oneof({ arbitrary: fc.constant('scim' as const), weight: 3 }, { arbitrary: fc.constantFrom(...PROVISIONING_MODES, null), weight: 2 }),
  pushGroups: mostlyTrue,
  deactivateUsers: mostlyTrue,
});

/** A catalog app with a random plan ladder and IdP table; its hosting list follows its plans, as curated records do. */
export const diagnosticAppArbitrary = (slug: string): fc.Arbitrary<DiagnosticApp> =>
  fc
    .record({
      plans: fc.array(planSpec, { minLength: 1, maxLength: 5 }),
      idps: fc.uniqueArray(fc.tuple(fc.constantFrom(...IDP_IDS), capabilitySpec), { minLength: 3, maxLength: IDP_IDS.length, selector: ([idp]) => idp }),
      requiredForScim: stated,
    })
    .map(({ plans, idps, requiredForScim }) => {
      const catalogPlans: Plan[] = plans.map((spec, rank) => makePlan({ name: `Plan ${rank}`, rank, ...spec }));
      const hosting = APP_HOSTINGS.filter((option) => catalogPlans.some((plan) => hostingFits(plan, option)));
      const capabilities: IdpCapability[] = idps.map(([idp, spec]) =>
        makeCapability({
          idp,
          provisioning: spec.provisioning,
          features: { createUsers: spec.provisioning === 'scim', updateUsers: null, deactivateUsers: spec.deactivateUsers, pushGroups: spec.pushGroups },
        }),
      );
      return { slug, name: `App ${slug}`, hosting, sso: { requiredForScim }, plans: catalogPlans, idps: capabilities };
    });

/** A consistent request line for `app`: a plan it has, and a hosting that plan is offered in (or none). */
export const appInputArbitrary = (app: DiagnosticApp): fc.Arbitrary<DiagnosticAppInput> =>
  fc
    .record({
      planIndex: fc.nat(),
      upperCase: fc.boolean(),
      users: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 100_000 })),
      hostingChoice: fc.nat(),
      changesPerMonth: optional(fc.oneof(fc.integer({ min: 0, max: 200 }), money(1000_00))),
      alternativeAnnualCost: fc.option(money(200_000_00), { nil: undefined, freq: 2 }),
    })
    .map(({ planIndex, upperCase, users, hostingChoice, changesPerMonth, alternativeAnnualCost }) => {
      const plan = app.plans[planIndex % app.plans.length] ?? makePlan();
      const hostings: (AppHosting | undefined)[] = [undefined, ...app.hosting.filter((option) => hostingFits(plan, option))];
      const hosting = hostings[hostingChoice % hostings.length];
      return {
        slug: app.slug,
        currentPlan: upperCase ? plan.name.toUpperCase() : plan.name,
        users,
        ...(hosting === undefined ? {} : { hosting }),
        ...(changesPerMonth === undefined ? {} : { changesPerMonth }),
        ...(alternativeAnnualCost === undefined ? {} : { alternativeAnnualCost }),
      };
    });

export const questionnaireArbitrary: fc.Arbitrary<Omit<DiagnosticRequest, 'apps'>> = fc
  .record({
    idp: fc.constantFrom(...IDP_IDS),
    needGroupSync: fc.boolean(),
    requireAutomatedDeprovisioning: fc.boolean(),
    minutesPerChange: optional(fc.integer({ min: 0, max: 480 })),
    hourlyCost: optional(money(500_00)),
    billing: optional(fc.constantFrom('monthly' as const, 'annual' as const)),
  })
  .map((questionnaire) => Object.fromEntries(Object.entries(questionnaire).filter(([, value]) => value !== undefined)) as Omit<DiagnosticRequest, 'apps'>);

export interface GeneratedStack {
  catalog: Map<string, DiagnosticApp>;
  request: DiagnosticRequest;
}

/** A catalog of `apps` random apps and a valid request over it; an app may appear more than once in the stack. */
export const stackArbitrary = (options: { minApps?: number; maxApps?: number } = {}): fc.Arbitrary<GeneratedStack> =>
  fc
    .array(fc.constant(null), { minLength: options.minApps ?? 1, maxLength: options.maxApps ?? 6 })
    .chain((slots) => fc.tuple(...slots.map((_, index) => diagnosticAppArbitrary(`app-${index}`))))
    .chain((apps) =>
      fc
        .tuple(questionnaireArbitrary, fc.tuple(...apps.map((app) => appInputArbitrary(app))), fc.array(fc.nat({ max: apps.length - 1 }), { maxLength: 2 }))
        .chain(([questionnaire, inputs, repeats]) =>
          // Repeats list one app twice, which the API allows (two workspaces of the same tool).
          fc.tuple(...repeats.flatMap((index) => apps.slice(index, index + 1).map((app) => appInputArbitrary(app)))).map((extra) => ({
            catalog: new Map(apps.map((app) => [app.slug, app])),
            request: { ...questionnaire, apps: [...inputs, ...extra] },
          })),
        ),
    );
