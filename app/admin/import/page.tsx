import type { Metadata } from 'next';
import { ImportPanel } from '@/components/admin/import-panel';
import { cardClass, secondaryButtonClass } from '@/components/admin/styles';
import { getDb } from '@/db/client';
import { getOpenDataTotals } from '@/db/queries/open-data';
import { formatDateTime } from '@/lib/format';
import { DATASET_LABELS } from '@/lib/open-data/labels';
import type { OpenDataset } from '@/lib/open-data/types';
import { requireRole } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Import and export' };

export default async function ImportPage() {
  await requireRole('editor');
  const totals = await getOpenDataTotals(await getDb());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Import and export</h1>
      <section aria-labelledby="import-heading" className={cardClass}>
        <h2 id="import-heading" className="text-base font-semibold">
          Import a catalog file or open data
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          A catalog export adds or replaces apps by slug; apps missing from it are kept unless you tick the box. Open data (SCIM Tax Index, sso.tax) adds
          vendors we do not have as imported profiles and refreshes those from a newer release; a row about a curated profile never changes it: it is kept
          beside it and its disagreements show as conflicts. A file with a bad row or field is refused whole, each problem with its row and field.
        </p>
        <div className="mt-3">
          <ImportPanel />
        </div>
      </section>
      <section aria-labelledby="open-data-heading" className={cardClass}>
        <h2 id="open-data-heading" className="text-base font-semibold">
          Open data in the catalog
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          {totals.curated} curated and {totals.index} imported profiles; {totals.attachedRows} open-data rows kept beside profiles, with {totals.conflicts}{' '}
          conflicts on {totals.profilesWithConflicts} profiles.
        </p>
        {totals.imports.length > 0 ? (
          <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Open-data imports">
            <table className="w-full min-w-[40rem] text-left text-sm" data-testid="open-data-imports">
              <caption className="sr-only">Open-data imports, oldest first</caption>
              <thead className="border-b border-line text-ink-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">When</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Dataset</th>
                  <th scope="col" className="py-2 pr-3 font-medium">From</th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">Rows</th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">Added</th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">Refreshed</th>
                  <th scope="col" className="py-2 text-right font-medium">Attached</th>
                </tr>
              </thead>
              <tbody>
                {totals.imports.map((entry) => (
                  <tr key={`${entry.at}:${entry.dataset}:${entry.release}`} className="border-b border-line last:border-0">
                    <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(entry.at)}</td>
                    <td className="py-2 pr-3">
                      {DATASET_LABELS[entry.dataset as OpenDataset] ?? entry.dataset} {entry.release}
                    </td>
                    <td className="py-2 pr-3 break-all">{entry.origin}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{entry.rows}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{entry.added}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{entry.updated}</td>
                    <td className="py-2 text-right tabular-nums">{entry.attached}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="export-heading" className={cardClass}>
        <h2 id="export-heading" className="text-base font-semibold">
          Export the catalog
        </h2>
        <p className="mt-1 text-sm text-ink-muted">Every live app in the export format: the file the import accepts.</p>
        <a href="/api/v1/admin/export" className={`${secondaryButtonClass} mt-3`} download>
          Download the catalog (JSON)
        </a>
      </section>
    </div>
  );
}
