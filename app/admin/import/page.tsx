import type { Metadata } from 'next';
import { ImportPanel } from '@/components/admin/import-panel';
import { cardClass, secondaryButtonClass } from '@/components/admin/styles';
import { requireRole } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Import and export' };

export default async function ImportPage() {
  await requireRole('editor');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Import and export</h1>
      <section aria-labelledby="import-heading" className={cardClass}>
        <h2 id="import-heading" className="text-base font-semibold">
          Import a catalog file
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          Apps in the file are added or replaced by slug. Apps missing from the file are kept unless you tick the box. A file with a bad field is refused
          whole, with the path to each bad field.
        </p>
        <div className="mt-3">
          <ImportPanel />
        </div>
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
