// What changed between two versions of a partnership's plan: added, removed and changed items, field by field.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Banner } from '../components/Banner';
import { Field, Loading } from '../components/Field';
import { LoadError, pageFallback } from '../components/PageState';
import { changeKindLabel, formatDate, formatDateTime, itemTypeLabel, planStatusLabel } from '../labels';
import { PlanStatusTag } from '../plan/shared';
import { PLAN_DIFF, PLAN_VERSIONS } from '../queries';
import { Link, navigate, planDiffPath, planPath, useSearch } from '../router';
import type { PlanChange, PlanChangeKind, PlanDiff, PlanVersion } from '../types';
import { useQuery } from '../useQuery';
import { NotFound } from './NotFound';

type VersionsData = { partnership: { id: string; name: string; plans: PlanVersion[] } | null };

const KINDS: PlanChangeKind[] = ['ADDED', 'REMOVED', 'CHANGED'];

export function PlanDiffPage({ id }: { id: string }) {
  const search = useSearch();
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const versions = useQuery<VersionsData>(PLAN_VERSIONS, { id });
  const partnership = versions.data?.partnership;
  const plans = partnership?.plans ?? [];

  useEffect(() => {
    document.title = partnership ? `Compare plan versions · ${partnership.name} · Tandem` : 'Compare plan versions · Tandem';
  }, [partnership]);

  const fallback = pageFallback(versions, 'Loading the plan’s versions…', 'Compare plan versions');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  // Without a choice in the address: the version before the newest against the newest.
  const defaultFrom = from || plans[1]?.id || plans[0]?.id || '';
  const defaultTo = to || plans[0]?.id || '';

  return (
    <main className="container page">
      <p className="breadcrumb">
        <Link href={planPath(id)}>Joint Execution Plan</Link>
      </p>
      <h1>Compare plan versions</h1>
      <p className="muted">{partnership.name}</p>
      {plans.length < 2 ? (
        <p className="muted">The plan has only one version so far: there is nothing to compare yet.</p>
      ) : (
        <>
          <ComparePicker
            key={`${defaultFrom}|${defaultTo}`}
            partnershipId={id}
            plans={plans}
            initialFrom={defaultFrom}
            initialTo={defaultTo}
          />
          {defaultFrom && defaultTo && defaultFrom !== defaultTo && <DiffResult from={defaultFrom} to={defaultTo} plans={plans} />}
        </>
      )}
    </main>
  );
}

function ComparePicker({
  partnershipId,
  plans,
  initialFrom,
  initialTo,
}: {
  partnershipId: string;
  plans: PlanVersion[];
  initialFrom: string;
  initialTo: string;
}) {
  const id = useId();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [error, setError] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (from === to) {
      setError('Choose two different versions.');
      return;
    }
    setError(undefined);
    navigate(planDiffPath(partnershipId, from, to), { keepScroll: true });
  }

  const options = plans.map((p) => (
    <option key={p.id} value={p.id}>
      {`Version ${p.version} · ${planStatusLabel(p.status)}`}
    </option>
  ));

  return (
    <form className="card form compare-form" onSubmit={submit} noValidate>
      <div className="field-row">
        <Field id={`${id}-from`} label="From">
          {(describedBy) => (
            <select
              id={`${id}-from`}
              name="from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              aria-describedby={describedBy}
              data-testid="diff-from"
            >
              {options}
            </select>
          )}
        </Field>
        <Field id={`${id}-to`} label="To" error={error}>
          {(describedBy, invalid) => (
            <select
              id={`${id}-to`}
              name="to"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-testid="diff-to"
            >
              {options}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="diff-compare">
          Compare
        </button>
      </div>
    </form>
  );
}

function DiffResult({ from, to, plans }: { from: string; to: string; plans: PlanVersion[] }) {
  const { data, error, loading, reload } = useQuery<{ planDiff: PlanDiff | null }>(PLAN_DIFF, { from, to });

  if (loading && !data) {
    return <Loading label="Comparing…" />;
  }
  if (error && !data) {
    return <LoadError message={error.message} onRetry={() => void reload()} />;
  }
  const diff = data?.planDiff;
  if (!diff) {
    const known = plans.some((p) => p.id === from) && plans.some((p) => p.id === to);
    return <Banner kind="error">{known ? 'These two versions cannot be compared.' : 'One of these versions was not found.'}</Banner>;
  }

  return (
    <section className="section" aria-labelledby="diff-heading" data-testid="plan-diff" aria-busy={loading || undefined}>
      <h2 id="diff-heading" className="diff-heading">
        <span>
          Version {diff.from.version} <PlanStatusTag status={diff.from.status} />
        </span>
        <span aria-label="to"> → </span>
        <span>
          Version {diff.to.version} <PlanStatusTag status={diff.to.status} />
        </span>
      </h2>
      <p className="muted small">
        Version {diff.from.version} started {formatDateTime(diff.from.createdAt)}; version {diff.to.version} started{' '}
        {formatDateTime(diff.to.createdAt)}.
      </p>
      {diff.changes.length === 0 ? (
        <p className="empty">No differences between these versions.</p>
      ) : (
        KINDS.map((kind) => <ChangeGroup key={kind} kind={kind} changes={diff.changes.filter((c) => c.kind === kind)} />)
      )}
    </section>
  );
}

function ChangeGroup({ kind, changes }: { kind: PlanChangeKind; changes: PlanChange[] }) {
  if (changes.length === 0) {
    return null;
  }
  const headingId = `diff-${kind.toLowerCase()}`;
  return (
    <section className="diff-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        {changeKindLabel(kind)} <span className="muted small">({changes.length})</span>
      </h3>
      <ul className="card-list">
        {changes.map((change, index) => (
          <li
            key={`${change.itemType}-${change.itemTitle}-${index}`}
            className={`card diff-change diff-${kind.toLowerCase()}`}
            data-testid="diff-change"
            data-kind={kind}
          >
            <p className="diff-item">
              <span className={`tag diff-tag-${kind.toLowerCase()}`}>{changeKindLabel(kind)}</span>{' '}
              <span className="item-kind">{itemTypeLabel(change.itemType)}</span>
              <strong>{change.itemTitle}</strong>
            </p>
            {change.fields.length > 0 && (
              <dl className="diff-fields">
                {change.fields.map((f) => (
                  <div key={f.field} className="diff-field">
                    <dt>{fieldLabel(f.field)}</dt>
                    <dd>
                      <del className="diff-from">{f.from ? valueText(f.from) : <span className="muted">(empty)</span>}</del>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> changed to </span>
                      <ins className="diff-to">{f.to ? valueText(f.to) : <span className="muted">(empty)</span>}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const FIELD_LABELS: Record<string, string> = {
  definitionOfDone: 'Definition of done',
  dueOn: 'Due date',
  nextReviewOn: 'Next review',
  dependsOn: 'Depends on',
  keyResult: 'Key result',
  deliverable: 'Deliverable',
};

/** "definitionOfDone" → "Definition of done". */
function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) {
    return FIELD_LABELS[field];
  }
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Values arrive as strings: show dates and yes/no in words, anything else as it is. */
function valueText(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return formatDateTime(value);
  }
  if (value === 'true' || value === 'false') {
    return value === 'true' ? 'Yes' : 'No';
  }
  return value;
}
