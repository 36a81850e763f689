import type { IdpCapability, IdpId } from './types';

/** Short names for tables and badges (the full names live in the identity_providers table). */
export const IDP_SHORT_NAMES: Record<IdpId, string> = {
  okta: 'Okta',
  entra: 'Microsoft Entra ID',
  google: 'Google Workspace',
  onelogin: 'OneLogin',
  jumpcloud: 'JumpCloud',
  ping: 'Ping Identity',
};

/** Compact names for sentences and badges ("Entra ID provisions users only"). */
export const IDP_COMPACT_NAMES: Readonly<Record<IdpId, string>> = {
  okta: 'Okta',
  entra: 'Entra ID',
  google: 'Google Workspace',
  onelogin: 'OneLogin',
  jumpcloud: 'JumpCloud',
  ping: 'Ping Identity',
};

/** The IdPs every profile shows a row for, in this order, even when the catalog says nothing about one. */
export const DISPLAYED_IDPS: readonly IdpId[] = ['okta', 'entra', 'google', 'onelogin', 'jumpcloud', 'ping'];

/**
 * What an IdP can do for an app, in one word:
 * full = SCIM with group push; users = SCIM without group push; scim = SCIM, group push not stated;
 * jit = accounts created at first sign-in only; sso = sign-in without provisioning; none = documented as unsupported;
 * unknown = no source settles it.
 */
export type IdpSupportLevel = 'full' | 'users' | 'scim' | 'jit' | 'sso' | 'none' | 'unknown';

export function idpSupportLevel(capability: IdpCapability | undefined): IdpSupportLevel {
  if (!capability) return 'unknown';
  switch (capability.provisioning) {
    case 'scim':
      if (capability.features.pushGroups === true) return 'full';
      if (capability.features.pushGroups === false) return 'users';
      return 'scim';
    case 'jit':
      return 'jit';
    case 'none':
      return capability.sso === true ? 'sso' : 'none';
    default:
      return 'unknown';
  }
}

export const IDP_SUPPORT_LABELS: Record<IdpSupportLevel, string> = {
  full: 'SCIM + groups',
  users: 'Users only',
  scim: 'SCIM',
  jit: 'JIT only',
  sso: 'SSO only',
  none: 'No',
  unknown: 'Not stated',
};
