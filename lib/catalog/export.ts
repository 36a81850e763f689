import { csvCell } from '../csv';
import { describePrice } from '../format';
import type { CatalogExport } from './export-format';
import { DISPLAYED_IDPS, idpSupportLevel } from './idps';
import type { AppRecord } from './types';

/** The record fields of a stored profile, without bookkeeping such as ids, versions or editors. */
export function toAppRecord(profile: AppRecord): AppRecord {
  const record: AppRecord = {
    slug: profile.slug,
    name: profile.name,
    vendor: profile.vendor,
    category: profile.category,
    website: profile.website,
    hosting: profile.hosting,
    sso: profile.sso,
    scim: profile.scim,
    limitations: profile.limitations,
    discrepancies: profile.discrepancies,
    plans: profile.plans,
    idps: profile.idps,
    sources: profile.sources,
    verifiedAt: profile.verifiedAt,
    confidence: profile.confidence ?? null,
  };
  return record;
}

/** The whole catalog in the export (and import) format, ordered by slug so two exports diff cleanly. */
export function toCatalogExport(profiles: readonly AppRecord[], exportedAt: Date): CatalogExport {
  const apps = [...profiles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)).map(toAppRecord);
  return { format: 'scimgap-catalog', formatVersion: 1, exportedAt: exportedAt.toISOString(), apps };
}

const CSV_COLUMNS = [
  'slug', 'name', 'vendor', 'category', 'website', 'verified_at',
  'plan', 'plan_rank', 'plan_hosting', 'plan_sso', 'plan_scim', 'price_model', 'price_as_stated', 'currency',
  'monthly_per_seat', 'annual_per_seat', 'min_seats', 'monthly_base', 'included_seats', 'monthly_per_extra_seat', 'annual_base',
  'annual_per_extra_seat', 'monthly_flat', 'annual_flat', 'annual_minimum',
  ...DISPLAYED_IDPS.map((idp) => `idp_${idp}`),
] as const;

/** One line per plan (an app without plans gets one line), with each IdP's support level; empty cells are not stated. */
export function catalogToCsv(profiles: readonly AppRecord[]): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const app of profiles) {
    const idpCells = DISPLAYED_IDPS.map((idp) => idpSupportLevel(app.idps.find((capability) => capability.idp === idp)));
    const plans = app.plans.length > 0 ? [...app.plans].sort((a, b) => a.rank - b.rank) : [null];
    for (const plan of plans) {
      const price = plan?.price ?? null;
      const field = (key: string): number | null => {
        if (!price) return null;
        const value = (price as Record<string, unknown>)[key];
        return typeof value === 'number' ? value : null;
      };
      const cells = [
        app.slug, app.name, app.vendor, app.category, app.website, app.verifiedAt,
        plan?.name, plan?.rank, plan?.hosting, plan?.sso, plan?.scim, price?.model ?? (plan ? 'not_stated' : null), plan ? describePrice(price) : null, price?.currency,
        field('monthlyPerSeat'), field('annualPerSeat'), field('minSeats'), field('monthlyBase'), field('includedSeats'), field('monthlyPerExtraSeat'),
        field('annualBase'), field('annualPerExtraSeat'), field('monthlyFlat'), field('annualFlat'), field('annualMinimum'),
        ...idpCells,
      ];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
