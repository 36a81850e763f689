import { describePrice } from '../format';
import { diffValues } from './diff';
import { IDP_LABELS, triStateLabel } from './labels';
import type { IdpId, Plan, Price } from './types';

// What a public profile's changelog tells readers: plans, prices, SSO, SCIM and IdP support.
// Nothing about who made the change, and nothing about notes, sources or limitations.

const PUBLIC_ROOTS = ['plans', 'sso', 'scim', 'idps'] as const;

const FIELD_LABELS: Record<string, string> = {
  'sso.protocols': 'SSO protocols',
  'sso.requiredForScim': 'SSO required for SCIM',
  'scim.version': 'SCIM version',
  'scim.operations': 'SCIM operations',
  'scim.attributes': 'SCIM attributes',
  'scim.tokenSource': 'SCIM token source',
  'scim.docsUrl': 'SCIM documentation link',
  sso: 'SSO',
  scim: 'SCIM',
  provisioning: 'provisioning',
  createUsers: 'creates users',
  updateUsers: 'updates users',
  deactivateUsers: 'deactivates users',
  pushGroups: 'pushes groups',
  integration: 'integration',
  syncIntervalMinutes: 'sync interval (minutes)',
  hosting: 'hosting',
};

const PROVISIONING_LABELS: Record<string, string> = { scim: 'SCIM', jit: 'Just-in-time only', none: 'None' };

function publicValue(value: unknown, field: string): string {
  if (value === null || value === undefined) return 'Not stated';
  if (typeof value === 'boolean') return triStateLabel(value);
  if (field === 'provisioning' && typeof value === 'string') return PROVISIONING_LABELS[value] ?? value;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

const planLabel = (name: string) => `${name} plan`;
const idpLabel = (id: string) => IDP_LABELS[id as IdpId] ?? id;
const asPlan = (value: unknown) => value as Plan;

/** Readable lines for the public changes between two versions of an app record. */
export function publicChangeLines(before: unknown, after: unknown): string[] {
  const changes = diffValues(before, after).filter((change) => PUBLIC_ROOTS.some((root) => change.path === root || change.path.startsWith(`${root}.`) || change.path.startsWith(`${root}[`)));
  const lines: string[] = [];
  const pricedPlans = new Set<string>();
  const planPrices = new Map<string, { before: Price | null; after: Price | null }>();

  for (const change of changes) {
    const plan = /^plans\[(.+?)\](?:\.(.*))?$/.exec(change.path);
    if (plan) {
      const [, name = '', rest] = plan;
      if (rest === undefined) {
        if (change.kind === 'added') {
          const added = asPlan(change.after);
          lines.push(`${planLabel(name)} added: ${describePrice(added.price ?? null)}; SSO ${triStateLabel(added.sso).toLowerCase()}, SCIM ${triStateLabel(added.scim).toLowerCase()}`);
        } else if (change.kind === 'removed') lines.push(`${planLabel(name)} removed`);
        continue;
      }
      if (rest === 'price' || rest.startsWith('price.')) {
        if (!pricedPlans.has(name)) {
          pricedPlans.add(name);
          planPrices.set(name, { before: priceOf(before, name), after: priceOf(after, name) });
        }
        continue;
      }
      if (rest === 'sso' || rest === 'scim' || rest === 'hosting') {
        const field = rest === 'sso' ? 'SSO' : rest === 'scim' ? 'SCIM' : 'hosting';
        lines.push(`${planLabel(name)} ${field}: ${publicValue(change.before, rest)} → ${publicValue(change.after, rest)}`);
      }
      continue; // rank and notes are not news for readers
    }
    const idp = /^idps\[(.+?)\](?:\.(?:features\.)?(.*))?$/.exec(change.path);
    if (idp) {
      const [, id = '', field] = idp;
      if (field === undefined) lines.push(`${idpLabel(id)} ${change.kind === 'added' ? 'support recorded' : 'entry removed'}`);
      else if (field !== 'notes') lines.push(`${idpLabel(id)} ${FIELD_LABELS[field] ?? field}: ${publicValue(change.before, field)} → ${publicValue(change.after, field)}`);
      continue;
    }
    const label = FIELD_LABELS[change.path] ?? change.path;
    if (change.kind === 'added') lines.push(`${label}: added ${publicValue(change.after, change.path)}`);
    else if (change.kind === 'removed') lines.push(`${label}: removed ${publicValue(change.before, change.path)}`);
    else lines.push(`${label}: ${publicValue(change.before, change.path)} → ${publicValue(change.after, change.path)}`);
  }

  for (const [name, price] of planPrices) {
    lines.push(`${planLabel(name)} price: ${describePrice(price.before)} → ${describePrice(price.after)}`);
  }
  return lines;
}

function priceOf(record: unknown, planName: string): Price | null {
  if (typeof record !== 'object' || record === null) return null;
  const plans = (record as { plans?: unknown }).plans;
  if (!Array.isArray(plans)) return null;
  const plan = plans.find((candidate: unknown) => (candidate as Plan | null)?.name === planName) as Plan | undefined;
  return plan?.price ?? null;
}

