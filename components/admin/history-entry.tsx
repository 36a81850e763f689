import Link from 'next/link';
import type { AuditEntry } from '@/db/queries/audit-log';
import { describeAuditEntry } from '@/lib/admin/audit-description';
import { formatDiffValue, type FieldChange } from '@/lib/catalog/diff';
import { formatDateTime } from '@/lib/format';

function Value({ value, tone }: { value: unknown; tone: 'before' | 'after' }) {
  const text = formatDiffValue(value);
  const className = tone === 'before' ? 'bg-status-none-bg' : 'bg-status-free-bg';
  return <code className={`rounded px-1 font-mono text-xs break-all ${className}`}>{text}</code>;
}

function ChangeLine({ change }: { change: FieldChange }) {
  return (
    <li className="break-words">
      <code className="font-mono text-xs font-semibold">{change.path || 'record'}</code>
      {': '}
      {change.kind === 'changed' ? (
        <>
          <span className="sr-only">from </span>
          <Value value={change.before} tone="before" />
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> to </span>
          <Value value={change.after} tone="after" />
        </>
      ) : change.kind === 'added' ? (
        <>
          added <Value value={change.after} tone="after" />
        </>
      ) : (
        <>
          removed <Value value={change.before} tone="before" />
        </>
      )}
    </li>
  );
}

/** One audit entry: when, who, what, and the field-by-field diff of before and after. */
export function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const description = describeAuditEntry(entry);
  return (
    <article className="rounded-md border border-line p-3 text-sm" data-testid="history-entry">
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <time dateTime={entry.at} className="tabular-nums">
          {formatDateTime(entry.at)}
        </time>
        <span className="font-semibold">{description.title}</span>
        {entry.appSlug ? (
          <Link href={`/admin/apps/${entry.appSlug}`} className="font-medium">
            {entry.appSlug}
          </Link>
        ) : null}
        <span className="text-ink-muted">
          by {entry.actor.name}
          {entry.actor.email ? ` (${entry.actor.email})` : ''}
        </span>
      </header>
      {description.fieldChanges.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {description.fieldChanges.map((change, index) => (
            <ChangeLine key={`${change.path}-${index}`} change={change} />
          ))}
        </ul>
      ) : (
        <ul className="mt-2 space-y-1 text-ink-muted">
          {description.changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {entry.before !== null || entry.after !== null ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-ink-muted">Full before and after (JSON)</summary>
          <div className="mt-2 grid gap-2 lg:grid-cols-2">
            <div>
              <p className="font-medium">Before</p>
              <pre className="max-h-72 overflow-auto rounded bg-surface-sunken p-2 text-xs whitespace-pre-wrap break-all">{JSON.stringify(entry.before, null, 2)}</pre>
            </div>
            <div>
              <p className="font-medium">After</p>
              <pre className="max-h-72 overflow-auto rounded bg-surface-sunken p-2 text-xs whitespace-pre-wrap break-all">{JSON.stringify(entry.after, null, 2)}</pre>
            </div>
          </div>
        </details>
      ) : null}
    </article>
  );
}
