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
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm" data-testid="decision-table">
          <thead className="border-b border-line text-left">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Situation</th>
              <th scope="col" className="py-2 font-medium">Recommendation</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.situation} className="border-b border-line/60 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">{row.situation}</th>
                <td className="py-2">{row.recommendation.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
