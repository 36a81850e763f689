import { z } from 'zod';
import { APP_HOSTINGS, BILLINGS, IDP_IDS, slugSchema } from '../catalog/schemas';
import { DIAGNOSTIC_LIMITS } from './limits';

export { DIAGNOSTIC_LIMITS };

const formatLimit = (value: number) => value.toLocaleString('en-US');

/** Messages for the object itself: a wrong type or a field we do not know (strict objects refuse typos). */
const objectErrors = (what: string) => ({
  error: (issue: z.core.$ZodRawIssue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
    }
    if (issue.code === 'invalid_type') return `${what} must be a JSON object`;
    return undefined;
  },
});

const boundedNumber = (label: string, max: number, unit = '') =>
  z
    .number({ error: `${label} must be a number` })
    .nonnegative(`${label} must not be negative`)
    .max(max, `${label} is at most ${formatLimit(max)}${unit}`);

/** Money typed by a person: never negative, at most cents. */
const moneyAmount = (label: string, max: number) =>
  boundedNumber(label, max).refine((value) => Number.isInteger(Math.round(value * 100 * 1e6) / 1e6), `${label} has at most two decimals`);

const usersMessage = `Users must be a whole number from 1 to ${formatLimit(DIAGNOSTIC_LIMITS.maxUsers)}`;

export const diagnosticAppInputSchema = z.strictObject(
  {
    slug: z.string({ error: 'Slug must be an app slug such as "metabase"' }).pipe(slugSchema),
    currentPlan: z
      .string({ error: 'Current plan must be a plan name' })
      .trim()
      .min(1, 'Current plan is required')
      .max(120, 'Current plan is at most 120 characters'),
    // Not seatsSchema: that one coerces strings, and a JSON body with "10" for users has the wrong type.
    users: z.int(usersMessage).min(1, usersMessage).max(DIAGNOSTIC_LIMITS.maxUsers, usersMessage),
    hosting: z.enum(APP_HOSTINGS, { error: 'Hosting is cloud or self-hosted' }).optional(),
    changesPerMonth: boundedNumber('Changes per month', DIAGNOSTIC_LIMITS.maxChangesPerMonth).optional(),
    alternativeAnnualCost: moneyAmount('Alternative annual cost', DIAGNOSTIC_LIMITS.maxAlternativeAnnualCost).optional(),
  },
  objectErrors('Each app'),
);

/** Body of `POST /api/v1/diagnostic`. Catalog checks (slug, plan, hosting) follow in `validateAgainstCatalog`. */
export const diagnosticRequestSchema = z.strictObject(
  {
    idp: z.enum(IDP_IDS, { error: `IdP is one of ${IDP_IDS.join(', ')}` }),
    needGroupSync: z.boolean({ error: 'needGroupSync must be true or false' }),
    requireAutomatedDeprovisioning: z.boolean({ error: 'requireAutomatedDeprovisioning must be true or false' }),
    minutesPerChange: boundedNumber('Minutes per change', DIAGNOSTIC_LIMITS.maxMinutesPerChange, ' minutes').optional(),
    hourlyCost: moneyAmount('Hourly cost', DIAGNOSTIC_LIMITS.maxHourlyCost).optional(),
    billing: z.enum(BILLINGS, { error: 'Billing is monthly or annual' }).optional(),
    apps: z
      .array(diagnosticAppInputSchema, { error: 'Apps must be a list' })
      .min(1, 'Add at least one app')
      .max(DIAGNOSTIC_LIMITS.maxApps, `At most ${DIAGNOSTIC_LIMITS.maxApps} apps`),
  },
  objectErrors('The request body'),
);
