// Above the plan: which version is shown (and the way to the others and to the comparison), and the plan's advice.
import { useId } from 'react';
import { Field } from '../components/Field';
import { planStatusLabel } from '../labels';
import { Link, navigate, planDiffPath, planPath } from '../router';
import type { PlanVersionRef } from './queries';
import { jumpTo, usePlan } from './shared';

export function VersionPicker({ plans, currentId }: { plans: PlanVersionRef[]; currentId?: string }) {
  const { partnership, plan } = usePlan();
  const selectId = useId();
  const newest = plans[0];
  // Compare with the version before this one, or (for the first) with the one after it.
  const previous = plans.find((p) => p.version < plan.version);
  const next = [...plans].reverse().find((p) => p.version > plan.version);
  const compare = previous ? { from: previous.id, to: plan.id } : next ? { from: plan.id, to: next.id } : undefined;

  return (
    <div className="version-bar">
      <Field id={selectId} label="Version">
        {(describedBy) => (
          <select
            id={selectId}
            value={plan.id}
            onChange={(e) => navigate(planPath(partnership.id, e.target.value))}
            aria-describedby={describedBy}
            data-testid="plan-version-select"
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {`Version ${p.version} · ${planStatusLabel(p.status)}${p.id === currentId ? ' (current)' : ''}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      {compare && (
        <Link
          href={planDiffPath(partnership.id, compare.from, compare.to)}
          className="button button-secondary"
          data-testid="compare-versions"
        >
          Compare versions
        </Link>
      )}
      {newest.id !== plan.id && (newest.status === 'DRAFT' || newest.status === 'PROPOSED') && (
        <p className="version-note small">
          Version {newest.version} ({planStatusLabel(newest.status).toLowerCase()}) is being prepared.{' '}
          <Link href={planPath(partnership.id, newest.id)}>Open version {newest.version}</Link>
        </p>
      )}
      {plan.status === 'SUPERSEDED' && (
        <p className="version-note small">This version has been replaced by a later ratified version. It can only be read.</p>
      )}
    </div>
  );
}

export function Warnings() {
  const { plan } = usePlan();
  if (plan.warnings.length === 0) {
    return null;
  }
  return (
    <section className="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading" className="warnings-heading">
        Advice <span className="muted small">({plan.warnings.length})</span>
      </h2>
      <p className="small muted">Not errors: things worth settling before the parties ratify.</p>
      <ul className="warning-list">
        {plan.warnings.map((warning, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two warnings may say the same; their order is the plan's
          <li key={`${index}-${warning.code}-${warning.message}`} data-testid="plan-warning" data-code={warning.code}>
            {warning.subjectId ? (
              <a
                href={`#item-${warning.subjectId}`}
                className="warning-link"
                onClick={(e) => {
                  e.preventDefault();
                  jumpTo(warning.subjectId!);
                }}
              >
                {warning.message}
              </a>
            ) : (
              <span className="warning-text">{warning.message}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
