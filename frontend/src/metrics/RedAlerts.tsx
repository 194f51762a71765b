// App-wide live alerts: whenever a metric turns red in any partnership the viewer can see, an alert names the metric
// and its new status and links to that partnership's metrics dashboard, until dismissed. The subscription's metric
// names its partnership, whose cached metrics and health are refreshed.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQueryClient } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { refresh } from '../data/cache';
import { formatDateTime, formatValue } from '../format';
import { ragLabel } from '../labels';
import { useLiveSubscription } from '../live/useLiveSubscription';
import { Link, metricAnchor, metricsPath } from '../router';
import { touchedByMetrics } from './metricChanges';
import { METRIC_TURNED_RED } from './queries';

type MetricTurnedRed = ResultOf<typeof METRIC_TURNED_RED>['metricTurnedRed'];

/** At most this many alerts stay on screen; older ones give way. */
const MAX_ALERTS = 3;

interface RedAlert {
  change: MetricTurnedRed;
}

export function RedAlerts() {
  const [alerts, setAlerts] = useState<RedAlert[]>([]);
  const queryClient = useQueryClient();

  useLiveSubscription(
    METRIC_TURNED_RED,
    {},
    {
      cursor: (d) => d.metricTurnedRed.id,
      onData: (d) => {
        const change = d.metricTurnedRed;
        if (change.metric.partnership) {
          void refresh(queryClient, touchedByMetrics(change.metric.partnership.id));
        }
        setAlerts((current) => {
          if (current.some((a) => a.change.id === change.id)) {
            return current;
          }
          // One alert per metric: a newer change replaces the older one.
          const others = current.filter((a) => a.change.metric.id !== change.metric.id);
          return [{ change }, ...others].slice(0, MAX_ALERTS);
        });
      },
    },
  );

  if (alerts.length === 0) {
    return null;
  }
  const dismiss = (id: string) => setAlerts((current) => current.filter((a) => a.change.id !== id));

  return (
    <section className="red-alerts" aria-label="Live alerts">
      <div className="container red-alerts-inner">
        {alerts.length > 1 && (
          // Phones show the newest alert only: say how many wait behind it.
          <p className="red-alerts-more small">
            {alerts.length - 1} more {alerts.length === 2 ? 'alert' : 'alerts'} after this one.{' '}
            <button type="button" className="button button-quiet button-small" onClick={() => setAlerts([])}>
              Dismiss all
            </button>
          </p>
        )}
        {alerts.map(({ change }) => {
          const partnership = change.metric.partnership;
          return (
            <div
              key={change.id}
              className="red-alert"
              role="alert"
              data-testid="red-alert"
              data-metric-id={change.metric.id}
              data-status={change.current}
            >
              <div className="red-alert-text">
                <p className="red-alert-title">
                  <span className="red-alert-dot" aria-hidden="true" />
                  <strong data-testid="red-alert-metric">{change.metric.name}</strong> turned{' '}
                  <strong data-testid="red-alert-status">{ragLabel(change.current)}</strong>
                </p>
                <p className="small">
                  {partnership ? `${partnership.name} · ` : ''}
                  {formatValue(change.reading.value, change.metric.unit)} observed{' '}
                  <time dateTime={change.reading.observedAt}>{formatDateTime(change.reading.observedAt)}</time>
                  {change.previous !== 'UNKNOWN' ? ` · was ${ragLabel(change.previous).toLowerCase()}` : ''}
                </p>
              </div>
              <div className="red-alert-actions">
                {partnership ? (
                  <Link
                    href={metricsPath(partnership.id)}
                    className="button button-small red-alert-link"
                    data-testid="red-alert-link"
                    onClick={(event) => showCardIfHere(event, change.metric.id)}
                  >
                    Open metrics<span className="visually-hidden"> of {partnership.name}</span>
                  </Link>
                ) : (
                  <Link href="/" className="button button-small red-alert-link" data-testid="red-alert-link">
                    Your partnerships
                  </Link>
                )}
                <button type="button" className="button button-quiet button-small red-alert-dismiss" onClick={() => dismiss(change.id)}>
                  Dismiss<span className="visually-hidden"> alert about {change.metric.name}</span>
                </button>
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** Already on that dashboard: bring the metric's card into view instead of going nowhere. */
function showCardIfHere(event: MouseEvent<HTMLAnchorElement>, metricId: string) {
  if (event.currentTarget.pathname !== window.location.pathname) {
    return;
  }
  const card = document.getElementById(metricAnchor(metricId));
  if (card) {
    event.preventDefault();
    card.scrollIntoView({ behavior: 'smooth', block: 'center' });
    card.focus({ preventScroll: true });
  }
}
