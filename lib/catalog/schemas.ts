import { z } from 'zod';
import { APP_HOSTINGS, BILLINGS, CATEGORIES, CONFIDENCE_LEVELS, IDP_IDS, PLAN_HOSTINGS, PROVISIONING_MODES, SCIM_OPERATIONS, SOURCE_COVERS } from './vocabulary';

export { APP_HOSTINGS, BILLINGS, CATEGORIES, CONFIDENCE_LEVELS, IDP_IDS, PLAN_HOSTINGS, PROVISIONING_MODES, SCIM_OPERATIONS, SOURCE_COVERS };

// Our Content-Security-Policy has no 'unsafe-eval'. In the browser zod probes `new Function` for its JIT,
// which the browser reports as a CSP violation (a Lighthouse best-practices issue on the diagnostic).
// Every module that builds zod schemas imports this one first, so the setting precedes the probe.
if (typeof window !== 'undefined') z.config({ jitless: true });


export const slugSchema = z
  .string()
  .min(1, 'Slug is required')
  .max(80, 'Slug is at most 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Slug uses lowercase letters, digits and single hyphens');

// SQLite keeps these in a text column but does not give them back: a read stops at U+0000, and a
// lone surrogate becomes U+FFFD. Refusing them keeps every stored text exactly as it was sent.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** True for text the database stores and returns unchanged. */
export const isStorableText = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);
export const UNSTORABLE_TEXT_MESSAGE = 'Contains a character that cannot be stored (U+0000 or a broken surrogate pair)';

const isoDate = z.iso.date({ message: 'Date must be YYYY-MM-DD' });
const httpUrl = z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' }).max(2000).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
const shortText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
const optionalText = (max = 2000) => z.string().max(max, `At most ${max} characters`).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** A money amount in currency units as a vendor states it: never negative, at most cents. */
const amount = z
  .number({ message: 'Must be a number' })
  .finite()
  .nonnegative('Must not be negative')
  .max(100_000_000, 'Too large')
  .refine((value) => Number.isInteger(Math.round(value * 100 * 1e6) / 1e6), 'At most two decimals');
const seatCount = z.int('Must be a whole number').min(1, 'At least 1').max(1_000_000);

const priceMeta = {
  currency: z.string().regex(/^[A-Z]{3}$/, 'Currency is a 3-letter code').default('USD'),
  note: optionalText(2000).optional(),
};

const freePrice = z.strictObject({ model: z.literal('free'), ...priceMeta });
const perSeatPrice = z.strictObject({
  model: z.literal('per_seat'),
  ...priceMeta,
  monthlyPerSeat: amount.nullable(),
  /** Yearly figure per seat at annual billing (the per-month annual price × 12). */
  annualPerSeat: amount.nullable().optional(),
  minSeats: seatCount.optional(),
});
const basePlusSeatsPrice = z.strictObject({
  model: z.literal('base_plus_seats'),
  ...priceMeta,
  monthlyBase: amount.nullable(),
  includedSeats: z.int('Must be a whole number').min(0).max(1_000_000),
  monthlyPerExtraSeat: amount.nullable(),
  annualBase: amount.nullable().optional(),
  annualPerExtraSeat: amount.nullable().optional(),
});
const flatPrice = z.strictObject({
  model: z.literal('flat'),
  ...priceMeta,
  monthlyFlat: amount.nullable().optional(),
  annualFlat: amount.nullable().optional(),
});
const annualMinimumPrice = z.strictObject({
  model: z.literal('annual_minimum'),
  ...priceMeta,
  annualMinimum: amount,
  annualPerSeat: amount.nullable().optional(),
});
const quotePrice = z.strictObject({
  model: z.literal('quote'),
  ...priceMeta,
  /** Only when a public source states an estimate; never used as a price. */
  estimateAnnual: amount.nullable().optional(),
});

const present = (value: number | null | undefined) => value !== null && value !== undefined;

/** One price model per plan. `null` (no price at all) means no source states it, which is not a quote. */
export const priceSchema = z
  .discriminatedUnion('model', [freePrice, perSeatPrice, basePlusSeatsPrice, flatPrice, annualMinimumPrice, quotePrice], {
    error: 'Price model must be one of free, per_seat, base_plus_seats, flat, annual_minimum, quote',
  })
  .superRefine((price, ctx) => {
    if (price.model === 'per_seat' && !present(price.monthlyPerSeat) && !present(price.annualPerSeat)) {
      ctx.addIssue({ code: 'custom', path: ['monthlyPerSeat'], message: 'State a monthly or an annual price per seat' });
    }
    if (price.model === 'flat' && !present(price.monthlyFlat) && !present(price.annualFlat)) {
      ctx.addIssue({ code: 'custom', path: ['monthlyFlat'], message: 'State a monthly or an annual flat price' });
    }
    if (price.model === 'base_plus_seats') {
      if (!present(price.monthlyBase) && !present(price.annualBase)) {
        ctx.addIssue({ code: 'custom', path: ['monthlyBase'], message: 'State a monthly or an annual base price' });
      }
      if (!present(price.monthlyPerExtraSeat) && !present(price.annualPerExtraSeat)) {
        ctx.addIssue({ code: 'custom', path: ['monthlyPerExtraSeat'], message: 'State a monthly or an annual price per extra seat' });
      }
    }
  });

export const planSchema = z.strictObject({
  name: shortText('Plan name', 120),
  rank: z.int('Rank is a whole number').min(0).max(100),
  hosting: z.enum(PLAN_HOSTINGS, { message: 'Hosting is cloud, self-hosted or both' }),
  /** null = not stated by any source, which is not false. */
  sso: z.boolean().nullable(),
  scim: z.boolean().nullable(),
  price: priceSchema.nullable(),
  note: optionalText(2000).nullable().optional(),
});

export const idpFeaturesSchema = z.strictObject({
  createUsers: z.boolean().nullable(),
  updateUsers: z.boolean().nullable(),
  deactivateUsers: z.boolean().nullable(),
  pushGroups: z.boolean().nullable(),
});

export const idpCapabilitySchema = z.strictObject({
  idp: z.enum(IDP_IDS, { message: `IdP is one of ${IDP_IDS.join(', ')}` }),
  sso: z.boolean().nullable(),
  provisioning: z.enum(PROVISIONING_MODES).nullable(),
  features: idpFeaturesSchema,
  integration: optionalText(300).nullable(),
  syncIntervalMinutes: z.int().min(1).max(10_080).nullable(),
  notes: optionalText(2000).nullable(),
});

export const sourceSchema = z.strictObject({
  url: httpUrl,
  title: shortText('Source title', 300),
  asOf: isoDate,
  covers: z.array(z.enum(SOURCE_COVERS)).max(SOURCE_COVERS.length),
});

/** A catalog record: the seed file format, the export format and the admin API body. */
export const appRecordSchema = z
  .strictObject({
    slug: slugSchema,
    name: shortText('Name', 120),
    vendor: shortText('Vendor', 160),
    category: z.enum(CATEGORIES, { message: 'Category must be one of the catalog categories' }),
    website: httpUrl,
    hosting: z.array(z.enum(APP_HOSTINGS)).min(1, 'At least one hosting option'),
    sso: z.strictObject({
      protocols: z.array(shortText('Protocol', 60)).max(10).nullable(),
      requiredForScim: z.boolean().nullable(),
    }),
    scim: z.strictObject({
      version: optionalText(40).nullable(),
      operations: z.array(z.enum(SCIM_OPERATIONS)).max(SCIM_OPERATIONS.length),
      attributes: z.array(shortText('Attribute', 120)).max(200).nullable(),
      tokenSource: optionalText(1000).nullable(),
      docsUrl: httpUrl.nullable(),
    }),
    limitations: z.array(shortText('Limitation', 2000)).max(100),
    discrepancies: z.array(shortText('Discrepancy', 2000)).max(100).default([]),
    plans: z.array(planSchema).max(30),
    idps: z.array(idpCapabilitySchema).max(IDP_IDS.length),
    sources: z.array(sourceSchema).max(50),
    verifiedAt: isoDate,
    confidence: z.enum(CONFIDENCE_LEVELS).nullable().optional(),
  })
  .superRefine((app, ctx) => {
    const ranks = new Set<number>();
    app.plans.forEach((plan, index) => {
      if (ranks.has(plan.rank)) ctx.addIssue({ code: 'custom', path: ['plans', index, 'rank'], message: `Rank ${plan.rank} is used twice` });
      ranks.add(plan.rank);
    });
    const names = new Set<string>();
    app.plans.forEach((plan, index) => {
      const key = plan.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['plans', index, 'name'], message: `Plan "${plan.name}" appears twice` });
      names.add(key);
    });
    const idps = new Set<string>();
    app.idps.forEach((capability, index) => {
      if (idps.has(capability.idp)) ctx.addIssue({ code: 'custom', path: ['idps', index, 'idp'], message: `IdP ${capability.idp} appears twice` });
      idps.add(capability.idp);
    });
  });

export const identityProviderSchema = z.strictObject({
  id: z.enum(IDP_IDS),
  name: shortText('Name', 120),
  provisioningStyle: optionalText(2000),
  notes: z.array(optionalText(2000)),
  syncIntervalMinutes: z.int().min(1).nullable(),
  sources: z.array(z.strictObject({ url: httpUrl, title: shortText('Title', 300), asOf: isoDate })),
});

export const billingSchema = z.enum(BILLINGS, { message: 'Billing is monthly or annual' });
/** Team sizes accepted everywhere: a whole number from 1 to 100,000. */
export const seatsSchema = z.coerce
  .number({ message: 'Seats must be a whole number from 1 to 100,000' })
  .int('Seats must be a whole number from 1 to 100,000')
  .min(1, 'Seats must be a whole number from 1 to 100,000')
  .max(100_000, 'Seats must be a whole number from 1 to 100,000');

// Admin variants of the record. The slug names the app in URLs and the history, so it never changes.

/** A new app: the whole record. */
export const appCreateSchema = appRecordSchema;

/** A save of a whole app, naming the version it was based on (optimistic concurrency). */
export const appUpdateSchema = appRecordSchema.safeExtend({
  version: z.int('Version is a whole number').min(1, 'Version is at least 1'),
});
