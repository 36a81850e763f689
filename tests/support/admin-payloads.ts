// Generated admin payloads, shared by the database property tests (tests/db) and the admin API
// property spec (tests/e2e). Relative imports only: Playwright loads this file too.
import fc from 'fast-check';
import { APP_HOSTINGS, CATEGORIES, CONFIDENCE_LEVELS, IDP_IDS, isStorableText, PLAN_HOSTINGS, PROVISIONING_MODES, SCIM_OPERATIONS, SOURCE_COVERS } from '../../lib/catalog/schemas';

/** Text that must reach the page as text: markup, script, RTL, emoji, zero-width and control characters. */
export const HOSTILE_TEXTS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'; DROP TABLE apps; --",
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C',
  '👩‍💻🚀🇺🇦',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'bell\u0007 and DEL\u007f',
  'tab\there',
  'Ünïcödé Ⅻ 𝔘𝔫𝔦',
  '{{7*7}} ${7*7}',
  '=HYPERLINK("https://evil.example","x")',
] as const;

type Json = Record<string, unknown>;

const money = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((cents) => cents / 100);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const stated = fc.constantFrom(true, false, null);

/** Printable text of 1..max characters after trimming: generated graphemes or a hostile sample. */
function someText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), weight: 2 },
      { arbitrary: fc.string({ minLength: 1, maxLength: 24 }), weight: 1 },
    )
    .filter((text) => text.trim().length > 0 && text.trim().length <= max && isStorableText(text));
}

const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const webUrl = fc.oneof(fc.constantFrom('https://example.com', 'http://example.org/docs?a=1&b=%3Cx%3E', 'https://xn--mnchen-3ya.example/pfad'), fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }));

const priceArbitrary = fc.oneof(
  fc.record({ model: fc.constant('free') }),
  fc.record({ model: fc.constant('quote'), estimateAnnual: maybe(money(1_000_000_00)) }, { requiredKeys: ['model'] }),
  fc.record({ model: fc.constant('per_seat'), currency: fc.constantFrom('USD', 'EUR'), monthlyPerSeat: money(200_00), annualPerSeat: maybe(money(2400_00)), minSeats: fc.integer({ min: 1, max: 50 }) }, { requiredKeys: ['model', 'monthlyPerSeat'] }),
  fc.record({ model: fc.constant('base_plus_seats'), monthlyBase: money(2000_00), includedSeats: fc.integer({ min: 0, max: 100 }), monthlyPerExtraSeat: money(100_00), annualBase: maybe(money(24_000_00)) }, { requiredKeys: ['model', 'monthlyBase', 'includedSeats', 'monthlyPerExtraSeat'] }),
  fc.record({ model: fc.constant('flat'), annualFlat: money(60_000_00), note: someText(200) }, { requiredKeys: ['model', 'annualFlat'] }),
  fc.record({ model: fc.constant('annual_minimum'), annualMinimum: money(100_000_00), annualPerSeat: maybe(money(2000_00)) }, { requiredKeys: ['model', 'annualMinimum'] }),
);

const planArbitrary = (name: string, rank: number) =>
  fc.record({
    name: fc.constant(name),
    rank: fc.constant(rank),
    hosting: fc.constantFrom(...PLAN_HOSTINGS),
    sso: stated,
    scim: stated,
    price: maybe(priceArbitrary),
    note: fc.option(someText(2000), { nil: undefined }),
  }).map((plan) => {
    const copy: Json = { ...plan };
    if (copy.note === undefined) delete copy.note;
    return copy;
  });

const plansArbitrary = fc
  .uniqueArray(someText(120), { maxLength: 4, selector: (name) => name.trim().toLowerCase() })
  .chain((names): fc.Arbitrary<Json[]> => (names.length === 0 ? fc.constant([]) : fc.tuple(...names.map((name, rank) => planArbitrary(name, rank)))));

const idpsArbitrary = fc.subarray([...IDP_IDS], { maxLength: 3 }).chain((idps): fc.Arbitrary<Json[]> =>
  idps.length === 0
    ? fc.constant([])
    : fc.tuple(
        ...idps.map((idp) =>
          fc.record({
            idp: fc.constant(idp),
            sso: stated,
            provisioning: maybe(fc.constantFrom(...PROVISIONING_MODES)),
            features: fc.record({ createUsers: stated, updateUsers: stated, deactivateUsers: stated, pushGroups: stated }),
            integration: maybe(someText(300)),
            syncIntervalMinutes: maybe(fc.integer({ min: 1, max: 10_080 })),
            notes: maybe(someText(2000)),
          }),
        ),
      ),
);

const sourceArbitrary = fc.record({ url: webUrl, title: someText(300), asOf: isoDay, covers: fc.subarray([...SOURCE_COVERS]) });

/** A catalog record the shared schema accepts, with text from every corner of Unicode. */
export function appRecordArbitrary(slug: fc.Arbitrary<string>): fc.Arbitrary<Json> {
  return fc.record({
    slug,
    name: someText(120),
    vendor: someText(160),
    category: fc.constantFrom(...CATEGORIES),
    website: webUrl,
    hosting: fc.subarray([...APP_HOSTINGS], { minLength: 1 }),
    sso: fc.record({ protocols: maybe(fc.array(someText(60), { maxLength: 3 })), requiredForScim: stated }),
    scim: fc.record({
      version: maybe(fc.constantFrom('2.0', '1.1', 'SCIM 2.0 (partial)')),
      operations: fc.subarray([...SCIM_OPERATIONS]),
      attributes: maybe(fc.array(someText(120), { maxLength: 3 })),
      tokenSource: maybe(someText(1000)),
      docsUrl: maybe(webUrl),
    }),
    limitations: fc.array(someText(2000), { maxLength: 3 }),
    discrepancies: fc.array(someText(2000), { maxLength: 2 }),
    plans: plansArbitrary,
    idps: idpsArbitrary,
    sources: fc.array(sourceArbitrary, { maxLength: 3 }),
    verifiedAt: isoDay,
    confidence: maybe(fc.constantFrom(...CONFIDENCE_LEVELS)),
  });
}

/** A slug nobody else uses: a fixed prefix, then generated parts. */
export const freshSlugArbitrary = (prefix: string) =>
  fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6}){0,2}$/).map((tail) => `${prefix}-${tail}`);

/**
 * One targeted mistake in an otherwise valid record, and the field path the refusal must name
 * (as lib/catalog/issues.ts writes paths). Every mistake is invalid whatever the record holds.
 */
export interface RecordMistake {
  name: string;
  path: string;
  /** Text the message must contain, when the message should name something specific. */
  mentions?: string;
  apply: (record: Json) => unknown;
}

const planAt0 = (record: Json): Json => {
  const plans = (record.plans as Json[] | undefined) ?? [];
  if (plans.length === 0) plans.push({ name: 'Team', rank: 0, hosting: 'cloud', sso: null, scim: null, price: null });
  record.plans = plans;
  return plans[0] as Json;
};
const idpAt0 = (record: Json): Json => {
  const idps = (record.idps as Json[] | undefined) ?? [];
  if (idps.length === 0) idps.push({ idp: 'okta', sso: null, provisioning: null, features: { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null }, integration: null, syncIntervalMinutes: null, notes: null });
  record.idps = idps;
  return idps[0] as Json;
};
const sourceAt0 = (record: Json): Json => {
  const sources = (record.sources as Json[] | undefined) ?? [];
  if (sources.length === 0) sources.push({ url: 'https://example.com', title: 'Pricing', asOf: '2026-01-01', covers: ['pricing'] });
  record.sources = sources;
  return sources[0] as Json;
};
const set = (field: string, value: unknown) => (record: Json) => ({ ...record, [field]: value });
const nested = (field: string, key: string, value: unknown) => (record: Json) => ({ ...record, [field]: { ...(record[field] as Json), [key]: value } });
const inPlan = (key: string, value: unknown) => (record: Json) => {
  planAt0(record)[key] = value;
  return record;
};
const priced = (price: unknown) => inPlan('price', price);

export const RECORD_MISTAKES: RecordMistake[] = [
  { name: 'empty name', path: 'name', mentions: 'Name is required', apply: set('name', '   ') },
  { name: 'name too long', path: 'name', mentions: 'at most 120', apply: set('name', 'n'.repeat(121)) },
  { name: 'name is a number', path: 'name', apply: set('name', 42) },
  { name: 'name is null', path: 'name', apply: set('name', null) },
  { name: 'NUL in the name', path: 'name', mentions: 'cannot be stored', apply: set('name', 'Acme\u0000<script>') },
  { name: 'lone surrogate in the vendor', path: 'vendor', mentions: 'cannot be stored', apply: set('vendor', 'Acme \ud800 Inc') },
  { name: 'NUL in a plan name', path: 'plans[0].name', mentions: 'cannot be stored', apply: (record) => { planAt0(record).name = 'Pro\u0000'; return record; } },
  { name: 'slug with spaces', path: 'slug', mentions: 'lowercase', apply: set('slug', 'Bad Slug') },
  { name: 'slug with a double hyphen', path: 'slug', apply: set('slug', 'a--b') },
  { name: 'slug too long', path: 'slug', apply: set('slug', 's'.repeat(81)) },
  { name: 'vendor missing', path: 'vendor', apply: (record) => { const copy = { ...record }; delete copy.vendor; return copy; } },
  { name: 'unknown category', path: 'category', mentions: 'catalog categories', apply: set('category', 'Crypto') },
  { name: 'javascript: website', path: 'website', mentions: 'http(s)', apply: set('website', 'javascript:window.__pwned=1') },
  { name: 'data: website', path: 'website', apply: set('website', 'data:text/html,<script>alert(1)</script>') },
  { name: 'website not a URL', path: 'website', apply: set('website', 'example dot com') },
  { name: 'no hosting', path: 'hosting', mentions: 'At least one', apply: set('hosting', []) },
  { name: 'unknown hosting', path: 'hosting[0]', apply: set('hosting', ['moon']) },
  { name: 'protocols not a list', path: 'sso.protocols', apply: nested('sso', 'protocols', 'SAML') },
  { name: 'javascript: docs URL', path: 'scim.docsUrl', apply: nested('scim', 'docsUrl', 'javascript:alert(1)') },
  { name: 'unknown SCIM operation', path: 'scim.operations[0]', apply: nested('scim', 'operations', ['purge']) },
  { name: 'blank limitation', path: 'limitations[0]', apply: set('limitations', ['  ']) },
  { name: 'limitation too long', path: 'limitations[0]', apply: set('limitations', ['l'.repeat(2001)]) },
  { name: '101 limitations', path: 'limitations', apply: set('limitations', Array.from({ length: 101 }, (_, index) => `limit ${index}`)) },
  { name: 'unknown top-level key', path: '(root)', mentions: 'isAdmin', apply: set('isAdmin', true) },
  { name: 'unknown key in a plan', path: 'plans[0]', mentions: '__proto__x', apply: inPlan('__proto__x', 1) },
  { name: 'negative price', path: 'plans[0].price.monthlyPerSeat', mentions: 'negative', apply: priced({ model: 'per_seat', monthlyPerSeat: -1 }) },
  { name: 'price with a fraction of a cent', path: 'plans[0].price.monthlyPerSeat', mentions: 'two decimals', apply: priced({ model: 'per_seat', monthlyPerSeat: 9.999 }) },
  { name: 'price as a string', path: 'plans[0].price.monthlyPerSeat', mentions: 'number', apply: priced({ model: 'per_seat', monthlyPerSeat: '12' }) },
  { name: 'huge price', path: 'plans[0].price.monthlyBase', apply: priced({ model: 'base_plus_seats', monthlyBase: 1e12, includedSeats: 1, monthlyPerExtraSeat: 1 }) },
  { name: 'unknown price model', path: 'plans[0].price', mentions: 'Price model', apply: priced({ model: 'pay_what_you_want' }) },
  { name: 'price without a figure', path: 'plans[0].price.monthlyFlat', apply: priced({ model: 'flat' }) },
  { name: 'price with a stray field', path: 'plans[0].price', apply: priced({ model: 'free', monthlyPerSeat: 0 }) },
  { name: 'lowercase currency', path: 'plans[0].price.currency', apply: priced({ model: 'free', currency: 'usd' }) },
  { name: 'fractional seat minimum', path: 'plans[0].price.minSeats', apply: priced({ model: 'per_seat', monthlyPerSeat: 1, minSeats: 1.5 }) },
  { name: 'rank out of range', path: 'plans[0].rank', apply: inPlan('rank', 101) },
  { name: 'unknown plan hosting', path: 'plans[0].hosting', apply: inPlan('hosting', 'on-prem') },
  { name: 'SCIM as a string', path: 'plans[0].scim', apply: inPlan('scim', 'yes') },
  {
    name: 'two plans with one rank',
    path: 'plans[1].rank',
    mentions: 'used twice',
    apply: (record) => {
      const first = planAt0(record);
      (record.plans as Json[]).splice(1, 0, { ...first, name: 'Duplicate rank plan' });
      return record;
    },
  },
  {
    name: 'two plans with one name',
    path: 'plans[1].name',
    mentions: 'appears twice',
    apply: (record) => {
      const first = planAt0(record);
      (record.plans as Json[]).splice(1, 0, { ...first, rank: 99 });
      return record;
    },
  },
  {
    name: 'plan names differing only in case',
    path: 'plans[1].name',
    mentions: 'appears twice',
    apply: (record) => ({ ...record, plans: [{ name: 'Team', rank: 0, hosting: 'cloud', sso: null, scim: null, price: null }, { name: 'TEAM', rank: 1, hosting: 'cloud', sso: null, scim: null, price: null }] }),
  },
  { name: '31 plans', path: 'plans', apply: set('plans', Array.from({ length: 31 }, (_, rank) => ({ name: `Plan ${rank}`, rank, hosting: 'cloud', sso: null, scim: null, price: null }))) },
  { name: 'unknown IdP', path: 'idps[0].idp', mentions: 'IdP is one of', apply: (record) => { idpAt0(record).idp = 'azure-ad'; return record; } },
  {
    name: 'one IdP twice',
    path: 'idps[1].idp',
    mentions: 'appears twice',
    apply: (record) => {
      const first = idpAt0(record);
      (record.idps as Json[]).splice(1, 0, { ...first });
      return record;
    },
  },
  { name: 'sync interval of zero', path: 'idps[0].syncIntervalMinutes', apply: (record) => { idpAt0(record).syncIntervalMinutes = 0; return record; } },
  { name: 'features missing', path: 'idps[0].features', apply: (record) => { delete idpAt0(record).features; return record; } },
  { name: 'javascript: source URL', path: 'sources[0].url', apply: (record) => { sourceAt0(record).url = 'javascript:alert(document.cookie)'; return record; } },
  { name: 'impossible source date', path: 'sources[0].asOf', mentions: 'YYYY-MM-DD', apply: (record) => { sourceAt0(record).asOf = '2026-02-30'; return record; } },
  { name: 'NUL in a source title', path: 'sources[0].title', mentions: 'cannot be stored', apply: (record) => { sourceAt0(record).title = 'a\u0000b'; return record; } },
  { name: 'blank source title', path: 'sources[0].title', apply: (record) => { sourceAt0(record).title = ''; return record; } },
  { name: 'unknown source coverage', path: 'sources[0].covers[0]', apply: (record) => { sourceAt0(record).covers = ['everything']; return record; } },
  { name: 'verifiedAt not a date', path: 'verifiedAt', apply: set('verifiedAt', 'yesterday') },
  { name: 'unknown confidence', path: 'confidence', apply: set('confidence', 'certain') },
  { name: 'body is null', path: '(root)', apply: () => null },
  { name: 'body is a list', path: '(root)', apply: (record) => [record] },
  { name: 'body is a string', path: '(root)', apply: () => 'metabase' },
];

export const recordMistakeArbitrary = fc.constantFrom(...RECORD_MISTAKES);

/** A valid record with one mistake; `record` is never mutated. */
export function withMistake(record: Json, mistake: RecordMistake): unknown {
  return mistake.apply(structuredClone(record));
}

/** A valid account for POST /api/v1/admin/users, then one mistake and the path it must name. */
export interface UserMistake {
  name: string;
  path: string;
  body: (valid: Json) => unknown;
}

export const USER_MISTAKES: UserMistake[] = [
  { name: 'short password', path: 'password', body: (valid) => ({ ...valid, password: 'short' }) },
  { name: 'password too long', path: 'password', body: (valid) => ({ ...valid, password: 'p'.repeat(129) }) },
  { name: 'not an email', path: 'email', body: (valid) => ({ ...valid, email: 'not-an-email' }) },
  { name: 'email with markup', path: 'email', body: (valid) => ({ ...valid, email: '<script>@x' }) },
  { name: 'unknown role', path: 'role', body: (valid) => ({ ...valid, role: 'superadmin' }) },
  { name: 'blank name', path: 'name', body: (valid) => ({ ...valid, name: '  ' }) },
  { name: 'name too long', path: 'name', body: (valid) => ({ ...valid, name: 'n'.repeat(121) }) },
  { name: 'NUL in the name', path: 'name', body: (valid) => ({ ...valid, name: 'Eve\u0000Admin' }) },
  { name: 'extra field', path: '(root)', body: (valid) => ({ ...valid, banned: false }) },
  { name: 'missing password', path: 'password', body: (valid) => { const copy = { ...valid }; delete copy.password; return copy; } },
  { name: 'role as a list', path: 'role', body: (valid) => ({ ...valid, role: ['admin'] }) },
];

export const USER_UPDATE_MISTAKES: { name: string; path: string; body: unknown }[] = [
  { name: 'empty change', path: '(root)', body: {} },
  { name: 'unknown role', path: 'role', body: { role: 'owner' } },
  { name: 'disabled as a string', path: 'disabled', body: { disabled: 'true' } },
  { name: 'extra field', path: '(root)', body: { role: 'editor', email: 'x@example.org' } },
  { name: 'password smuggled in', path: '(root)', body: { password: 'new password 123' } },
  { name: 'body is a list', path: '(root)', body: [{ role: 'editor' }] },
];

/** Any JSON at all, plus near-misses of the real shapes. */
export const anyJsonArbitrary = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('slug', 'name', 'version', 'plans', 'role', 'email', 'password', 'disabled', 'format', 'apps', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
);

/**
 * A generated slug as one URL path segment. "." and ".." (and their %2e spellings) are dot segments that every URL
 * parser removes before the request leaves, so they would address a different route, not a slug; they become "x".
 */
export function slugPathSegment(slug: string): string {
  const encoded = encodeURIComponent(slug);
  return encoded === '' || /^(\.|%2e){1,2}$/i.test(encoded) ? 'x' : encoded;
}
