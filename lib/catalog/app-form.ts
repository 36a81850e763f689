import { cleanPrice } from './price-fields';
import type { AppRecord, AppRecordInput } from './types';

// The admin form edits an app record as typed by a person: lists are one item per line, empty
// inputs are "", plans are in the order shown. These helpers turn that into the record the
// shared schema validates, and back.

type Loose = Record<string, unknown>;

const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lines of a textarea list, trimmed, without blank ones. */
export function linesOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : [];
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
}

/** A list that may be "not stated": no lines means null. */
function nullableLines(value: unknown): string[] | null {
  const lines = linesOf(value);
  return lines.length > 0 ? lines : null;
}

/** "" and whitespace mean null (not stated). */
function nullableText(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  return value.trim() === '' ? null : value.trim();
}

function nullableNumber(value: unknown): unknown {
  if (value === '' || value === undefined || value === null) return null;
  return typeof value === 'number' ? value : Number(value);
}

/** The form's values as a record for the schema: blank lines dropped, ranks from the order, prices stripped to their model. */
export function normaliseAppForm(values: unknown): unknown {
  if (!isLoose(values)) return values;
  const sso = isLoose(values.sso) ? values.sso : {};
  const scim = isLoose(values.scim) ? values.scim : {};
  const record: Loose = {
    ...values,
    name: typeof values.name === 'string' ? values.name.trim() : values.name,
    vendor: typeof values.vendor === 'string' ? values.vendor.trim() : values.vendor,
    website: typeof values.website === 'string' ? values.website.trim() : values.website,
    sso: { ...sso, protocols: nullableLines(sso.protocols) },
    scim: {
      ...scim,
      version: nullableText(scim.version),
      attributes: nullableLines(scim.attributes),
      tokenSource: nullableText(scim.tokenSource),
      docsUrl: nullableText(scim.docsUrl),
    },
    limitations: linesOf(values.limitations),
    discrepancies: linesOf(values.discrepancies),
    confidence: nullableText(values.confidence),
  };
  if (Array.isArray(values.plans)) {
    record.plans = values.plans.map((plan: unknown, index) => {
      if (!isLoose(plan)) return plan;
      const { note, ...rest } = plan;
      const next: Loose = { ...rest, name: typeof rest.name === 'string' ? rest.name.trim() : rest.name, rank: index, price: cleanPrice(isLoose(rest.price) ? rest.price : null) };
      if (typeof note === 'string' && note.trim() !== '') next.note = note.trim();
      return next;
    });
  }
  if (Array.isArray(values.idps)) {
    record.idps = values.idps.map((capability: unknown) =>
      isLoose(capability)
        ? { ...capability, integration: nullableText(capability.integration), notes: nullableText(capability.notes), syncIntervalMinutes: nullableNumber(capability.syncIntervalMinutes) }
        : capability,
    );
  }
  if (Array.isArray(values.sources)) {
    record.sources = values.sources.map((source: unknown) =>
      isLoose(source) ? { ...source, url: typeof source.url === 'string' ? source.url.trim() : source.url, title: typeof source.title === 'string' ? source.title.trim() : source.title } : source,
    );
  }
  return record;
}

/** A blank record for "New app": nothing stated yet. */
export function blankAppRecord(today: string): AppRecordInput {
  return {
    slug: '',
    name: '',
    vendor: '',
    category: '' as AppRecordInput['category'], // the editor must choose one
    website: '',
    hosting: ['cloud'],
    sso: { protocols: null, requiredForScim: null },
    scim: { version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null },
    limitations: [],
    discrepancies: [],
    plans: [],
    idps: [],
    sources: [],
    verifiedAt: today,
    confidence: null,
  };
}

/** A stored record as the form starts from it. */
export function formValuesOf(record: AppRecord): AppRecordInput {
  return structuredClone({ ...record, confidence: record.confidence ?? null });
}
