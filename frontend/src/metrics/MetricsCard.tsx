// The partnership page's entry to the metrics: the partnership's health, how many metrics are in which state,
// open escalations, and a link to the dashboard.
import { HealthBadge } from '../components/HealthBadge';
import { useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import type { Rag } from '../gql/graphql';
import { ragLabel } from '../labels';
import { Link, metricsPath } from '../router';
import { METRICS_SUMMARY } from './queries';

export function MetricsCard({ partnershipId, health }: { partnershipId: string; health: Rag }) {
  // Loaded on its own: the partnership page stays usable even if the metrics cannot be read right now.
  const { data } = useApiQuery(keys.metricsSummary(partnershipId), METRICS_SUMMARY, { id: partnershipId });
  const summary = data?.partnership;
  const counts = summary
    ? (['RED', 'AMBER', 'GREEN', 'UNKNOWN'] as const)
        .map((s) => ({ status: s, count: summary.metrics.filter((m) => m.status === s).length }))
        .filter((c) => c.count > 0)
    : [];
  const openEscalations = summary?.escalations.filter((e) => e.status === 'OPEN').length ?? 0;

  return (
    <section className="section" aria-labelledby="metrics-card-heading">
      <h2 id="metrics-card-heading">Metrics and health</h2>
      <div className="card plan-card">
        <div className="plan-card-facts">
          <p data-testid="metrics-health" data-health={summary?.health ?? health}>
            <HealthBadge health={summary?.health ?? health} />
          </p>
          {summary && (
            <p className="muted small">
              {summary.metrics.length === 0
                ? 'No metrics defined yet.'
                : `${summary.metrics.length} ${summary.metrics.length === 1 ? 'metric' : 'metrics'}: ${counts
                    .map((c) => `${c.count} ${ragLabel(c.status).toLowerCase()}`)
                    .join(', ')}`}
              {openEscalations > 0 && ` · ${openEscalations} open ${openEscalations === 1 ? 'escalation' : 'escalations'}`}
              {summary.metricWarnings.length > 0 &&
                ` · ${summary.metricWarnings.length} ${summary.metricWarnings.length === 1 ? 'piece' : 'pieces'} of advice`}
            </p>
          )}
        </div>
        <Link href={metricsPath(partnershipId)} className="button button-primary" data-testid="metrics-link">
          Open the metrics
        </Link>
      </div>
    </section>
  );
}
