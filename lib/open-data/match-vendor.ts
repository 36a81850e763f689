import type { AppRecord } from '../catalog/types';
import type { ImportedVendor } from './types';
import { bracketAliasKeys, normaliseVendorName, vendorNameKey, vendorNameKeys } from './vendor-name';

/**
 * Finds the catalog profile an imported row is about.
 *
 * Tiers, tried in order; the first tier with exactly one candidate decides, two or more candidates in a tier make
 * the row ambiguous (it is left for an editor, never guessed):
 * 1. slug: the row's slug equals the profile's slug (a slug made from an sso.tax name is reported as `name`);
 * 2. name: the normalised names are equal, or one equals the other's slug ("Atlassian (Jira Cloud)" → atlassian);
 * 3. alias (our curated profiles only): the row's name is one listed in brackets in our name, e.g.
 *    "Lucidchart" → "Lucid (Lucidchart, Lucidspark)". Only our brackets count: an imported name's brackets name a
 *    parent company ("airfocus (Lucid)"), which must not match;
 * 4. company (curated only): the row's name is our vendor company ("dbt Labs" → dbt Cloud, vendor "dbt Labs,
 *    Inc."), when no other curated profile has that company;
 * 5. name-prefix: one normalised name is the other plus trailing words ("New Relic Infrastructure" → New Relic).
 * Rows of one dataset are distinct products by the publisher's own key, so between two rows of the same dataset
 * only the slug tier counts.
 * The tier that matched is kept with the attachment, so an editor can see how weak the match was.
 */

export const MATCH_RULES = ['slug', 'name', 'alias', 'company', 'name-prefix'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

export interface MatchTarget {
  slug: string;
  record: Pick<AppRecord, 'slug' | 'name' | 'vendor'>;
  isCurated: boolean;
  /** The dataset a profile created from imported data came from; null for curated profiles. */
  dataset: string | null;
}

export type MatchResult<T extends MatchTarget> = { kind: 'match'; target: T; rule: MatchRule } | { kind: 'ambiguous'; rule: MatchRule; candidates: T[] } | { kind: 'none' };

interface TargetKeys<T> {
  target: T;
  names: Set<string>;
  words: string[];
  aliases: Set<string>;
  company: string | null;
}

/** Matches imported vendors to a growing set of profiles; keys are computed once per profile. */
export class VendorMatcher<T extends MatchTarget> {
  private readonly entries: TargetKeys<T>[] = [];
  private readonly companyCounts = new Map<string, number>();

  constructor(targets: readonly T[] = []) {
    for (const target of targets) this.add(target);
  }

  add(target: T): void {
    const company = target.isCurated ? vendorNameKey(target.record.vendor) || null : null;
    if (company) this.companyCounts.set(company, (this.companyCounts.get(company) ?? 0) + 1);
    this.entries.push({
      target,
      names: new Set([...vendorNameKeys(target.record.name), target.slug]),
      words: normaliseVendorName(target.record.name).split(' ').filter(Boolean),
      aliases: new Set(target.isCurated ? bracketAliasKeys(target.record.name) : []),
      company,
    });
  }

  /** The profile this vendor belongs to, by the first tier that settles it. */
  match(vendor: ImportedVendor): MatchResult<T> {
    const slug = vendor.provenance.publisherSlug ?? vendor.record.slug;
    const names = vendorNameKeys(vendor.record.name);
    const words = normaliseVendorName(vendor.record.name).split(' ').filter(Boolean);
    const isPrefix = (shorter: string[], longer: string[]) => shorter.length > 0 && shorter.length < longer.length && shorter.every((word, index) => longer[index] === word);
    const tiers: [MatchRule, (entry: TargetKeys<T>) => boolean][] = [
      ['slug', (entry) => entry.target.slug === slug],
      ['name', (entry) => names.some((name) => entry.names.has(name)) || entry.names.has(slug)],
      ['alias', (entry) => names.some((name) => entry.aliases.has(name))],
      ['company', (entry) => entry.company !== null && this.companyCounts.get(entry.company) === 1 && names.includes(entry.company)],
      ['name-prefix', (entry) => isPrefix(words, entry.words) || isPrefix(entry.words, words)],
    ];
    for (const [rule, test] of tiers) {
      const candidates = this.entries
        .filter((entry) => rule === 'slug' || entry.target.dataset !== vendor.provenance.dataset)
        .filter(test)
        .map((entry) => entry.target);
      const distinct = [...new Set(candidates)];
      // A slug made from the name (sso.tax) is a name match, and is reported as one.
      const reported = rule === 'slug' && vendor.provenance.publisherSlug === null ? 'name' : rule;
      if (distinct.length === 1 && distinct[0]) return { kind: 'match', target: distinct[0], rule: reported };
      if (distinct.length > 1) return { kind: 'ambiguous', rule: reported, candidates: distinct };
    }
    return { kind: 'none' };
  }
}
