// The Joint Execution Plan of a partnership: version picker, status, ratification per party, propose / ratify /
// amend, advice, then the plan itself (objectives, workstreams, dependency graph, risks).
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, gql } from '../api';
import { Banner } from '../components/Banner';
import { Field } from '../components/Field';
import { FormActions, FormFrame } from '../components/Form';
import { type Message, MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { formatDate, formatDateTime, personName, planStatusLabel } from '../labels';
import { DependencyGraph } from '../plan/DependencyGraph';
import { Objectives } from '../plan/Objectives';
import { Risks } from '../plan/Risks';
import { jumpTo, PlanContext, type PlanContextValue, PlanStatusTag, usePlan } from '../plan/shared';
import { Workstreams } from '../plan/Workstreams';
import { AMEND_PLAN, PLAN_PAGE, PROPOSE_PLAN, RATIFY_PLAN, UPDATE_PLAN } from '../queries';
import { Link, navigate, partnershipPath, planDiffPath, planPath } from '../router';
import type { PlanPartnership, PlanVersionRef, Viewer } from '../types';
import { useQuery } from '../useQuery';
import { NotFound } from './NotFound';

export function PlanPage({ id, planId, viewer }: { id: string; planId?: string; viewer: Viewer }) {
  const query = useQuery<{ partnership: PlanPartnership | null }>(PLAN_PAGE, { id, planId: planId ?? null });
  const { data, reload } = query;
  const { message, setMessage, failed, changed } = usePageMessage(
    reload,
    (e) => `${e.message} The latest version of the plan is shown now; please make your change again if it still applies.`,
  );

  const partnership = data?.partnership;
  const plans = partnership?.plans ?? [];
  const plan = partnership?.plan ?? undefined;

  useEffect(() => {
    document.title = partnership ? `${plan ? `Plan v${plan.version}` : 'Plan'} · ${partnership.name} · Tandem` : 'Plan · Tandem';
  }, [partnership, plan]);

  const fallback = pageFallback(query, 'Loading the plan…', 'Joint Execution Plan');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  const heading = (
    <>
      <p className="breadcrumb">
        <Link href={partnershipPath(partnership.id)}>{partnership.name}</Link>
      </p>
      <div className="page-heading">
        <h1>Joint Execution Plan</h1>
        {plan && <PlanStatusTag status={plan.status} testId="plan-status" />}
      </div>
      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />
    </>
  );

  if (plans.length === 0) {
    return (
      <main className="container page">
        {heading}
        <div className="empty">
          <p className="empty-title">No plan yet</p>
          <p className="muted">The plan is created together with the partnership. Please try again in a moment.</p>
        </div>
      </main>
    );
  }
  if (!plan) {
    return (
      <main className="container page">
        {heading}
        <Banner kind="error">
          <p>This version of the plan was not found.</p>
          <Link href={planPath(partnership.id)} className="button button-secondary button-small">
            Show the current plan
          </Link>
        </Banner>
      </main>
    );
  }

  const context: PlanContextValue = {
    partnership,
    plan,
    viewer,
    deliverables: plan.workstreams.flatMap((w) => w.deliverables),
    canCheckIn: Boolean(partnership.viewerRole) && partnership.viewerRole !== 'VIEWER',
    changed,
    failed,
  };

  return (
    <main className="container page">
      {heading}
      <PlanContext.Provider value={context}>
        {/* Keyed by version: open forms never carry over to another version. */}
        <div key={plan.id}>
          <VersionPicker plans={plans} currentId={partnership.currentPlan?.id} />
          <Warnings />
          <Summary onMessage={setMessage} reload={reload} />
          <nav className="in-page-nav" aria-label="Parts of the plan">
            <a href="#objectives">Objectives</a>
            <a href="#workstreams">Workstreams</a>
            <a href="#dependencies">Dependencies</a>
            <a href="#risks">Risks</a>
          </nav>
          <Objectives />
          <Workstreams />
          <DependencyGraph />
          <Risks />
        </div>
      </PlanContext.Provider>
    </main>
  );
}

function VersionPicker({ plans, currentId }: { plans: PlanVersionRef[]; currentId?: string }) {
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

function Warnings() {
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

/** Status facts, ratification per party and what the viewer may do with this version. */
function Summary({ onMessage, reload }: { onMessage: (message: Message | undefined) => void; reload: () => Promise<void> }) {
  const { partnership, plan, viewer, changed, failed } = usePlan();
  const [busy, setBusy] = useState<'propose' | 'ratify'>();
  const [actionError, setActionError] = useState<string>();
  const [amending, setAmending] = useState(false);
  const [editingReview, setEditingReview] = useState(false);
  const ownOrganization = viewer.organization;

  async function act(kind: 'propose' | 'ratify') {
    setBusy(kind);
    setActionError(undefined);
    onMessage(undefined);
    try {
      const input = { planId: plan.id, revision: plan.revision };
      if (kind === 'propose') {
        await gql(PROPOSE_PLAN, { input });
        await changed(`Version ${plan.version} is proposed. Each party’s sponsor can now ratify it.`);
      } else {
        const result = await gql<{ ratifyPlan: { status: string } }>(RATIFY_PLAN, { input });
        await changed(
          result.ratifyPlan.status === 'RATIFIED'
            ? `Every party has ratified version ${plan.version}: it is now the plan you work to.`
            : `${ownOrganization?.name ?? 'Your organisation'} ratified version ${plan.version}. It is ratified once every party has.`,
        );
      }
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION') {
        const owners = e.fields.some((f) => f.field === 'owners');
        setActionError(
          owners
            ? `${e.fields.find((f) => f.field === 'owners')?.message ?? e.message} Every deliverable needs a named owner of each party before the plan can be proposed.`
            : e.message,
        );
      } else {
        await failed(e);
      }
    } finally {
      setBusy(undefined);
    }
  }

  const canAct = plan.viewerCanPropose || plan.viewerCanRatify || plan.viewerCanAmend;

  return (
    <section className="section card plan-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        Version {plan.version}
      </h2>
      <dl className="facts">
        <div>
          <dt>Version</dt>
          <dd>
            {plan.version} <PlanStatusTag status={plan.status} />
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatDateTime(plan.createdAt)}</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {editingReview ? (
              <ReviewDateForm onClose={() => setEditingReview(false)} />
            ) : (
              <>
                {formatDate(plan.nextReviewOn)}
                {plan.viewerCanEdit && (
                  <button type="button" className="button button-quiet button-small inline-edit" onClick={() => setEditingReview(true)}>
                    Change<span className="visually-hidden"> next review date</span>
                  </button>
                )}
              </>
            )}
          </dd>
        </div>
        {plan.amendmentReason && (
          <div className="facts-wide">
            <dt>Why this amendment</dt>
            <dd data-testid="amendment-reason">{plan.amendmentReason}</dd>
          </div>
        )}
      </dl>

      <h3 className="subheading">Ratification</h3>
      <ul className="ratifications" data-testid="ratifications">
        {plan.ratifications.map((r) => (
          <li key={r.organization.id} className="ratification" data-testid="ratification">
            <div>
              <p className="party-name">
                {r.organization.name}
                {r.organization.id === ownOrganization?.id && <span className="muted small"> (your organisation)</span>}
              </p>
              {r.ratified && (
                <p className="muted small">
                  {r.by ? `by ${personName(r.by)}` : ''}
                  {r.by && r.at ? ', ' : ''}
                  {r.at && <time dateTime={r.at}>{formatDateTime(r.at)}</time>}
                </p>
              )}
            </div>
            <span className={`tag ${r.ratified ? 'tag-positive' : 'tag-pending'}`} data-testid="ratification-state">
              {r.ratified ? 'Ratified' : 'Not yet'}
            </span>
          </li>
        ))}
      </ul>
      <p className="small muted">
        {plan.status === 'DRAFT' && 'A draft is ratified once proposed and then ratified by the sponsor of every party.'}
        {plan.status === 'PROPOSED' && 'Waiting for every party’s sponsor to ratify this exact version. Any change returns it to draft.'}
        {plan.status === 'RATIFIED' && 'Every party has ratified this version. Changing it starts an amendment.'}
        {plan.status === 'SUPERSEDED' && 'A later version replaced this one.'}
      </p>

      {actionError && (
        <div className="banner banner-error" role="alert" data-testid="plan-action-error">
          <div className="banner-text">
            <p>{actionError}</p>
          </div>
        </div>
      )}
      {canAct && !amending && (
        <div className="form-actions plan-actions">
          {plan.viewerCanPropose && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void act('propose')}
              disabled={busy !== undefined}
              data-testid="propose-plan"
            >
              {busy === 'propose' ? 'Proposing…' : 'Propose for ratification'}
            </button>
          )}
          {plan.viewerCanRatify && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void act('ratify')}
              disabled={busy !== undefined}
              data-testid="ratify-plan"
            >
              {busy === 'ratify' ? 'Ratifying…' : `Ratify for ${ownOrganization?.name ?? 'my organisation'}`}
            </button>
          )}
          {plan.viewerCanAmend && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setAmending(true)}
              disabled={busy !== undefined}
              data-testid="amend-plan"
            >
              Amend
            </button>
          )}
        </div>
      )}
      {amending && (
        <AmendForm
          onCancel={() => setAmending(false)}
          onAmended={async (newId, version) => {
            setAmending(false);
            onMessage({
              kind: 'success',
              text: `Version ${version} started as a draft. Version ${plan.version} stays in force until every party ratifies the new one.`,
            });
            await reload();
            navigate(planPath(partnership.id, newId));
          }}
        />
      )}
    </section>
  );
}

function AmendForm({ onCancel, onAmended }: { onCancel: () => void; onAmended: (planId: string, version: number) => Promise<void> }) {
  const { plan, failed } = usePlan();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why the plan changes: everyone sees it with the new version.');
      document.getElementById(id)?.focus();
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const data = await gql<{ amendPlan: { id: string; version: number } }>(AMEND_PLAN, {
        input: { planId: plan.id, reason: reason.trim() },
      });
      await onAmended(data.amendPlan.id, data.amendPlan.version);
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiError && e.code === 'VALIDATION') {
        setError(e.fields.find((f) => f.field === 'reason')?.message ?? e.message);
      } else {
        await failed(e);
      }
    }
  }

  return (
    <FormFrame
      heading={`Amend version ${plan.version}`}
      hint={
        <>
          This starts version {plan.version + 1} as a draft copy. Version {plan.version} stays in force until every party ratifies the new
          one.
        </>
      }
      saving={saving}
      submitLabel="Start amendment"
      savingLabel="Starting…"
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
      testId="amend-form"
    >
      <Field id={id} label="Reason for the amendment" error={error}>
        {(describedBy, invalid) => (
          <textarea
            id={id}
            name="reason"
            rows={3}
            className="textarea-short"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            maxLength={1000}
            required
          />
        )}
      </Field>
    </FormFrame>
  );
}

function ReviewDateForm({ onClose }: { onClose: () => void }) {
  const { plan, changed, failed } = usePlan();
  const id = useId();
  const [value, setValue] = useState(plan.nextReviewOn ?? '');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value === (plan.nextReviewOn ?? '')) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      await gql(UPDATE_PLAN, { input: { planId: plan.id, revision: plan.revision, nextReviewOn: value || null } });
      onClose();
      await changed('Next review date saved.');
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiError && e.code === 'VALIDATION') {
        setError(e.fields.find((f) => f.field === 'nextReviewOn')?.message ?? e.message);
      } else {
        onClose();
        await failed(e);
      }
    }
  }

  return (
    <form className="review-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field id={id} label="Next review date" error={error}>
        {(describedBy, invalid) => (
          <input
            id={id}
            name="nextReviewOn"
            type="date"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <FormActions saving={saving} submitLabel="Save" onCancel={onClose} small />
    </form>
  );
}
