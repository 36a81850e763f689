import type { PriceModel } from './types';

/** One figure of a price model, as the admin form shows it. */
export interface PriceField {
  key: string;
  label: string;
  /** amount: currency units, two decimals at most; seats: a whole number of users. */
  kind: 'amount' | 'seats';
  /** The key must be present (its value may still be null = not stated, where the schema allows it). */
  isRequired: boolean;
  /** null is allowed: the vendor states no such figure. */
  isNullable: boolean;
  help?: string;
}

/** The figures each price model has, in the order the form asks for them (see lib/catalog/schemas.ts). */
export const PRICE_FIELDS: Record<PriceModel, readonly PriceField[]> = {
  free: [],
  per_seat: [
    { key: 'monthlyPerSeat', label: 'Per user per month', kind: 'amount', isRequired: true, isNullable: true, help: 'Monthly billing. Leave empty when only an annual price is stated.' },
    { key: 'annualPerSeat', label: 'Per user per year (annual billing)', kind: 'amount', isRequired: false, isNullable: true, help: 'The yearly figure: the per-month annual price × 12.' },
    { key: 'minSeats', label: 'Minimum users', kind: 'seats', isRequired: false, isNullable: false },
  ],
  base_plus_seats: [
    { key: 'monthlyBase', label: 'Base fee per month', kind: 'amount', isRequired: true, isNullable: true },
    { key: 'includedSeats', label: 'Users included in the base fee', kind: 'seats', isRequired: true, isNullable: false },
    { key: 'monthlyPerExtraSeat', label: 'Per extra user per month', kind: 'amount', isRequired: true, isNullable: true },
    { key: 'annualBase', label: 'Base fee per year (annual billing)', kind: 'amount', isRequired: false, isNullable: true },
    { key: 'annualPerExtraSeat', label: 'Per extra user per year (annual billing)', kind: 'amount', isRequired: false, isNullable: true },
  ],
  flat: [
    { key: 'monthlyFlat', label: 'Flat price per month', kind: 'amount', isRequired: false, isNullable: true },
    { key: 'annualFlat', label: 'Flat price per year', kind: 'amount', isRequired: false, isNullable: true },
  ],
  annual_minimum: [
    { key: 'annualMinimum', label: 'Minimum spend per year', kind: 'amount', isRequired: true, isNullable: false },
    { key: 'annualPerSeat', label: 'Per user per year', kind: 'amount', isRequired: false, isNullable: true, help: 'When stated, the cost is whichever is more.' },
  ],
  quote: [
    { key: 'estimateAnnual', label: 'Public estimate per year', kind: 'amount', isRequired: false, isNullable: true, help: 'Only when a public source states one; it is never used as a price.' },
  ],
};

export const PRICE_MODELS = Object.keys(PRICE_FIELDS) as PriceModel[];

/** What an empty input means for this figure: null (not stated) when allowed, else absent. */
export function emptyFieldValue(field: PriceField): null | undefined {
  return field.isNullable ? null : undefined;
}

/** Reads a number input: "" is empty, anything else a number (NaN fails validation with a message). */
export function parseFieldInput(field: PriceField, raw: unknown): number | null | undefined {
  if (raw === '' || raw === null || raw === undefined) return emptyFieldValue(field);
  return typeof raw === 'number' ? raw : Number(raw);
}

type LoosePrice = Record<string, unknown> & { model?: unknown };

/** A fresh price of `model`, keeping the currency and note of the previous one. */
export function emptyPrice(model: PriceModel, previous?: LoosePrice | null): LoosePrice {
  const price: LoosePrice = { model, currency: typeof previous?.currency === 'string' ? previous.currency : 'USD' };
  if (typeof previous?.note === 'string' && previous.note !== '') price.note = previous.note;
  for (const field of PRICE_FIELDS[model]) {
    if (field.isRequired) price[field.key] = emptyFieldValue(field);
  }
  return price;
}

/** Only the keys the price's model has, without empty optional ones: what the strict schema accepts. */
export function cleanPrice(price: LoosePrice | null | undefined): LoosePrice | null {
  if (!price) return null;
  const model = price.model as PriceModel;
  const fields = PRICE_FIELDS[model];
  if (!fields) return price; // an unknown model: let validation name it
  const clean: LoosePrice = { model, currency: price.currency ?? 'USD' };
  if (typeof price.note === 'string' && price.note.trim() !== '') clean.note = price.note;
  for (const field of fields) {
    const value = price[field.key];
    if (value === undefined || value === '') {
      if (field.isRequired) clean[field.key] = emptyFieldValue(field);
      continue;
    }
    if (value === null && !field.isRequired) continue; // an absent optional figure is "not stated" too
    clean[field.key] = value;
  }
  return clean;
}

