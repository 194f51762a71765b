// The dashboard's metrics: counts by status, defining a metric, and one card per metric (status, latest value, trend
// over its threshold bands, a change of thresholds waiting for a party, record a reading, edit).
import { useEffect, useState } from 'react';
import { formatDateTime, formatRelative, formatValue } from '../format';
import type { Rag } from '../gql/graphql';
import { cadenceLabel, metricKindLabel, ragLabel, sourceLabel, tierLabel } from '../labels';
import { metricAnchor } from '../router';
import type { Viewer } from '../session/queries';
import { DefineMetricForm, EditMetricForm } from './MetricForms';
import type { FormCallbacks } from './metricFields';
import { thresholdSummary } from './metricRules';
import { PendingChange } from './PendingChange';
import type { Metric, MetricsPartnership } from './queries';
import { RecordReadingForm } from './RecordReadingForm';
import { TrendChart } from './TrendChart';

export function MetricList({
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
      <PendingChange metric={metric} {...callbacks} />
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
