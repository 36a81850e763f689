import { IDP_SHORT_NAMES } from '../catalog/idps';
import type { AppRecord, IdpCapability, IdpId, Plan, Price, Source } from '../catalog/types';
import { isAddOnPlan } from '../catalog/status';
import { clip } from './clip';
import { isEveryPlanPhrase, planNameKey } from './plan-name';
import { parsePriceText, type ParsedPriceText, type PriceTextOptions } from './price-text';
import { mapPublisherCategory } from './publisher-category';
import type {
  IdpValuesAsPublished,
  ImportedVendor,
  PlanRole,
  PublisherStatus,
  ScimOperationsAsPublished,
  ScimPlanScope,
  StatedPrice,
} from './types';

/**
 * Maps one SCIM Tax Index row (April 2026 or v3, already read into `IndexRow`) into our catalog model.
 *
 * Plans. A row names up to three plans: the team plan (cheapest paid multi-user tier), the SSO plan and the SCIM
 * plan. They become plans ranked team < SSO < SCIM, except that a free plan always ranks first; two that name the
 * same plan (same name once case, brackets and filler words are ignored) become one, unless either is a paid
 * add-on, which always stays its own plan.
 * - SCIM: the SCIM plan is by definition the cheapest plan with SCIM, so named plans below it get `scim: false`
 *   and it gets `true`. "All plans"/"Any … plan" put SCIM on every plan ("All paid plans": every plan not free).
 *   Status `none` puts `false` on every plan, and a `none` row without plans gets one placeholder plan "All plans"
 *   so that the "no" is not lost. An unknown SCIM plan ("—", "Unknown tier") leaves every plan `null`.
 * - SSO: likewise from the SSO plan (v3 only); the SCIM plan above it gets `sso: true` only when the row says SSO
 *   is required for SCIM; an SSO plan like "All packages" puts SSO on every plan. April rows say nothing about
 *   SSO, so SSO stays `null`.
 * - "Enterprise (JIT only)" (April) is no SCIM: every plan gets `scim: false`, that plan `sso: true` (accounts
 *   are created at SSO sign-in), and a limitation says so.
 * - A plan the row does not name (April's "~$15/u/mo") is called "Base plan" and gets `null` flags, because it
 *   may be the SCIM plan itself; April's bare "Free" base price becomes a plan named "Free".
 * - Paid add-ons ("SCIM Settings (paid add-on)", "+$4/u/mo", "Atlassian Guard (separate product)") become their
 *   own plan above the team plan, so the team plan keeps `scim: false`; an add-on's price is never a plan price
 *   (a quote stays a quote, any figure goes to the note).
 * Prices. Read by `parsePriceText`; for v3, a per-user price is used only when the text and the index's
 * normalised figure agree (the figure may be derived from a bundle, e.g. $24.95 for 10 members stored as 2.5).
 * IdPs (v3 only). native and via_generic → provisioning 'scim' (the integration text says which); sso_only → SSO
 * without provisioning; none → provisioning 'none' (the index checked and found nothing that provisions); null →
 * all null; any other value (directory_sync, third_party, api_connector…) → provisioning null, value in notes.
 * Features come from `scim_ops` for IdPs that provision by SCIM only.
 * Record fields the index has no column for: hosting is 'cloud' (the index covers SaaS products), the website is
 * the pricing page's origin, `verifiedAt` is `last_verified` or else the first day of the release month.
 */

export interface IndexRow {
  vendor: string;
  slug: string;
  category: string | null;
  status: PublisherStatus;
  scimPlan: string | null;
  scimPriceText: string | null;
  scimPricePerUserMonthly: number | null;
  teamPlan: string | null;
  teamPriceText: string | null;
  teamPricePerUserMonthly: number | null;
  priceMultiplier: number | null;
  ssoPlan: string | null;
  ssoPricePerUserMonthly: number | null;
  ssoRequiredForScim: boolean | null;
  scimAddonPriceText: string | null;
  minSeats: number | null;
  scimOps: ScimOperationsAsPublished | null;
  idp: IdpValuesAsPublished | null;
  genericScimEndpoint: boolean | null;
  pricingPageUrl: string;
  docsUrl: string | null;
  evidence: string | null;
  notes: string | null;
  confidence: 'high' | 'medium' | 'low' | null;
  lastVerified: string | null;
  firstAdded: string | null;
  statusPrev: PublisherStatus | null;
}

export interface IndexRowContext {
  release: string;
  rowNumber: number;
  /** v3 documents its billing basis (annual) and carries SSO, IdP and operation columns; April does not. */
  isV3: boolean;
}

export const SCIM_TAX_INDEX_URL = 'https://scimtax.org/';
export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';
const INDEX_IDPS = ['okta', 'entra', 'google', 'onelogin', 'jumpcloud'] as const satisfies readonly IdpId[];
const OTHER_IDP_VALUES: Record<string, string> = {
  directory_sync: "the vendor's own directory sync, not SCIM",
  third_party: 'a connector built by a third party',
  api_connector: "the IdP provisions through the vendor's own REST API",
};

/** "SCIM Tax Index (Iden, 2026). https://scimtax.org/ — CC-BY 4.0", plus the statement that we changed the rows. */
export function scimTaxIndexAttribution(release: string): string {
  return (
    `SCIM Tax Index (Iden, ${release.slice(0, 4)}). https://scimtax.org/ — CC-BY 4.0. ` +
    `Changed: release ${release} rows mapped into ScimGap's catalog model (plans, prices, IdP capabilities); the published values are kept with each record.`
  );
}

interface Rung {
  name: string;
  roles: PlanRole[];
  /** False for "Base plan", which the row does not name. */
  isNamed: boolean;
  isAddOn: boolean;
  otherNames: string[];
}

const isAddOn = (name: string) => isAddOnPlan({ name });
// Our schema's limits; longer published text is clipped and kept whole in the provenance.
const PLAN_NAME_MAX = 120;
const TITLE_MAX = 300;
const TEXT_MAX = 2000;
const isNothing = (text: string | null) => text === null || /^[—–-]/.test(text.trim());
const sameFigure = (a: number, b: number) => Math.abs(a - b) < 0.005;

function scimPlanScope(row: IndexRow, scimPrice: ParsedPriceText | null): ScimPlanScope {
  if (row.status === 'none') return 'none';
  const plan = row.scimPlan?.trim() ?? null;
  if (plan === null || isNothing(plan) || /^(unknown|not by tier)\b/i.test(plan)) return 'unknown';
  if (/\bJIT\b.*\bonly\b/i.test(plan)) return 'jit-only';
  if (isAddOn(plan) || row.scimAddonPriceText !== null || scimPrice?.isAddOn) return 'add-on';
  if (isEveryPlanPhrase(plan)) return /\bpaid\b/i.test(plan) ? 'all-paid-plans' : 'all-plans';
  return 'named';
}

function buildRungs(row: IndexRow, scope: ScimPlanScope, teamPrice: ParsedPriceText | null, isV3: boolean): Rung[] {
  const rungs: Rung[] = [];
  const add = (name: string, role: PlanRole, isNamed: boolean, isAddOnRung: boolean) => {
    const key = planNameKey(name);
    const same = isNamed && !isAddOnRung ? rungs.find((rung) => rung.isNamed && !rung.isAddOn && planNameKey(rung.name) === key) : undefined;
    if (same) {
      same.roles.push(role);
      if (same.name !== name) same.otherNames.push(name);
    } else {
      rungs.push({ name, roles: [role], isNamed, isAddOn: isAddOnRung, otherNames: [] });
    }
  };

  if (row.teamPlan) add(row.teamPlan, 'team', true, isAddOn(row.teamPlan));
  // April states the base plan's price without always naming it; v3 leaves team_plan null when there are no public tiers.
  else if (!isV3 && teamPrice && !teamPrice.isNothingToPrice) add(teamPrice.price?.model === 'free' ? 'Free' : 'Base plan', 'team', teamPrice.price?.model === 'free', false);
  if (row.ssoPlan && !(isEveryPlanPhrase(row.ssoPlan) && rungs.length > 0)) add(row.ssoPlan, 'sso', true, isAddOn(row.ssoPlan));
  const scimPlan = row.scimPlan?.trim() ?? '';
  if (scope === 'named' || scope === 'add-on' || scope === 'jit-only') add(scimPlan, 'scim', true, scope === 'add-on');
  if ((scope === 'all-plans' || scope === 'all-paid-plans') && rungs.length === 0) add(scimPlan, 'scim', true, false);
  return rungs;
}

function scimFlags(rungs: Rung[], scope: ScimPlanScope, prices: (Price | null)[]): (boolean | null)[] {
  switch (scope) {
    case 'none':
    case 'jit-only':
      return rungs.map(() => false);
    case 'unknown':
      return rungs.map(() => null);
    case 'all-plans':
      return rungs.map(() => true);
    case 'all-paid-plans':
      return rungs.map((_rung, index) => prices[index]?.model !== 'free');
    case 'named':
    case 'add-on': {
      const scimIndex = rungs.findIndex((rung) => rung.roles.includes('scim'));
      return rungs.map((rung, index) => (index < scimIndex ? (rung.isNamed ? false : null) : index === scimIndex ? true : null));
    }
  }
}

function ssoFlags(rungs: Rung[], row: IndexRow, scope: ScimPlanScope): (boolean | null)[] {
  if (row.ssoPlan && isEveryPlanPhrase(row.ssoPlan)) return rungs.map(() => true);
  const ssoIndex = rungs.findIndex((rung) => rung.roles.includes('sso'));
  // Just-in-time creation happens at SSO sign-in, so a JIT-only plan has SSO.
  const isRequiredForScim = (rung: Rung) => rung.roles.includes('scim') && (row.ssoRequiredForScim === true || scope === 'jit-only');
  if (ssoIndex === -1) return rungs.map((rung) => (isRequiredForScim(rung) ? true : null));
  return rungs.map((rung, index) => {
    if (index < ssoIndex) return rung.isNamed ? false : null;
    if (index === ssoIndex) return true;
    return isRequiredForScim(rung) ? true : null;
  });
}

interface RungPrice {
  price: Price | null;
  notes: string[];
}

/** A v3 per-user price stands only when the index's normalised figure agrees with the text. */
function checkedPrice(parsed: ParsedPriceText | null, normalised: number | null): RungPrice {
  const notes: string[] = [];
  if (parsed && parsed.price === null && parsed.unreadReason) notes.push(`Price not read from “${parsed.text}” (${parsed.unreadReason}).`);
  let price = parsed?.price ?? null;
  if (normalised !== null && price !== null && price.model !== 'quote' && price.model !== 'free') {
    const stated = parsed?.figures?.perUserMonthly ?? null;
    if (price.model !== 'per_seat' || stated === null || !sameFigure(stated, normalised)) {
      notes.push(`The index's figure of $${normalised} per user per month does not match the price text, so neither is used.`);
      price = null;
    }
  } else if (normalised !== null && price === null) {
    notes.push(`The index gives $${normalised} per user per month at annual billing, possibly derived from a bundle price; not used as a price.`);
  }
  return { price, notes };
}

interface ParsedRowPrices {
  team: ParsedPriceText | null;
  scim: ParsedPriceText | null;
  addOn: ParsedPriceText | null;
}

function rungPrice(rung: Rung, row: IndexRow, parsed: ParsedRowPrices, sourceLabel: string): RungPrice {
  const hasScimRole = rung.roles.includes('scim');
  if (rung.isAddOn) {
    const texts = [parsed.scim, parsed.addOn].filter((text): text is ParsedPriceText => text !== null && !text.isNothingToPrice);
    const isQuote = texts.length > 0 && texts.every((text) => text.price?.model === 'quote');
    const notes = [`Sold as a paid add-on${texts.length > 0 ? `, stated as ${texts.map((text) => `“${text.text}”`).join(' and ')}` : ''}; not a plan price.`];
    return { price: isQuote ? { model: 'quote', currency: 'USD', note: `${sourceLabel} states “${texts[0]?.text ?? ''}”` } : null, notes };
  }
  const candidates: RungPrice[] = [];
  if (hasScimRole) candidates.push(checkedPrice(parsed.scim, row.scimPricePerUserMonthly));
  if (rung.roles.includes('team')) candidates.push(checkedPrice(parsed.team, row.teamPricePerUserMonthly));
  if (rung.roles.includes('sso') && candidates.length === 0 && row.ssoPricePerUserMonthly !== null) {
    candidates.push({ price: null, notes: [`The index gives $${row.ssoPricePerUserMonthly} per user per month for this SSO plan, without a price text; not used as a price.`] });
  }
  const chosen = candidates.find((candidate) => candidate.price !== null);
  let price = chosen?.price ?? null;
  if (price?.model === 'per_seat' && hasScimRole && row.minSeats !== null) price = { ...price, minSeats: row.minSeats };
  const notes = [...new Set(candidates.flatMap((candidate) => (candidate === chosen ? [] : candidate.notes)).concat(chosen?.notes ?? []))];
  if (hasScimRole && row.minSeats !== null && price?.model !== 'per_seat') notes.push(`Minimum of ${row.minSeats} seats on this plan.`);
  return { price, notes };
}

function planNote(rung: Rung, row: IndexRow, context: IndexRowContext, scope: ScimPlanScope, priceNotes: string[]): string {
  const roleWords: Record<PlanRole, string> = { team: 'team plan', sso: 'SSO plan', scim: scope === 'jit-only' ? 'plan named for provisioning (JIT only, no SCIM)' : 'SCIM plan' };
  const parts = [`SCIM Tax Index ${context.release}: ${rung.roles.map((role) => roleWords[role]).join(', ')}.`];
  if (!rung.isNamed) parts.push('The index gives no plan name.');
  if (rung.otherNames.length > 0) parts.push(`Also named ${rung.otherNames.map((name) => `“${name}”`).join(', ')}.`);
  if ((scope === 'all-plans' || scope === 'all-paid-plans') && !rung.roles.includes('scim') && row.scimPlan) parts.push(`SCIM on “${row.scimPlan}”.`);
  parts.push(...priceNotes);
  return parts.join(' ');
}

function statedPrice(role: PlanRole, planName: string | null, parsed: ParsedPriceText | null, normalised: number | null, isV3: boolean): StatedPrice | null {
  if (!parsed && normalised === null) return null;
  const figures = parsed?.figures ?? null;
  // The index's own per-user figure is the first-party number v3 compares; the text fills what it does not state.
  const withNormalised =
    normalised === null
      ? figures
      : { currency: 'USD', baseMonthly: null, annualMinimum: null, isFree: false, isQuote: false, isApproximate: false, ...figures, perUserMonthly: normalised, basis: isV3 ? ('annual' as const) : ('unstated' as const) };
  return { role, planName, text: parsed?.text ?? null, figures: withNormalised };
}

function idpCapability(idp: IdpId, value: string | null | undefined, ops: ScimOperationsAsPublished | null): IdpCapability {
  const label = IDP_SHORT_NAMES[idp];
  const unknownFeatures = { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null };
  const base: IdpCapability = { idp, sso: null, provisioning: null, features: unknownFeatures, integration: null, syncIntervalMinutes: null, notes: null };
  const normalised = value?.trim().toLowerCase() ?? null;
  if (normalised === null || normalised === '') return base;
  const scimFeatures = {
    createUsers: ops?.create ?? null,
    updateUsers: ops?.update ?? null,
    deactivateUsers: ops?.deactivate ?? null,
    pushGroups: ops?.groups ?? null,
  };
  switch (normalised) {
    case 'native':
      return { ...base, provisioning: 'scim', features: scimFeatures, integration: `${label} catalogue app that provisions (SCIM Tax Index: native)` };
    case 'via_generic':
      return { ...base, provisioning: 'scim', features: scimFeatures, integration: `Generic SCIM app in ${label} against the vendor's SCIM endpoint (SCIM Tax Index: via_generic)` };
    case 'sso_only':
      return { ...base, sso: true, provisioning: 'none', integration: `${label} sign-in only, no provisioning (SCIM Tax Index: sso_only)` };
    case 'none':
      return { ...base, provisioning: 'none', notes: `Not listed or not supported for ${label} (SCIM Tax Index: none)` };
    default:
      return { ...base, notes: clip(`SCIM Tax Index value “${value}”: ${OTHER_IDP_VALUES[normalised] ?? 'a value we do not know'}; provisioning left unknown`, TEXT_MAX) };
  }
}

function limitationsOf(row: IndexRow, scope: ScimPlanScope, release: string): string[] {
  const limitations: string[] = [];
  const label = `(SCIM Tax Index ${release})`;
  if (scope === 'add-on') {
    limitations.push(`SCIM is sold as a paid add-on: “${row.scimPlan ?? ''}”${row.scimAddonPriceText ? `, priced “${row.scimAddonPriceText}”` : ''} ${label}`);
  }
  if (scope === 'jit-only') limitations.push(`Accounts are created just in time at SSO sign-in only; no SCIM: “${row.scimPlan ?? ''}” ${label}`);
  if (row.minSeats !== null) limitations.push(`The SCIM plan has a published minimum of ${row.minSeats} seats ${label}`);
  const ops = row.scimOps;
  if (ops?.create === false) limitations.push(`Creating users over SCIM is documented as not supported ${label}`);
  if (ops?.update === false) limitations.push(`Updating users over SCIM is documented as not supported ${label}`);
  if (ops?.deactivate === false) limitations.push(`Deactivating users over SCIM is documented as not supported ${label}`);
  if (ops?.groups === false) limitations.push(`Pushing groups over SCIM is documented as not supported ${label}`);
  if (ops?.delete === false) limitations.push(`SCIM DELETE is documented as not supported; users are deactivated instead ${label}`);
  return limitations;
}

/** Maps one SCIM Tax Index row into a catalog record and its provenance (rules at the top of this file). */
export function mapIndexRow(row: IndexRow, context: IndexRowContext): ImportedVendor {
  const { release, isV3 } = context;
  const sourceLabel = `SCIM Tax Index ${release}`;
  const priceOptions: PriceTextOptions = { defaultBasis: 'annual', isDefaultBasisDocumented: isV3, sourceLabel };
  const parsed = {
    team: parsePriceText(row.teamPriceText, priceOptions),
    scim: parsePriceText(row.scimPriceText, priceOptions),
    addOn: parsePriceText(row.scimAddonPriceText, priceOptions),
  };
  const scope = scimPlanScope(row, parsed.scim);
  const built = buildRungs(row, scope, parsed.team, isV3);
  if (built.length === 0 && scope === 'none') built.push({ name: 'All plans', roles: [], isNamed: true, isAddOn: false, otherNames: [] });
  // A free plan is the cheapest whatever the row's order ("Amazon Business account (free)" below its paid tier).
  const ladder = built
    .map((rung) => ({ rung, ...rungPrice(rung, row, parsed, sourceLabel) }))
    .sort((a, b) => Number(b.price?.model === 'free') - Number(a.price?.model === 'free'));
  const rungs = ladder.map((step) => step.rung);
  const scim = scimFlags(rungs, scope, ladder.map((step) => step.price));
  const sso = ssoFlags(rungs, row, scope);
  const plans: Plan[] = ladder.map(({ rung, price, notes }, index) => {
    const isPlaceholder = rung.roles.length === 0;
    const note = isPlaceholder
      ? `SCIM Tax Index ${release}: placeholder for the index's finding that no plan offers SCIM.`
      : planNote(rung, row, context, scope, notes);
    const name = clip(rung.name, PLAN_NAME_MAX);
    const fullNote = name === rung.name ? note : `Published name: “${rung.name}”. ${note}`;
    return { name, rank: index, hosting: 'cloud', sso: sso[index] ?? null, scim: scim[index] ?? null, price, note: clip(fullNote, TEXT_MAX) };
  });

  const asOf = row.lastVerified ?? `${release}-01`;
  const sources: Source[] = [
    {
      url: SCIM_TAX_INDEX_URL,
      title: clip(`SCIM Tax Index ${release} (Iden, CC BY 4.0), row “${row.vendor}”`, TITLE_MAX),
      asOf,
      covers: isV3 ? ['pricing', 'scim', 'sso', 'idps'] : ['pricing', 'scim'],
    },
    { url: row.pricingPageUrl, title: clip(`${row.vendor} pricing page, as cited by the SCIM Tax Index ${release}`, TITLE_MAX), asOf, covers: ['pricing'] },
  ];
  if (row.docsUrl) sources.push({ url: row.docsUrl, title: clip(`${row.vendor} documentation, as cited by the SCIM Tax Index ${release}`, TITLE_MAX), asOf, covers: ['scim', 'sso'] });

  const { category, isDefaulted } = mapPublisherCategory(row.category);
  const isScimClaimed = row.status === 'free' || row.status === 'gated' || row.status === 'partial';
  const ops = row.scimOps;
  const record: AppRecord = {
    slug: row.slug,
    name: clip(row.vendor, 120),
    vendor: clip(row.vendor, 160),
    category,
    website: new URL(row.pricingPageUrl).origin,
    hosting: ['cloud'],
    sso: { protocols: null, requiredForScim: row.ssoRequiredForScim },
    scim: {
      version: row.genericScimEndpoint === true ? '2.0' : null,
      operations: ops ? (['create', 'update', 'deactivate', 'groups'] as const).filter((operation) => ops[operation] === true) : [],
      attributes: null,
      tokenSource: null,
      docsUrl: isScimClaimed ? row.docsUrl : null,
    },
    limitations: limitationsOf(row, scope, release).map((limitation) => clip(limitation, TEXT_MAX)),
    discrepancies: [],
    plans,
    idps: row.idp ? INDEX_IDPS.map((idp) => idpCapability(idp, row.idp?.[idp], ops)) : [],
    sources,
    verifiedAt: asOf,
    confidence: row.confidence,
  };

  const teamRung = rungs.find((rung) => rung.roles.includes('team'));
  const teamPlanName = teamRung?.isNamed ? teamRung.name : null;
  const statedPrices = [
    statedPrice('team', teamPlanName, parsed.team, row.teamPricePerUserMonthly, isV3),
    row.ssoPlan ? statedPrice('sso', row.ssoPlan, null, row.ssoPricePerUserMonthly, isV3) : null,
    scope !== 'none' && scope !== 'unknown'
      ? statedPrice('scim', row.scimPlan, parsed.scim, row.scimPricePerUserMonthly, isV3)
      : null,
  ].filter((entry): entry is StatedPrice => entry !== null);

  return {
    record,
    provenance: {
      dataset: 'scim-tax-index',
      release,
      license: 'CC-BY 4.0',
      licenseUrl: CC_BY_URL,
      attribution: scimTaxIndexAttribution(release),
      rowNumber: context.rowNumber,
      publisherName: row.vendor,
      publisherSlug: row.slug,
      publisherStatus: row.status,
      publisherCategory: row.category,
      isCategoryDefaulted: isDefaulted,
      confidence: row.confidence,
      evidence: row.evidence,
      notes: row.notes,
      lastVerified: row.lastVerified,
      firstAdded: row.firstAdded,
      statusPrev: row.statusPrev,
      scimPlanScope: scope,
      scimPlanName: scope === 'none' || scope === 'unknown' ? null : row.scimPlan,
      ssoPlanName: row.ssoPlan,
      statedPrices,
      scimOps: row.scimOps,
      genericScimEndpoint: row.genericScimEndpoint,
      idpValues: row.idp,
      priceMultiplier: row.priceMultiplier,
      percentIncrease: null,
    },
  };
}
