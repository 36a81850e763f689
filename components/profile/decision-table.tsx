import Link from 'next/link';
import { decisionTable } from '@/lib/diagnostic/decision-table';
import type { DiagnosticApp } from '@/lib/diagnostic/types';

/** Situations → recommendation, computed by the gap-diagnostic engine for this app. */
export function DecisionTable({ app }: { app: DiagnosticApp }) {
  const table = decisionTable(app);
  if (!table) return <p className="text-sm text-ink-muted">No plans are listed, so there is nothing to decide between.</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">
        A team of {table.users} on {table.basePlan}, 3% changes a month at 15 minutes and $60/h, no alternative tool priced.{' '}
        <Link prefetch={false} href={`/diagnostic?app=${encodeURIComponent(app.slug)}`}>Run the diagnostic with your own figures</Link>.
      </p>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Decisions by situation">
        <table className="data-table" data-plain data-testid="decision-table">
          <thead>
            <tr>
              <th scope="col">Situation</th>
              <th scope="col">Recommendation</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.situation}>
                <th scope="row">{row.situation}</th>
                <td>{row.recommendation.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
