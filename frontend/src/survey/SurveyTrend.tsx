// The trend across rounds, oldest first: per party the NPS and the mean score of the rated questions, as a table (the
// figures a screen reader reads) with a small bar per mean score.
import { formatDay } from '../format';
import { partiesOf, type ResultsRound } from './queries';
import { formatSigned } from './RoundResults';

export function SurveyTrend({ rounds }: { rounds: ResultsRound[] }) {
  const oldestFirst = [...rounds].reverse();
  const parties = rounds[0] ? partiesOf(rounds[0]).map((p) => p.organization) : [];
  if (oldestFirst.length < 2) {
    return null;
  }
  return (
    <section className="section" aria-labelledby="survey-trend-heading">
      <h2 id="survey-trend-heading">Trend across rounds</h2>
      <p className="muted small">Mean score of the rated questions (0–100) and net promoter score (−100 to 100) per party.</p>
      <div className="survey-trend-scroll">
        <table className="survey-trend" data-testid="survey-trend">
          <thead>
            <tr>
              <th scope="col">Round</th>
              {parties.map((p) => (
                <th key={p.id} scope="col">
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {oldestFirst.map((round) => (
              <tr key={round.id}>
                <th scope="row">
                  {round.round}
                  <span className="block muted small">{formatDay(round.opensAt)}</span>
                </th>
                {parties.map((org) => {
                  const party = round.results.parties.find((p) => p.organization.id === org.id);
                  const mean = party?.shown ? meanScore(party.questions) : null;
                  return (
                    <td key={org.id}>
                      {mean == null ? (
                        <span className="muted">–</span>
                      ) : (
                        <>
                          <span className="survey-trend-bar" aria-hidden="true">
                            <span style={{ width: `${mean}%` }} />
                          </span>
                          {Math.round(mean)}
                          {party?.nps != null && <span className="block muted small">NPS {formatSigned(party.nps)}</span>}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The mean score of the questions that have one (green / amber / red and scales; NPS and free text left out). */
function meanScore(questions: { question: { kind: string }; score: number | null }[]): number | null {
  const scores = questions.filter((q) => q.question.kind !== 'NPS' && q.score != null).map((q) => q.score!);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}
