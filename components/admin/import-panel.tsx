'use client';

import { useId, useRef, useState } from 'react';
import { useIsHydrated } from './use-is-hydrated';
import type { ImportReport as CatalogImportReport } from '@/db/queries/apps';
import type { OpenDataImportReport } from '@/db/queries/open-data';
import { DATASET_LABELS, describeConflictField } from '@/lib/open-data/labels';
import { errorAlertClass, inputClass, labelClass, primaryButtonClass, secondaryButtonClass, successAlertClass, warningAlertClass } from './styles';

type ImportReport = (CatalogImportReport & { kind: 'catalog'; dryRun: boolean }) | (OpenDataImportReport & { kind: 'open-data'; dryRun: boolean });

interface ApiFailure {
  error?: { code?: string; message?: string; problems?: string[] };
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'working'; label: string }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'applied'; report: ImportReport }
  | { kind: 'refused'; message: string; problems: string[] };

const MAX_FILE_BYTES = 10_000_000;

function SlugList({ title, slugs, empty }: { title: string; slugs: string[]; empty?: string }) {
  return (
    <div>
      <h3 className="font-medium">
        {title}: {slugs.length}
      </h3>
      {slugs.length > 0 ? <p className="break-words text-ink-muted">{slugs.join(', ')}</p> : empty ? <p className="text-ink-muted">{empty}</p> : null}
    </div>
  );
}

function CatalogReport({ report, removeMissing }: { report: CatalogImportReport & { dryRun: boolean }; removeMissing: boolean }) {
  const verb = report.dryRun ? 'would be' : 'were';
  return (
    <div className="space-y-3 text-sm" data-testid="import-report">
      <SlugList title={`Apps that ${verb} added`} slugs={report.added} />
      {report.restored.length > 0 ? <SlugList title={`Deleted apps that ${verb} restored`} slugs={report.restored} /> : null}
      <div>
        <h3 className="font-medium">
          Apps that {verb} changed: {report.changed.length}
        </h3>
        {report.changed.length > 0 ? (
          <ul className="mt-1 space-y-1">
            {report.changed.map((change) => (
              <li key={change.slug}>
                <details>
                  <summary className="cursor-pointer">
                    {change.slug} ({change.changes.length} {change.changes.length === 1 ? 'change' : 'changes'})
                  </summary>
                  <ul className="mt-1 list-disc pl-5 font-mono text-xs break-all">
                    {change.changes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p>Unchanged: {report.unchanged}</p>
      <SlugList
        title={removeMissing ? `Apps missing from the file that ${verb} removed (soft delete, restorable)` : 'Apps missing from the file (kept)'}
        slugs={removeMissing ? report.removed : report.missing}
      />
    </div>
  );
}

const FORMAT_LABELS: Record<string, string> = {
  'scim-tax-index-v3-json': 'SCIM Tax Index, v3 JSON',
  'scim-tax-index-v3-csv': 'SCIM Tax Index, v3 CSV',
  'scim-tax-index-2026-04-json': 'SCIM Tax Index, April 2026 JSON',
  'scim-tax-index-2026-04-csv': 'SCIM Tax Index, April 2026 CSV',
  'sso-tax-json': 'sso.tax JSON',
};

function OpenDataReport({ report }: { report: OpenDataImportReport & { dryRun: boolean } }) {
  const verb = report.dryRun ? 'would be' : 'were';
  const releases = report.datasets.map((entry) => `${DATASET_LABELS[entry.dataset]} ${entry.release} (${entry.rows} rows)`).join(', ');
  return (
    <div className="space-y-3 text-sm" data-testid="import-report">
      <p>
        {FORMAT_LABELS[report.format] ?? report.format}: {releases}.
      </p>
      <SlugList title={`New imported profiles that ${verb} added`} slugs={report.added.map((entry) => entry.slug)} />
      <SlugList title={`Imported profiles that ${verb} refreshed from a newer release`} slugs={report.updated.map((entry) => `${entry.slug} (${entry.from ?? '?'} → ${entry.to})`)} />
      <div>
        <h3 className="font-medium">
          Rows that {verb} attached to existing profiles: {report.attached.length} ({report.conflicts} {report.conflicts === 1 ? 'conflict' : 'conflicts'})
        </h3>
        <p className="text-ink-muted">No field of these profiles changes: the row is kept beside the profile, and where it disagrees shows as a conflict.</p>
        {report.attached.length > 0 ? (
          <ul className="mt-1 space-y-1">
            {report.attached.map((entry) => (
              <li key={`${entry.slug}:${entry.dataset}`}>
                {entry.conflicts.length > 0 ? (
                  <details>
                    <summary className="cursor-pointer">
                      {entry.slug} — {DATASET_LABELS[entry.dataset]} {entry.release}, {entry.conflicts.length} {entry.conflicts.length === 1 ? 'conflict' : 'conflicts'}
                    </summary>
                    <ul className="mt-1 list-disc pl-5 text-xs">
                      {entry.conflicts.map((conflict) => (
                        <li key={conflict.field}>
                          {describeConflictField(conflict.field)}: ours {conflict.ours}; theirs {conflict.theirs}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <span>
                    {entry.slug} — {DATASET_LABELS[entry.dataset]} {entry.release}, no conflict
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p>Unchanged: {report.unchanged.length}</p>
      {report.skipped.length > 0 ? (
        <div>
          <h3 className="font-medium">Rows left out: {report.skipped.length}</h3>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {report.skipped.map((entry) => (
              <li key={`${entry.dataset}:${entry.row}`}>
                Row {entry.row} “{entry.name}”: {entry.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Report({ report, removeMissing }: { report: ImportReport; removeMissing: boolean }) {
  return report.kind === 'open-data' ? <OpenDataReport report={report} /> : <CatalogReport report={report} removeMissing={removeMissing} />;
}

function changeCount(report: ImportReport): number {
  if (report.kind === 'open-data') return report.added.length + report.updated.length + report.attached.length;
  return report.added.length + report.restored.length + report.changed.length + report.removed.length;
}

function confirmationText(report: ImportReport, removeMissing: boolean): string {
  if (report.kind === 'open-data') {
    return `Apply: add ${report.added.length} imported profiles, refresh ${report.updated.length}, attach ${report.attached.length} rows (${report.conflicts} conflicts). Curated profiles keep every field. Each change is recorded in the history.`;
  }
  return `Apply: add ${report.added.length}, restore ${report.restored.length}, change ${report.changed.length}${removeMissing ? `, remove ${report.removed.length}` : ''}. Each change is recorded in the history and can be undone by editing or restoring.`;
}

/**
 * Upload a catalog file or open data (or name its URL), see what it would change (dry run), then apply it in one transaction.
 * Both steps go through POST /api/v1/admin/import, the same checks and audit as scripts get.
 */
export function ImportPanel() {
  const [removeMissing, setRemoveMissing] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [isConfirming, setConfirming] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [sourceUrl, setSourceUrl] = useState('');
  const urlHelpId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const fileHelpId = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const isHydrated = useIsHydrated();

  /** Reads the chosen file when it is needed, so a file picked before the page was interactive still counts. */
  async function readChosenFile(): Promise<{ name: string; text: string } | string> {
    const chosen = fileInputRef.current?.files?.[0];
    if (!chosen) return 'Choose a file or give a URL first.';
    if (chosen.size > MAX_FILE_BYTES) return `The file is larger than ${MAX_FILE_BYTES / 1_000_000} MB.`;
    return { name: chosen.name, text: await chosen.text() };
  }

  /** The request for the chosen source: a URL the server downloads, or the file as the body. */
  async function buildRequest(dryRun: boolean): Promise<{ name: string; url: string; init: RequestInit } | string> {
    const params = new URLSearchParams({ dryRun: String(dryRun), removeMissing: String(removeMissing) });
    const address = sourceUrl.trim();
    if (address) {
      params.set('url', address);
      return { name: address, url: `/api/v1/admin/import?${params}`, init: { method: 'POST' } };
    }
    const file = await readChosenFile();
    if (typeof file === 'string') return file;
    params.set('fileName', file.name);
    const contentType = /\.csv$/i.test(file.name) ? 'text/csv' : 'application/json';
    return { name: file.name, url: `/api/v1/admin/import?${params}`, init: { method: 'POST', headers: { 'content-type': contentType }, body: file.text } };
  }

  async function send(dryRun: boolean) {
    setConfirming(false);
    const built = await buildRequest(dryRun);
    if (typeof built === 'string') {
      setPhase({ kind: 'refused', message: built, problems: [] });
      return;
    }
    setFileName(built.name);
    setPhase({ kind: 'working', label: dryRun ? 'Checking the file…' : 'Applying the import…' });
    let next: Phase;
    try {
      const response = await fetch(built.url, built.init);
      const body = (await response.json().catch(() => null)) as (ImportReport & ApiFailure) | null;
      if (response.ok && body) next = dryRun ? { kind: 'checked', report: body } : { kind: 'applied', report: body };
      else next = { kind: 'refused', message: body?.error?.message ?? `The server refused the file (HTTP ${response.status}).`, problems: body?.error?.problems ?? [] };
    } catch {
      next = { kind: 'refused', message: 'The server did not answer. Nothing was changed.', problems: [] };
    }
    setPhase(next);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  const report = phase.kind === 'checked' ? phase.report : null;
  const touches = report ? changeCount(report) : 0;

  return (
    <fieldset disabled={!isHydrated} className="space-y-4">
      <div>
        <label htmlFor="import-file" className={labelClass}>
          File to import (JSON or CSV)
        </label>
        <p id={fileHelpId} className="text-xs text-ink-muted">
          A ScimGap catalog export, a SCIM Tax Index release (JSON or CSV, April 2026 or v3 format) or sso.tax&apos;s rows. The format is recognised from the
          content. Nothing is written until you apply it.
        </p>
        <input ref={fileInputRef} id="import-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={() => setPhase({ kind: 'idle' })} aria-describedby={fileHelpId} className="mt-1 block max-w-full text-sm file:mr-3 file:min-h-9 file:rounded-md file:border file:border-line file:bg-surface-raised file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-ink hover:file:bg-surface-sunken" />
      </div>
      <div>
        <label htmlFor="import-url" className={labelClass}>
          Or import from a URL
        </label>
        <p id={urlHelpId} className="text-xs text-ink-muted">
          For example the SCIM Tax Index&apos;s published data.json, when this server can reach the internet. Used instead of the file when filled in.
        </p>
        <input
          id="import-url"
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={sourceUrl}
          onChange={(event) => {
            setSourceUrl(event.target.value);
            setPhase({ kind: 'idle' });
          }}
          aria-describedby={urlHelpId}
          className={`${inputClass} mt-1 w-full max-w-xl`}
        />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 size-4 accent-accent" checked={removeMissing} onChange={(event) => { setRemoveMissing(event.target.checked); setPhase({ kind: 'idle' }); }} />
        <span>Also remove apps missing from the file (catalog exports only; soft delete: they can be restored from the app list)</span>
      </label>
      <button type="button" className={secondaryButtonClass} disabled={phase.kind === 'working'} onClick={() => send(true)}>
        Check the file (dry run)
      </button>

      <div ref={resultRef} tabIndex={-1} className="outline-none" aria-live="polite">
        {phase.kind === 'working' ? <p role="status">{phase.label}</p> : null}
        {phase.kind === 'refused' ? (
          <div role="alert" className={errorAlertClass}>
            <p className="font-medium">
              The file was refused; nothing was changed. {phase.problems.length > 0 ? `${phase.message}:` : phase.message}
            </p>
            {phase.problems.length > 0 ? (
              <ul className="mt-1 list-disc pl-5 font-mono text-xs break-all" data-testid="import-problems">
                {phase.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {phase.kind === 'checked' ? (
          <div className="space-y-3">
            <p role="status" className={warningAlertClass}>
              Dry run of {fileName}: nothing has been written yet.
            </p>
            <Report report={phase.report} removeMissing={removeMissing} />
            {touches === 0 ? (
              <p>The file matches the catalog: there is nothing to apply.</p>
            ) : isConfirming ? (
              <div role="group" aria-label="Confirm the import" className="space-y-2">
                <p>{confirmationText(phase.report, removeMissing)}</p>
                <div className="flex flex-wrap gap-2">
                  <button type="button" className={primaryButtonClass} onClick={() => send(false)}>
                    Apply the import
                  </button>
                  <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className={primaryButtonClass} onClick={() => setConfirming(true)}>
                Apply these changes…
              </button>
            )}
          </div>
        ) : null}
        {phase.kind === 'applied' ? (
          <div className="space-y-3">
            <p role="status" className={successAlertClass}>
              Import applied. The public pages and the API show it now.
            </p>
            <Report report={phase.report} removeMissing={removeMissing} />
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
