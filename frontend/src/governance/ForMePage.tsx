// "For me" (/for-me): what waits on the signed-in person across their partnerships, each item linking to where it is
// dealt with: open action items, escalations at their tiers, this week's meetings, surveys to answer.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { pageFallback } from '../components/PageState';
import { apiQuery, useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDate, formatDateTime } from '../format';
import { escalationStatusLabel, tierLabel } from '../labels';
import { governancePath, Link, meetingPath, surveyAnswerPath } from '../router';
import { type Place, placesOf } from './forMeLinks';
import { FOR_ME, FOR_ME_LINKS } from './queries';

export function ForMePage() {
  const query = useApiQuery(keys.forMe, FOR_ME);
  const forMe = query.data?.me.forMe;
  const upcoming = useApiQuery(keys.forMeLinks(true), FOR_ME_LINKS, { upcoming: true });
  // Action items come from past meetings mostly: their list is read only when there are any.
  const past = useQuery({
    ...apiQuery(keys.forMeLinks(false), FOR_ME_LINKS, { upcoming: false }),
    enabled: Boolean(forMe?.actionItems.length),
  });
  const places = placesOf([upcoming.data, past.data].flatMap((d) => (d ? d.partnerships.edges.map((e) => e.node) : [])));

  useEffect(() => {
    document.title = 'For me · Tandem';
  }, []);

  const fallback = pageFallback(query, 'Loading what waits for you…', 'For me');
  if (fallback) return fallback;
  if (!forMe) return null;

  return (
    <main className="container page">
      <h1>For me</h1>
      <p className="muted">What waits on you across your partnerships.</p>

      <Group id="for-me-actions" heading="Your action items" count={forMe.actionItems.length} empty="No open action items.">
        {forMe.actionItems.map((item) => (
          <Item
            key={item.id}
            testId="for-me-action-item"
            title={item.title}
            href={at(places.actionItems.get(item.id), (p) => meetingPath(p.partnershipId, p.meetingId ?? ''))}
            place={places.actionItems.get(item.id)}
            meta={`${tierLabel(item.tier)} tier · due ${formatDate(item.dueOn)}${item.overdue ? ' · overdue' : ''}`}
          />
        ))}
      </Group>

      <Group
        id="for-me-escalations"
        heading="Escalations waiting on your tiers"
        count={forMe.escalations.length}
        empty="No escalations wait on you."
      >
        {forMe.escalations.map((e) => (
          <Item
            key={e.id}
            testId="for-me-escalation"
            title={e.summary}
            href={at(places.escalations.get(e.id), (p) => governancePath(p.partnershipId))}
            place={places.escalations.get(e.id)}
            meta={`${escalationStatusLabel(e.status)} · ${tierLabel(e.tier)} tier${e.metric ? ` · ${e.metric.name}` : ''}${
              e.responseDueAt ? ` · response due ${formatDateTime(e.responseDueAt)}` : ''
            }`}
          />
        ))}
      </Group>

      <Group
        id="for-me-meetings"
        heading="Your meetings this week"
        count={forMe.meetingsThisWeek.length}
        empty="No meetings in the next seven days."
      >
        {forMe.meetingsThisWeek.map((m) => (
          <Item
            key={m.id}
            testId="for-me-meeting"
            title={m.title}
            href={at(places.meetings.get(m.id), (p) => meetingPath(p.partnershipId, m.id))}
            place={places.meetings.get(m.id)}
            meta={`${tierLabel(m.tier)} tier · ${formatDateTime(m.startsAt)} · ${m.durationMinutes} min${m.cancelled ? ' · cancelled' : ''}`}
          />
        ))}
      </Group>

      <Group id="for-me-surveys" heading="Surveys to answer" count={forMe.surveysToAnswer.length} empty="No survey waits for your answer.">
        {forMe.surveysToAnswer.map((s) => (
          <Item
            key={s.id}
            testId="for-me-survey"
            title={`${s.title} (round ${s.round})`}
            href={at(places.surveys.get(s.id), (p) => surveyAnswerPath(p.partnershipId, s.id))}
            place={places.surveys.get(s.id)}
            meta={s.closesAt ? `closes ${formatDateTime(s.closesAt)}` : 'open'}
          />
        ))}
      </Group>
    </main>
  );
}

function at(place: Place | undefined, path: (place: Place) => string): string | undefined {
  return place ? path(place) : undefined;
}

function Group({
  id,
  heading,
  count,
  empty,
  children,
}: {
  id: string;
  heading: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="section for-me-group" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {heading} <span className="muted small">({count})</span>
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="card-list">{children}</ul>}
    </section>
  );
}

/** One item: a link to where it is dealt with once its partnership is known (plain text until then). */
function Item({ testId, title, href, place, meta }: { testId: string; title: string; href?: string; place?: Place; meta: string }) {
  const body = (
    <>
      <span className="card-title">{title}</span>
      <span className="card-meta">
        {place ? `${place.partnershipName} · ` : ''}
        {meta}
      </span>
    </>
  );
  return (
    <li data-testid={testId}>
      {href ? (
        <Link href={href} className="card card-link">
          {body}
        </Link>
      ) : (
        <div className="card">{body}</div>
      )}
    </li>
  );
}
