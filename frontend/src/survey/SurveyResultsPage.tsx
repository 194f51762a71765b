// A partnership's health pulse results: a round picker (newest first), the chosen round's results with the parties
// side by side, and the trend across rounds.
import { useEffect, useId } from 'react';
import { Field } from '../components/Field';
import { NotFound } from '../components/NotFound';
import { pageFallback } from '../components/PageState';
import { useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDay } from '../format';
import { Link, navigate, partnershipPath, surveyAnswerPath, surveyResultsPath, useSearch } from '../router';
import { SURVEY_RESULTS } from './queries';
import { RoundResults } from './RoundResults';
import { SurveyTrend } from './SurveyTrend';

const STATUS_WORDS = { OPEN: 'open', CLOSED: 'closed', SCHEDULED: 'not open yet' } as const;

export function SurveyResultsPage({ id }: { id: string }) {
  const query = useApiQuery(keys.surveyResults(id), SURVEY_RESULTS, { id });
  const search = useSearch();
  const selectId = useId();
  const partnership = query.data?.partnership;

  useEffect(() => {
    document.title = partnership ? `Health pulse · ${partnership.name} · Tandem` : 'Health pulse · Tandem';
  }, [partnership]);

  const fallback = pageFallback(query, 'Loading the results…', 'Health pulse');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  const rounds = partnership.surveys;
  const wanted = new URLSearchParams(search).get('round');
  // The round in the address, else the newest closed one (final results), else the newest.
  // The title is worth repeating in the picker only when the rounds have different ones.
  const oneTitle = new Set(rounds.map((r) => r.title)).size === 1;
  const round = rounds.find((r) => r.id === wanted) ?? rounds.find((r) => r.status === 'CLOSED') ?? rounds[0];

  return (
    <main className="container page survey-results">
      <p className="breadcrumb">
        <Link href={partnershipPath(id)}>{partnership.name}</Link>
      </p>
      <h1>Health pulse</h1>
      {round && oneTitle && round.title !== 'Health pulse' && <p className="muted">{round.title}</p>}
      {!round ? (
        <p className="empty">No survey rounds yet.</p>
      ) : (
        <>
          <div className="version-bar">
            <Field id={selectId} label="Round">
              {(describedBy) => (
                <select
                  id={selectId}
                  value={round.id}
                  onChange={(e) => navigate(surveyResultsPath(id, e.target.value), { replace: true, keepScroll: true })}
                  aria-describedby={describedBy}
                  data-testid="survey-round-select"
                >
                  {rounds.map((r) => (
                    <option key={r.id} value={r.id}>
                      {`${oneTitle ? '' : `${r.title} · `}Round ${r.round} · ${formatDay(r.opensAt)} (${STATUS_WORDS[r.status]})`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {round.viewerCanAnswer && (
              <Link href={surveyAnswerPath(id, round.id)} className="button button-primary">
                {round.viewerHasResponded ? 'Change my answers' : 'Answer this round'}
              </Link>
            )}
          </div>
          <RoundResults round={round} />
          <SurveyTrend rounds={rounds} />
        </>
      )}
    </main>
  );
}
