// The printable pack of a meeting (/partnerships/:id/meetings/:meetingId/pack): agenda with statuses, the metrics'
// trends, decisions and action items; print styles leave out the app around it.
import { useEffect } from 'react';
import { Loading } from '../components/Field';
import { NotFound } from '../components/NotFound';
import { LoadError } from '../components/PageState';
import { useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatValue } from '../format';
import { ragLabel } from '../labels';
import { TrendChart } from '../metrics/TrendChart';
import { Link, meetingPath } from '../router';
import { ActionItems } from './ActionItems';
import { Agenda } from './Agenda';
import { Decisions } from './Decisions';
import { MeetingHeading, useMeeting } from './MeetingPage';
import { PACK_METRICS } from './queries';

const ignore = async () => {};

export function MeetingPack({ id, meetingId }: { id: string; meetingId: string }) {
  const { partnership, meeting, fallback } = useMeeting(id, meetingId, 'Loading the meeting pack…', 'Meeting pack');
  const metrics = useApiQuery(keys.metricsPack(id), PACK_METRICS, { id });

  useEffect(() => {
    document.title = meeting ? `Pack · ${meeting.title} · Tandem` : 'Meeting pack · Tandem';
  }, [meeting]);

  if (fallback) return fallback;
  if (!partnership || !meeting) return <NotFound />;

  const records = { partnershipId: id, meeting, people: [], changed: () => {}, failed: ignore, canRecord: false };
  return (
    <main className="container page meeting-pack" data-testid="meeting-pack">
      <p className="breadcrumb no-print">
        <Link href={meetingPath(id, meetingId)}>Back to the meeting</Link>
      </p>
      <p className="muted">{partnership.name}</p>
      <MeetingHeading meeting={meeting} />
      <div className="item-actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <Agenda partnershipId={id} meeting={meeting} links={false} />
      <section className="section pack-section" aria-labelledby="pack-metrics-heading">
        <h2 id="pack-metrics-heading">Metric trends</h2>
        {metrics.error ? (
          <LoadError message={metrics.error.message} onRetry={() => void metrics.refetch()} />
        ) : !metrics.data?.partnership ? (
          <Loading label="Loading the metrics…" />
        ) : metrics.data.partnership.metrics.length === 0 ? (
          <p className="muted">No metrics defined.</p>
        ) : (
          <ul className="card-list pack-metrics">
            {metrics.data.partnership.metrics.map((metric) => (
              <li key={metric.id} className="card pack-metric">
                <p className="card-title">
                  {metric.name}: {ragLabel(metric.status)}
                  {metric.latest ? ` · latest ${formatValue(metric.latest.value, metric.unit)}` : ''}
                </p>
                <TrendChart metric={metric} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Decisions {...records} />
      <ActionItems {...records} />
    </main>
  );
}
