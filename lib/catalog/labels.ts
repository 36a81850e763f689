import { IDP_SHORT_NAMES } from './idps';

/** Display names of the identity providers, for text that is built without the database. */
export const IDP_LABELS = IDP_SHORT_NAMES;

export const PRICE_MODEL_LABELS = {
  free: 'Free',
  per_seat: 'Per seat',
  base_plus_seats: 'Base fee plus seats',
  flat: 'Flat price',
  annual_minimum: 'Annual minimum',
  quote: 'Quote only',
} as const;

/** "Yes", "No" or "Not stated": null is a capability no source settles, which is not "No". */
export function triStateLabel(value: boolean | null | undefined): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return 'Not stated';
}
