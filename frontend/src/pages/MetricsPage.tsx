// A partnership's metrics dashboard: health, one card per metric (status, latest value, trend over its threshold
// bands, record a reading, edit), advice, defining a metric and the escalations. Status changes arrive live over the
// WebSocket and update the cards in place.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HealthBadge } from '../components/HealthBadge';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { cadenceLabel, formatDateTime, formatRelative, formatValue, metricKindLabel, ragLabel, sourceLabel, tierLabel } from '../labels';
import { type LiveState, useLiveSubscription } from '../live';
import { DefineMetricForm, EditMetricForm, type FormCallbacks, RecordReadingForm } from '../metrics/MetricForms';
import { thresholdSummary, worstStatus } from '../metrics/metricRules';
import { TrendChart } from '../metrics/TrendChart';
import { METRIC_STATUS_CHANGED, METRICS_PAGE } from '../queries';
import { Link, metricAnchor, partnershipPath } from '../router';
import type { Escalation, Metric, MetricStatusChange, MetricsPartnership, Rag, Viewer } from '../types';
import { useQuery } from '../useQuery';
import { NotFound } from './NotFound';

/** Readings the trend shows (the query asks for the last 60). */
const TREND_LENGTH = 60;

export function MetricsPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const query = useQuery<{ partnership: MetricsPartnership | null }>(METRICS_PAGE, { id });
  const { data, reload } = query;
  const { message, setMessage, failed, changed } = usePageMessage(
    reload,
    (e) => `${e.message} The latest version is shown now; please make your change again if it still applies.`,
  );
  const [changes, setChanges] = useState<MetricStatusChange[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [flashed, setFlashed] = useState<Record<string, number>>({});
  const reloadTimer = useRef<number | undefined>(undefined);
  const partnership = data?.partnership;

  /** A change arrived (or may have been missed): load everything again shortly, for escalations, trends and health. */
  const reloadSoon = useCallback(() => {
    window.clearTimeout(reloadTimer.current);
    reloadTimer.current = window.setTimeout(() => void reload(), 1_000);
  }, [reload]);
  useEffect(() => () => window.clearTimeout(reloadTimer.current), []);

  const live = useLiveSubscription<{ metricStatusChanged: MetricStatusChange }>(
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
        reloadSoon();
      },
      onGap: reloadSoon,
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

  const callbacks: FormCallbacks = { changed, failed };
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

/**
 * The metrics as loaded, with the live changes laid over them: a change counts when its reading is newer than what
 * the loaded data knows, so a reload that started before a change arrived never turns a card back.
 */
function applyChanges(metrics: Metric[], changes: MetricStatusChange[]): Metric[] {
  if (changes.length === 0) {
    return metrics;
  }
  return metrics.map((metric) => {
    let result = metric;
    for (const change of changes) {
      if (change.metric.id !== metric.id) continue;
      const incoming = change.metric.latest ?? change.reading;
      const known = result.latest ? new Date(result.latest.observedAt).getTime() : -Infinity;
      const at = new Date(incoming.observedAt).getTime();
      if (at > known || (at === known && incoming.id !== result.latest?.id)) {
        result = { ...result, status: change.metric.status ?? change.current, latest: incoming };
      }
      if (!result.readings.some((r) => r.id === change.reading.id)) {
        const readings = [...result.readings, change.reading]
          .sort((a, b) => new Date(b.observedAt).getTime() - new Date(a.observedAt).getTime())
          .slice(0, TREND_LENGTH);
        result = { ...result, readings };
      }
    }
    return result;
  });
}

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: 'Connecting for live updates…',
  live: 'Live: status changes appear here as they happen.',
  reconnecting: 'Reconnecting… changes made meanwhile appear once connected.',
  offline: 'Live updates are paused: Tandem cannot be reached. Trying again shortly.',
  refused: 'Live updates are not available here.',
};

function LiveStatus({ state, problem }: { state: LiveState; problem?: string }) {
  return (
    <p className={`live-status live-${state}`} data-testid="live-status" data-state={state}>
      <span className="live-dot" aria-hidden="true" />
      <span>
        {LIVE_TEXT[state]}
        {state === 'refused' && problem ? ` (${problem}) Reload the page to see the latest.` : ''}
      </span>
    </p>
  );
}

function MetricList({
  partnership,
  metrics,
  viewer,
  canDefine,
  flashed,
  callbacks,
}: {
  partnership: MetricsPartnership;
  metrics: Metric[];
  viewer: Viewer;
  canDefine: boolean;
  flashed: Record<string, number>;
  callbacks: FormCallbacks;
}) {
  const [defining, setDefining] = useState(false);
  const counts = (['RED', 'AMBER', 'GREEN', 'UNKNOWN'] as const)
    .map((s) => ({ status: s, count: metrics.filter((m) => m.status === s).length }))
    .filter((c) => c.count > 0);

  return (
    <section className="section" aria-labelledby="metrics-heading">
      <div className="section-heading">
        <h2 id="metrics-heading">
          Metrics <span className="muted small">({metrics.length})</span>
        </h2>
        {canDefine && !defining && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setDefining(true)}
            data-testid="define-metric"
          >
            Define metric
          </button>
        )}
      </div>
      {counts.length > 0 && (
        <p className="muted small status-counts" data-testid="status-counts">
          {counts.map((c) => `${c.count} ${ragLabel(c.status).toLowerCase()}`).join(' · ')}
        </p>
      )}
      {defining && (
        <div className="card section-gap">
          <DefineMetricForm partnership={partnership} viewer={viewer} onClose={() => setDefining(false)} {...callbacks} />
        </div>
      )}
      {metrics.length === 0 ? (
        !defining && (
          <div className="empty">
            <p className="empty-title">No metrics yet</p>
            <p className="muted">A vital few leading and lagging indicators, with green, amber and red thresholds both sides agree on.</p>
          </div>
        )
      ) : (
        <ul className="card-list metric-grid" data-testid="metric-list">
          {metrics.map((metric) => (
            <MetricCard key={metric.id} metric={metric} flashedAt={flashed[metric.id]} callbacks={callbacks} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MetricCard({ metric, flashedAt, callbacks }: { metric: Metric; flashedAt?: number; callbacks: FormCallbacks }) {
  const [open, setOpen] = useState<'record' | 'edit'>();
  const [flash, setFlash] = useState(false);
  const headingId = `metric-${metric.id}-heading`;

  // A live change outlines the card for a moment.
  useEffect(() => {
    if (!flashedAt) return undefined;
    setFlash(true);
    const timer = window.setTimeout(() => setFlash(false), 2_500);
    return () => window.clearTimeout(timer);
  }, [flashedAt]);

  const latest = metric.latest;
  return (
    <li
      className={`card metric metric-${metric.status.toLowerCase()}${flash ? ' metric-flash' : ''}`}
      id={metricAnchor(metric.id)}
      tabIndex={-1}
      data-testid="metric"
      data-status={metric.status}
      data-metric-id={metric.id}
      aria-labelledby={headingId}
    >
      <div className="item-heading">
        <h3 className="item-title" id={headingId}>
          <span className="item-kind">{metricKindLabel(metric.kind)}</span>
          {metric.name}
        </h3>
        <StatusBadge status={metric.status} />
      </div>
      <p className="muted small metric-owner">
        Owned by {metric.owningParty.name} · {cadenceLabel(metric.cadence).toLowerCase()} · escalates to{' '}
        {tierLabel(metric.escalationTier).toLowerCase()}
      </p>
      <div className="metric-latest" data-testid="metric-latest">
        {latest ? (
          <>
            <p className="metric-value">{formatValue(latest.value, metric.unit)}</p>
            <p className="muted small">
              <time dateTime={latest.observedAt} title={formatDateTime(latest.observedAt)}>
                {formatRelative(latest.observedAt)}
              </time>{' '}
              · {sourceLabel(latest.source)}
            </p>
          </>
        ) : (
          <p className="muted">No reading yet</p>
        )}
      </div>
      <p className="small metric-thresholds">{thresholdSummary(metric)}</p>
      <TrendChart metric={metric} />
      {open === 'record' && <RecordReadingForm metric={metric} onClose={() => setOpen(undefined)} {...callbacks} />}
      {open === 'edit' && <EditMetricForm metric={metric} onClose={() => setOpen(undefined)} {...callbacks} />}
      {!open && (metric.viewerCanRecord || metric.viewerCanEdit) && (
        <div className="item-actions metric-actions">
          {metric.viewerCanRecord && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setOpen('record')}
              data-testid="open-record-reading"
            >
              Record a reading<span className="visually-hidden"> of {metric.name}</span>
            </button>
          )}
          {metric.viewerCanEdit && (
            <button type="button" className="button button-quiet button-small" onClick={() => setOpen('edit')}>
              Edit<span className="visually-hidden"> {metric.name}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export function StatusBadge({ status, testId = 'metric-status' }: { status: Rag; testId?: string }) {
  return (
    <span className={`tag rag-tag rag-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      <span className="rag-dot" aria-hidden="true" />
      <span className="visually-hidden">Status: </span>
      {ragLabel(status)}
    </span>
  );
}

function Escalations({ escalations }: { escalations: Escalation[] }) {
  // Open first; within each group the API's order (newest first) stays.
  const sorted = [...escalations].sort((a, b) => (a.status === b.status ? 0 : a.status === 'OPEN' ? -1 : 1));
  const open = escalations.filter((e) => e.status === 'OPEN').length;
  return (
    <section className="section" aria-labelledby="escalations-heading">
      <h2 id="escalations-heading">
        Escalations <span className="muted small">({open} open)</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">No escalations. A metric that turns red opens one at its escalation tier.</p>
      ) : (
        <ul className="card-list" data-testid="escalation-list">
          {sorted.map((escalation) => (
            <li
              key={escalation.id}
              className={`card escalation escalation-${escalation.status.toLowerCase()}`}
              data-testid="escalation"
              data-status={escalation.status}
            >
              <div className="item-heading">
                <p className="escalation-summary">{escalation.summary}</p>
                <span className={`tag ${escalation.status === 'OPEN' ? 'tag-negative' : 'tag-muted'}`}>
                  {escalation.status === 'OPEN' ? 'Open' : 'Resolved'}
                </span>
              </div>
              <p className="muted small">
                {tierLabel(escalation.tier)} tier
                {escalation.metric ? ` · ${escalation.metric.name}` : ''} · opened{' '}
                <time dateTime={escalation.openedAt}>{formatDateTime(escalation.openedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
