import { IDP_SHORT_NAMES } from '../catalog/idps';
import type { IdpId } from '../catalog/types';
import type { OpenDataset, PublisherStatus } from './types';

export const DATASET_LABELS: Record<OpenDataset, string> = { 'scim-tax-index': 'SCIM Tax Index', 'sso-tax': 'sso.tax' };

export const DATASET_URLS: Record<OpenDataset, string> = { 'scim-tax-index': 'https://scimtax.org/', 'sso-tax': 'https://sso.tax' };

/** The publisher's own headline word, as the SCIM Tax Index uses it (our class is derived separately). */
export const PUBLISHER_STATUS_LABELS: Record<PublisherStatus, string> = {
  free: 'free (no SCIM tax)',
  gated: 'gated',
  partial: 'partial',
  none: 'no SCIM',
  unknown: 'unknown',
};

/** How a row was matched to a profile, in words. */
export const MATCH_RULE_LABELS: Record<string, string> = {
  slug: 'same slug',
  name: 'same name',
  alias: 'a name in brackets',
  company: 'same company name',
  'name-prefix': 'product name under the company name',
  origin: 'the row this profile was first imported from',
};

/** "Price of Starter", "Okta provisioning", "First plan with SCIM"… for a conflict's field path. */
export function describeConflictField(field: string): string {
  if (field === 'scim') return 'SCIM offered';
  if (field === 'firstScimPlan') return 'First plan with SCIM';
  if (field === 'firstSsoPlan') return 'First plan with SSO';
  const price = /^plans\.(.+)\.price$/.exec(field);
  if (price) return `Price of ${price[1]}`;
  const idp = /^idps\.([a-z]+)\.provisioning$/.exec(field);
  if (idp) return `${IDP_SHORT_NAMES[idp[1] as IdpId] ?? idp[1]} provisioning`;
  return field;
}

/** What a copy of the whole catalog must carry for the open data in it (CC-BY 4.0 asks for credit and a note of changes). */
export const OPEN_DATA_NOTICES = [
  'Parts of this catalog are from the SCIM Tax Index (Iden, 2026). https://scimtax.org/ — CC-BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changed: rows mapped into ScimGap\'s catalog model; each imported record cites its row in its sources.',
  'Parts of this catalog are from sso.tax — The SSO Wall of Shame (github.com/robchahin/sso-wall-of-shame), Apache License 2.0. Changed: vendor rows mapped into ScimGap\'s catalog model.',
] as const;
