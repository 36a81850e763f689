'use client';

import { useId, useRef, useState } from 'react';
import { useIsHydrated } from './use-is-hydrated';
import type { ImportReport as CatalogImportReport } from '@/db/queries/apps';
import { errorAlertClass, labelClass, primaryButtonClass, secondaryButtonClass, successAlertClass, warningAlertClass } from './styles';

type ImportReport = CatalogImportReport & { dryRun: boolean };

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

function Report({ report, removeMissing }: { report: ImportReport; removeMissing: boolean }) {
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

/**
 * Upload a catalog file, see what it would change (dry run), then apply it in one transaction.
 * Both steps go through POST /api/v1/admin/import, the same checks and audit as scripts get.
 */
export function ImportPanel() {
  const [removeMissing, setRemoveMissing] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [isConfirming, setConfirming] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileHelpId = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const isHydrated = useIsHydrated();

  /** Reads the chosen file when it is needed, so a file picked before the page was interactive still counts. */
  async function readChosenFile(): Promise<{ name: string; text: string } | string> {
    const chosen = fileInputRef.current?.files?.[0];
    if (!chosen) return 'Choose a catalog file first.';
    if (chosen.size > MAX_FILE_BYTES) return `The file is larger than ${MAX_FILE_BYTES / 1_000_000} MB.`;
    return { name: chosen.name, text: await chosen.text() };
  }

  async function send(dryRun: boolean) {
    setConfirming(false);
    const file = await readChosenFile();
    if (typeof file === 'string') {
      setPhase({ kind: 'refused', message: file, problems: [] });
      return;
    }
    setFileName(file.name);
    setPhase({ kind: 'working', label: dryRun ? 'Checking the file…' : 'Applying the import…' });
    const url = `/api/v1/admin/import?dryRun=${dryRun}&removeMissing=${removeMissing}`;
    let next: Phase;
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: file.text });
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
  const touches = report ? report.added.length + report.restored.length + report.changed.length + report.removed.length : 0;

  return (
    <fieldset disabled={!isHydrated} className="space-y-4">
      <div>
        <label htmlFor="import-file" className={labelClass}>
          Catalog file (JSON, export format)
        </label>
        <p id={fileHelpId} className="text-xs text-ink-muted">
          The same format as the export below. Nothing is written until you apply it.
        </p>
        <input ref={fileInputRef} id="import-file" type="file" accept=".json,application/json" onChange={() => setPhase({ kind: 'idle' })} aria-describedby={fileHelpId} className="mt-1 block max-w-full text-sm file:mr-3 file:min-h-9 file:rounded-md file:border file:border-line file:bg-surface-raised file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-ink hover:file:bg-surface-sunken" />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 size-4 accent-accent" checked={removeMissing} onChange={(event) => { setRemoveMissing(event.target.checked); setPhase({ kind: 'idle' }); }} />
        <span>Also remove apps missing from the file (soft delete: they can be restored from the app list)</span>
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
                <p>
                  Apply: add {phase.report.added.length}, restore {phase.report.restored.length}, change {phase.report.changed.length}
                  {removeMissing ? `, remove ${phase.report.removed.length}` : ''}. Each change is recorded in the history and can be undone by editing or restoring.
                </p>
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
