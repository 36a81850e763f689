import type { AttachedRow, ProfileOpenData } from '@/db/queries/open-data';
import { formatDate } from '@/lib/format';
import type { Conflict } from '@/lib/open-data/find-conflicts';
import { DATASET_LABELS, describeConflictField, MATCH_RULE_LABELS, PUBLISHER_STATUS_LABELS } from '@/lib/open-data/labels';
import type { ImportProvenance } from '@/lib/open-data/types';

/** The publisher's own words about a row: verdict, confidence, evidence and notes, when it gives them. */
function PublisherFacts({ provenance }: { provenance: ImportProvenance }) {
  const facts: [string, string][] = [];
  if (provenance.publisherStatus) facts.push(['Publisher’s verdict', PUBLISHER_STATUS_LABELS[provenance.publisherStatus]]);
  if (provenance.scimPlanName) facts.push(['SCIM plan as published', provenance.scimPlanName]);
  if (provenance.percentIncrease) facts.push(['Stated SSO price increase', provenance.percentIncrease]);
  if (provenance.confidence) facts.push(['Publisher’s confidence', provenance.confidence]);
  if (provenance.lastVerified) facts.push(['Last checked by the publisher', formatDate(provenance.lastVerified)]);
  if (provenance.evidence) facts.push(['Evidence', `“${provenance.evidence}”`]);
  if (provenance.notes) facts.push(['Notes', provenance.notes]);
  if (facts.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-ink-muted">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Licence({ provenance }: { provenance: ImportProvenance }) {
  return (
    <p className="mt-2 text-xs text-ink-muted">
      {provenance.attribution}{' '}
      <a href={provenance.licenseUrl} rel="noopener noreferrer license">
        Licence: {provenance.license}
      </a>
    </p>
  );
}

/** Shown at the top of a profile made from an open dataset rather than researched by an editor. */
export function ImportedMarker({ openData }: { openData: ProfileOpenData }) {
  const { provenance } = openData;
  if (openData.origin !== 'index' || !provenance) return null;
  const dataset = DATASET_LABELS[provenance.dataset];
  return (
    <aside aria-label="Imported profile" data-testid="imported-marker" className="mt-4 rounded border border-status-unknown bg-status-unknown-bg p-3 text-sm">
      <p>
        <strong>Imported profile.</strong> Made from {dataset}
        {provenance.dataset === 'sso-tax' ? ' snapshot ' : ' release '}
        {provenance.release}, row “{provenance.publisherName}”{openData.importedAt ? `, imported ${formatDate(openData.importedAt)}` : ''}. Our editors have
        not researched it yet: what the row does not say shows as “Not stated”.
      </p>
      <PublisherFacts provenance={provenance} />
      <Licence provenance={provenance} />
    </aside>
  );
}

/** Each open-data row about this app: who published it, how it was matched, and what it says. */
export function OpenDataRows({ rows }: { rows: AttachedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <ul className="space-y-4" data-testid="open-data-rows">
      {rows.map((row) => (
        <li key={row.dataset} className="rounded border border-line p-3">
          <h3 className="font-medium">
            {DATASET_LABELS[row.dataset]} {row.release}: row “{row.provenance.publisherName}”
          </h3>
          <p className="text-xs text-ink-muted">
            Matched by {MATCH_RULE_LABELS[row.matchedBy] ?? row.matchedBy}; imported {formatDate(row.importedAt)}.
          </p>
          <PublisherFacts provenance={row.provenance} />
          <Licence provenance={row.provenance} />
        </li>
      ))}
    </ul>
  );
}

/** Where an open dataset disagrees with this profile as it is now. */
export function ConflictTable({ conflicts }: { conflicts: Conflict[] }) {
  return (
    // Focusable so a keyboard can scroll it sideways on a narrow screen.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table of conflicts">
      <table className="data-table min-w-[36rem]" data-testid="conflicts">
        <caption className="sr-only">Where open datasets disagree with this profile</caption>
        <thead className="text-ink-muted">
          <tr>
            <th scope="col">What</th>
            <th scope="col">This profile</th>
            <th scope="col">The dataset says</th>
            <th scope="col">Dataset, as of</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={`${conflict.dataset}:${conflict.field}`}>
              <th scope="row">{describeConflictField(conflict.field)}</th>
              <td>{conflict.ours}</td>
              <td>{conflict.theirs}</td>
              <td className="whitespace-nowrap">
                {DATASET_LABELS[conflict.dataset]} {conflict.release}
                <span className="block text-xs text-ink-muted">as of {formatDate(conflict.asOf)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
