// One round's results: each party's respondents and NPS, the largest gaps first, every question with the parties side
// by side (score, green / amber / red, flagged for discussion), and the comments. A party below the anonymity threshold
// shows no figure at all.
import { type PartyResult, partiesOf, type ResultsRound } from './queries';

const NOT_ENOUGH = 'Not enough responses yet';
const RAG_WORDS = { green: 'green', amber: 'amber', red: 'red' } as const;
// For NPS the API counts promoters (9–10) as green, passives (7–8) as amber and detractors (0–6) as red.
const NPS_WORDS = { green: 'promoters', amber: 'passives', red: 'detractors' } as const;

export function RoundResults({ round }: { round: ResultsRound }) {
  const parties = partiesOf(round);
  const questions = parties[0]?.questions.map((q) => q.question).filter((q) => q.kind !== 'TEXT') ?? [];
  const gaps = round.results.gaps.filter((g) => g.gap > 0);

  return (
    <>
      <section className="section" aria-labelledby="survey-parties-heading">
        <h2 id="survey-parties-heading">Who answered</h2>
        <p className="muted small">
          Figures show for a party once at least {round.anonymityThreshold} of its people have answered; nobody's answers are shown on their
          own.
        </p>
        <ul className="survey-party-grid">
          {parties.map((party) => (
            <li key={party.organization.id} className="card" data-testid="survey-party" data-shown={party.shown}>
              <h3>{party.organization.name}</h3>
              {party.shown ? (
                <p>
                  {party.respondents} {party.respondents === 1 ? 'respondent' : 'respondents'}
                  <span className="block">
                    Net promoter score <strong data-testid="survey-nps">{party.nps == null ? '–' : formatSigned(party.nps)}</strong>
                  </span>
                </p>
              ) : (
                <p className="muted">{NOT_ENOUGH}</p>
              )}
            </li>
          ))}
        </ul>
      </section>

      {gaps.length > 0 && (
        <section className="section" aria-labelledby="survey-gaps-heading">
          <h2 id="survey-gaps-heading">Where the parties differ most</h2>
          <ol className="survey-gaps" data-testid="survey-gaps">
            {gaps.map((g) => (
              <li key={g.question.id}>
                <span>{g.question.text}</span> <strong className="survey-gap">{Math.round(g.gap)} points apart</strong>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="section" aria-labelledby="survey-questions-heading">
        <h2 id="survey-questions-heading">Question by question</h2>
        <ul className="card-list">
          {questions.map((question, index) => (
            <li key={question.id} className="card survey-question-result" data-testid="survey-question-result">
              <h3>{question.text}</h3>
              <div className="survey-party-grid">
                {parties.map((party) => (
                  <PartyFigures key={party.organization.id} party={party} result={party.questions[index]} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <Comments parties={parties} />
    </>
  );
}

function PartyFigures({ party, result }: { party: PartyResult; result: PartyResult['questions'][number] | undefined }) {
  return (
    <div className="survey-party-figures">
      <p className="survey-party-name">{party.organization.name}</p>
      {!party.shown || !result ? (
        <p className="muted small">{NOT_ENOUGH}</p>
      ) : (
        <>
          <p className="survey-result-score">
            <strong>{result.score == null ? '–' : Math.round(result.score)}</strong>
            <span className="muted small"> / 100</span>
          </p>
          <p className="survey-counts small">
            {(['green', 'amber', 'red'] as const).map((rag) => (
              <span key={rag} className={`survey-count survey-count-${rag}`}>
                {result[rag] ?? 0} {(result.question.kind === 'NPS' ? NPS_WORDS : RAG_WORDS)[rag]}
              </span>
            ))}
          </p>
          {result.flagged && (
            <p>
              <span className="tag tag-negative" data-testid="survey-flagged">
                For discussion
              </span>
            </p>
          )}
        </>
      )}
    </div>
  );
}

function Comments({ parties }: { parties: PartyResult[] }) {
  const shown = parties.filter((p) => p.shown && p.comments && p.comments.length > 0);
  return (
    <section className="section" aria-labelledby="survey-comments-heading">
      <h2 id="survey-comments-heading">Comments</h2>
      {shown.length === 0 ? (
        <p className="muted">No comments to show.</p>
      ) : (
        shown.map((party) => (
          <div key={party.organization.id} className="survey-comments">
            <h3>{party.organization.name}</h3>
            <ul>
              {party.comments!.map((comment, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: comments have no id and may repeat
                <li key={i}>{comment}</li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

/** An NPS with its sign ("+20", "−5", "0"). */
export function formatSigned(value: number): string {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : '0';
}
