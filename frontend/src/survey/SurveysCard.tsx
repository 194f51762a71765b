// The partnership page's entry to the health pulse results.
import { Link, surveyResultsPath } from '../router';

export function SurveysCard({ partnershipId }: { partnershipId: string }) {
  return (
    <section className="section" aria-labelledby="surveys-card-heading">
      <h2 id="surveys-card-heading">Health pulse</h2>
      <div className="card plan-card">
        <p className="muted small">How each party sees the partnership, side by side, round by round.</p>
        <Link href={surveyResultsPath(partnershipId)} className="button button-secondary" data-testid="survey-results-link">
          See the survey results
        </Link>
      </div>
    </section>
  );
}
