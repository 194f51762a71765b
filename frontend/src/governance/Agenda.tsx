// A meeting's agenda as the server builds it (red first, then amber, escalations, deliverables at risk, pulse flags,
// overdue actions; its order kept): each item labelled by kind and status, linking to its subject.
import { agendaKindLabel, ragLabel } from '../labels';
import { governancePath, Link, metricAnchor, metricsPath, planPath, surveyResultsPath } from '../router';
import type { Meeting } from './queries';

type AgendaItem = Meeting['agenda'][number];

function subjectPath(partnershipId: string, item: AgendaItem): string | undefined {
  switch (item.kind) {
    case 'RED_METRIC':
    case 'AMBER_METRIC':
      return `${metricsPath(partnershipId)}${item.subjectId ? `#${metricAnchor(item.subjectId)}` : ''}`;
    case 'DELIVERABLE_AT_RISK':
      return planPath(partnershipId);
    case 'SURVEY_FLAG':
      return surveyResultsPath(partnershipId);
    case 'ESCALATION':
      return governancePath(partnershipId);
    default:
      return undefined;
  }
}

export function Agenda({ partnershipId, meeting, links = true }: { partnershipId: string; meeting: Meeting; links?: boolean }) {
  return (
    <section className="section pack-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      {meeting.minutedAt && <p className="muted small">Frozen when the minutes were recorded.</p>}
      {meeting.agenda.length === 0 ? (
        <p className="muted">Nothing from the data needs this meeting's attention.</p>
      ) : (
        <ol className="agenda" data-testid="agenda">
          {meeting.agenda.map((item) => {
            const href = links ? subjectPath(partnershipId, item) : undefined;
            const status = item.status ?? undefined;
            return (
              <li
                key={`${item.kind}:${item.subjectId ?? ''}:${item.title}`}
                className={`agenda-item${status ? ` agenda-${status.toLowerCase()}` : ''}`}
                data-testid="agenda-item"
                data-kind={item.kind}
              >
                <span className="tag tag-muted">{agendaKindLabel(item.kind)}</span>
                {status && <span className={`tag rag-tag rag-${status.toLowerCase()}`}>{ragLabel(status)}</span>}{' '}
                {href ? <Link href={href}>{item.title}</Link> : <span>{item.title}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
