import type { AppRecord, Source } from '../catalog/types';
import { findConflicts, type Conflict } from './find-conflicts';
import { VendorMatcher, type MatchRule, type MatchTarget } from './match-vendor';
import type { ImportedVendor, ImportProvenance, OpenDataset } from './types';

/**
 * Plans how imported open-data rows join the catalog, without touching anything: the caller (database layer,
 * admin page, CLI) applies the plan, or shows it first.
 *
 * Rules:
 * - A curated profile is never overwritten. A matching row is attached to it as extra sources (the dataset row and
 *   the pages it cites), and every disagreement is recorded as a `Conflict` to show on the profile.
 * - A row that matches nothing becomes a new "index" profile, marked as imported with its dataset, release and
 *   licence (the row's provenance).
 * - An index profile may be overwritten by newer data of the same dataset (a later release), or by the SCIM Tax
 *   Index when it was made from sso.tax alone (the index knows SCIM, sso.tax does not). Sources the old record had
 *   from other datasets are kept. The same or an older release leaves it unchanged.
 * - A row of another dataset than the profile's own is attached, with conflicts, like on a curated profile.
 * - Rows are taken SCIM Tax Index first, newest release first, so that a vendor new to the catalog becomes one
 *   profile from the richest row and the sso.tax row for it is attached there rather than making a second profile.
 * - A second row of the same dataset for one profile (same slug in one file, or an older release passed with a
 *   newer one) is a duplicate and is reported, never applied. A row that matches two profiles equally well is
 *   left for an editor (`ambiguous`).
 * Matching is done by match-vendor.ts; conflicts by find-conflicts.ts.
 */

export type ProfileOrigin = 'curated' | 'index';

export interface ExistingProfile {
  record: AppRecord;
  origin: ProfileOrigin;
  /** Set for index profiles: where their data came from. */
  provenance?: ImportProvenance | null;
}

export interface Attachment {
  vendor: ImportedVendor;
  matchedBy: MatchRule;
  /** Sources to add to the profile: the row's sources that it does not list yet (same URL and title). */
  sources: Source[];
  conflicts: Conflict[];
}

export interface ProfileAttachments {
  slug: string;
  origin: ProfileOrigin;
  attachments: Attachment[];
}

export interface AddedProfile {
  slug: string;
  /** The row the profile is made from; its provenance marks the profile as imported. */
  vendor: ImportedVendor;
  /** The row's record with the sources of rows attached to it in the same merge. */
  record: AppRecord;
  /** Rows of other datasets about the same vendor, attached to the new profile. */
  attachments: Attachment[];
}

export interface UpdatedIndexProfile {
  slug: string;
  vendor: ImportedVendor;
  matchedBy: MatchRule;
  previous: ImportProvenance | null;
  /** The new record: the newer row's, plus the sources the old record had from other datasets. */
  record: AppRecord;
}

export interface UnchangedProfile {
  slug: string;
  vendor: ImportedVendor;
  reason: string;
}

export interface DuplicateRow {
  vendor: ImportedVendor;
  /** The profile the row would have joined. */
  slug: string;
  reason: string;
}

export interface AmbiguousRow {
  vendor: ImportedVendor;
  matchedBy: MatchRule;
  candidates: string[];
}

export interface MergePlan {
  added: AddedProfile[];
  updatedIndex: UpdatedIndexProfile[];
  attachedToCurated: ProfileAttachments[];
  attachedToIndex: ProfileAttachments[];
  unchanged: UnchangedProfile[];
  duplicatesInInput: DuplicateRow[];
  ambiguous: AmbiguousRow[];
}

const DATASET_PRIORITY: Record<OpenDataset, number> = { 'scim-tax-index': 0, 'sso-tax': 1 };
const SOURCE_MARKS: Record<OpenDataset, RegExp> = { 'scim-tax-index': /SCIM Tax Index/, 'sso-tax': /sso\.tax/ };

interface Target extends MatchTarget {
  kind: 'curated' | 'index' | 'added';
  record: AppRecord;
  provenance: ImportProvenance | null;
  /** Datasets that already gave this profile a row in this merge. */
  datasetsSeen: Set<OpenDataset>;
}

const sourceKey = (source: Source) => `${source.url}\n${source.title}`;

function newSources(existing: readonly Source[], incoming: readonly Source[]): Source[] {
  const known = new Set(existing.map(sourceKey));
  return incoming.filter((source) => !known.has(sourceKey(source)));
}

/** Where each imported row goes: new index profile, refresh, attachment with conflicts, or nowhere (and why). */
export function planMerge(existing: readonly ExistingProfile[], imported: readonly ImportedVendor[]): MergePlan {
  const plan: MergePlan = { added: [], updatedIndex: [], attachedToCurated: [], attachedToIndex: [], unchanged: [], duplicatesInInput: [], ambiguous: [] };
  const targets: Target[] = existing.map((profile) => ({
    slug: profile.record.slug,
    record: profile.record,
    isCurated: profile.origin === 'curated',
    dataset: profile.origin === 'curated' ? null : (profile.provenance?.dataset ?? null),
    kind: profile.origin,
    provenance: profile.provenance ?? null,
    datasetsSeen: new Set(),
  }));
  const matcher = new VendorMatcher(targets);
  const added = new Map<string, AddedProfile>();
  const attachmentGroups = new Map<string, ProfileAttachments>();

  const ordered = imported
    .map((vendor, order) => ({ vendor, order }))
    .sort(
      (a, b) =>
        DATASET_PRIORITY[a.vendor.provenance.dataset] - DATASET_PRIORITY[b.vendor.provenance.dataset] ||
        b.vendor.provenance.release.localeCompare(a.vendor.provenance.release) ||
        a.order - b.order,
    );

  const attach = (target: Target, vendor: ImportedVendor, matchedBy: MatchRule) => {
    const attachment: Attachment = {
      vendor,
      matchedBy,
      sources: newSources(target.record.sources, vendor.record.sources),
      conflicts: findConflicts(target.slug, target.record, vendor),
    };
    if (target.kind === 'added') {
      const profile = added.get(target.slug);
      if (profile) {
        profile.attachments.push(attachment);
        profile.record = { ...profile.record, sources: [...profile.record.sources, ...attachment.sources] };
        target.record = profile.record;
      }
      return;
    }
    let group = attachmentGroups.get(target.slug);
    if (!group) {
      group = { slug: target.slug, origin: target.kind, attachments: [] };
      attachmentGroups.set(target.slug, group);
      (target.kind === 'curated' ? plan.attachedToCurated : plan.attachedToIndex).push(group);
    }
    group.attachments.push(attachment);
  };

  for (const { vendor } of ordered) {
    const { dataset, release } = vendor.provenance;
    const result = matcher.match(vendor);
    if (result.kind === 'ambiguous') {
      plan.ambiguous.push({ vendor, matchedBy: result.rule, candidates: result.candidates.map((target) => target.slug) });
      continue;
    }
    if (result.kind === 'none') {
      const target: Target = { slug: vendor.record.slug, record: vendor.record, isCurated: false, dataset, kind: 'added', provenance: vendor.provenance, datasetsSeen: new Set([dataset]) };
      const profile: AddedProfile = { slug: target.slug, vendor, record: vendor.record, attachments: [] };
      added.set(target.slug, profile);
      plan.added.push(profile);
      matcher.add(target);
      targets.push(target);
      continue;
    }

    const { target, rule } = result;
    if (target.datasetsSeen.has(dataset)) {
      plan.duplicatesInInput.push({ vendor, slug: target.slug, reason: `another ${dataset} row in this import already joins “${target.slug}”` });
      continue;
    }
    target.datasetsSeen.add(dataset);

    if (target.kind === 'index') {
      const previous = target.provenance;
      const isSameDataset = previous?.dataset === dataset;
      const isUpgrade = previous !== null && !isSameDataset && DATASET_PRIORITY[dataset] < DATASET_PRIORITY[previous.dataset];
      if ((isSameDataset && release > (previous?.release ?? '')) || isUpgrade) {
        // The new row replaces its own dataset's older sources; sources from other datasets stay.
        const kept = target.record.sources.filter((source) => !SOURCE_MARKS[dataset].test(source.title));
        const record = { ...vendor.record, slug: target.slug, sources: [...vendor.record.sources, ...newSources(vendor.record.sources, kept)] };
        plan.updatedIndex.push({ slug: target.slug, vendor, matchedBy: rule, previous, record });
        target.record = record;
        target.provenance = vendor.provenance;
        continue;
      }
      if (isSameDataset) {
        plan.unchanged.push({ slug: target.slug, vendor, reason: release === previous?.release ? `release ${release} is already imported` : `release ${release} is older than the imported ${previous?.release ?? ''}` });
        continue;
      }
    }
    attach(target, vendor, rule);
  }
  return plan;
}

export interface MergedProfile {
  record: AppRecord;
  origin: ProfileOrigin;
  /** For index profiles: the row the profile is made from. */
  provenance: ImportProvenance | null;
  /** Rows attached to the profile in this merge, with their conflicts. */
  attachments: Attachment[];
}

/** The catalog after a merge plan: curated records keep every field and only gain sources. */
export function applyMergePlan(existing: readonly ExistingProfile[], plan: MergePlan): MergedProfile[] {
  const updates = new Map(plan.updatedIndex.map((update) => [update.slug, update]));
  const groups = new Map([...plan.attachedToCurated, ...plan.attachedToIndex].map((group) => [group.slug, group]));
  const merged: MergedProfile[] = existing.map((profile) => {
    const update = updates.get(profile.record.slug);
    const group = groups.get(profile.record.slug);
    const base = update ? { record: update.record, provenance: update.vendor.provenance } : { record: profile.record, provenance: profile.provenance ?? null };
    const attachments = group?.attachments ?? [];
    const sources = [...base.record.sources, ...attachments.flatMap((attachment) => attachment.sources)];
    return { record: { ...base.record, sources }, origin: profile.origin, provenance: base.provenance, attachments };
  });
  for (const profile of plan.added) merged.push({ record: profile.record, origin: 'index', provenance: profile.vendor.provenance, attachments: profile.attachments });
  return merged;
}
