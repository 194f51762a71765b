// The partnership page's entry to the plan: the current version's state and a link to the plan page.
import { useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDate } from '../format';
import { Link, planPath } from '../router';
import { PLAN_SUMMARY } from './queries';
import { PlanStatusTag } from './shared';

export function PlanCard({ partnershipId }: { partnershipId: string }) {
  // Loaded on its own: the partnership page stays usable even if the plan cannot be read right now.
  const { data } = useApiQuery(keys.planSummary(partnershipId), PLAN_SUMMARY, { id: partnershipId });
  const current = data?.partnership?.currentPlan;
  const newest = data?.partnership?.plans[0];
  const inProgress = newest && current && newest.id !== current.id ? newest : undefined;

  return (
    <section className="section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Joint Execution Plan</h2>
      <div className="card plan-card">
        {current ? (
          <div className="plan-card-facts">
            <p>
              Version {current.version} <PlanStatusTag status={current.status} />
            </p>
            <p className="muted small">
              Next review: {formatDate(current.nextReviewOn)}
              {current.warnings.length > 0 &&
                ` · ${current.warnings.length} ${current.warnings.length === 1 ? 'piece' : 'pieces'} of advice`}
            </p>
            {inProgress && (
              <p className="muted small">
                Version {inProgress.version} is in progress (<PlanStatusTag status={inProgress.status} />
                ).
              </p>
            )}
          </div>
        ) : (
          <p className="muted small">Objectives, workstreams, deliverables and risks both sides work to.</p>
        )}
        <Link href={planPath(partnershipId)} className="button button-primary" data-testid="plan-link">
          Open the plan
        </Link>
      </div>
    </section>
  );
}
