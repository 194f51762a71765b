// A partnership's metrics dashboard: health, one card per metric (status, latest value, trend over its threshold
// bands, record a reading, edit), advice, defining a metric and the escalations. Status changes arrive live over the
// WebSocket and update the cards in place.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HealthBadge } from '../components/HealthBadge';
import { LiveStatus } from '../components/LiveStatus';
import { NotFound } from '../components/NotFound';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { refresh, useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import type { Rag } from '../gql/graphql';
import { ragLabel } from '../labels';
import { useLiveSubscription } from '../live/useLiveSubscription';
import { Link, partnershipPath } from '../router';
import type { Viewer } from '../session/queries';
import { Escalations } from './Escalations';
import { applyChanges } from './liveChanges';
import { MetricList } from './MetricList';
import { touchedByMetrics } from './metricChanges';
import type { FormCallbacks } from './metricFields';
import { worstStatus } from './metricRules';
import { METRIC_STATUS_CHANGED, METRICS_PAGE, type MetricStatusChange } from './queries';

export function MetricsPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const queryClient = useQueryClient();
  const query = useApiQuery(keys.metricsDashboard(id), METRICS_PAGE, { id });
  const { message, setMessage, failed, changed } = usePageMessage(
    () => refresh(queryClient, [keys.metrics(id)]),
    (e) => `${e.message} The latest version is shown now; please make your change again if it still applies.`,
  );
  const [changes, setChanges] = useState<MetricStatusChange[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [flashed, setFlashed] = useState<Record<string, number>>({});
  const refreshTimer = useRef<number | undefined>(undefined);
  const partnership = query.data?.partnership;

  /**
   * A change arrived (or may have been missed): shortly, refresh what it touches (this dashboard's escalations, trends
   * and health; the partnership page and the list, when next shown). Meanwhile the change is laid over the cards.
   */
  const refreshSoon = useCallback(() => {
    window.clearTimeout(refreshTimer.current);
    refreshTimer.current = window.setTimeout(() => void refresh(queryClient, touchedByMetrics(id)), 1_000);
  }, [queryClient, id]);
  useEffect(() => () => window.clearTimeout(refreshTimer.current), []);

  const live = useLiveSubscription(
    METRIC_STATUS_CHANGED,
    { partnershipId: id },
    {
      enabled: Boolean(partnership),
      cursor: (d) => d.metricStatusChanged.id,
      onData: (d) => {
        const change = d.metricStatusChanged;
        setChanges((seen) => (seen.some((c) => c.id === change.id) ? seen : [...seen, change].slice(-100)));
        setFlashed((f) => ({ ...f, [change.metric.id]: Date.now() }));
        setAnnouncement(`${change.metric.name} is now ${ragLabel(change.current).toLowerCase()}.`);
        refreshSoon();
      },
      onGap: refreshSoon,
    },
  );

  const metrics = useMemo(() => applyChanges(partnership?.metrics ?? [], changes), [partnership, changes]);
  const health: Rag = partnership ? (changes.length > 0 ? worstStatus(metrics.map((m) => m.status)) : partnership.health) : 'UNKNOWN';

  useEffect(() => {
    document.title = partnership ? `Metrics · ${partnership.name} · Tandem` : 'Metrics · Tandem';
  }, [partnership]);

  const fallback = pageFallback(query, 'Loading metrics…', 'Metrics');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  const callbacks: FormCallbacks = { partnershipId: partnership.id, changed, failed };
  // Defining metrics is for sponsors and the steering group; the API has no partnership-level flag for it.
  const canDefine = partnership.viewerRole === 'SPONSOR' || partnership.viewerRole === 'STEERING';

  return (
    <main className="container page">
      <p className="breadcrumb">
        <Link href={partnershipPath(partnership.id)}>{partnership.name}</Link>
      </p>
      <div className="page-heading">
        <h1>Metrics</h1>
        <span data-testid="partnership-health" data-health={health}>
          <HealthBadge health={health} />
        </span>
      </div>
      <LiveStatus state={live.state} problem={live.problem} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />

      {partnership.metricWarnings.length > 0 && (
        <section className="warnings" aria-labelledby="metric-warnings-heading">
          <h2 id="metric-warnings-heading" className="warnings-heading">
            Advice <span className="muted small">({partnership.metricWarnings.length})</span>
          </h2>
          <ul className="warning-list">
            {partnership.metricWarnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two pieces of advice may read the same; their order is the API's
              <li key={`${index}-${warning}`} data-testid="metric-warning">
                <span className="warning-text">{warning}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <MetricList
        partnership={partnership}
        metrics={metrics}
        viewer={viewer}
        canDefine={canDefine}
        flashed={flashed}
        callbacks={callbacks}
      />
      <Escalations escalations={partnership.escalations} />
    </main>
  );
}
