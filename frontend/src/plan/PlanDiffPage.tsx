// What changed between two versions of a partnership's plan: added, removed and changed items, field by field.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Banner } from '../components/Banner';
import { Field, Loading } from '../components/Field';
import { NotFound } from '../components/NotFound';
import { LoadError, pageFallback } from '../components/PageState';
import { apiQuery, useApiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { formatDateTime } from '../format';
import type { PlanChangeKind } from '../gql/graphql';
import { planStatusLabel } from '../labels';
import { Link, navigate, planDiffPath, planPath, useSearch } from '../router';
import { ChangeGroup } from './PlanChanges';
import { PLAN_DIFF, PLAN_VERSIONS, type PlanVersion } from './queries';
import { PlanStatusTag } from './shared';

const KINDS: PlanChangeKind[] = ['ADDED', 'REMOVED', 'CHANGED'];

export function PlanDiffPage({ id }: { id: string }) {
  const search = useSearch();
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const versions = useApiQuery(keys.planVersionList(id), PLAN_VERSIONS, { id });
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
          {defaultFrom && defaultTo && defaultFrom !== defaultTo && (
            <DiffResult partnershipId={id} from={defaultFrom} to={defaultTo} plans={plans} />
          )}
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

function DiffResult({ partnershipId, from, to, plans }: { partnershipId: string; from: string; to: string; plans: PlanVersion[] }) {
  // Another pair of versions keeps the comparison on screen (marked busy) until the new one has arrived.
  const { data, error, isPending, isFetching, refetch } = useQuery({
    ...apiQuery(keys.planDiff(partnershipId, from, to), PLAN_DIFF, { from, to }),
    placeholderData: keepPreviousData,
  });
  const loading = isFetching;

  if (data === undefined && (isPending || isFetching)) {
    return <Loading label="Comparing…" />;
  }
  if (error && !data) {
    return <LoadError message={error.message} onRetry={() => void refetch()} />;
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
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> to </span>
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
