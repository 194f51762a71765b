// The version's facts, its ratification per party and what the viewer may do with it: propose, ratify, amend, and
// change the next review date.
import { useState } from 'react';
import { ApiError } from '../api';
import type { Message } from '../components/PageState';
import { formatDate, formatDateTime } from '../format';
import { personName } from '../labels';
import { navigate, planPath } from '../router';
import { PROPOSE_PLAN, RATIFY_PLAN } from './mutations';
import { AmendForm, ReviewDateForm } from './PlanVersionForms';
import { usePlanChange } from './planCache';
import { PlanStatusTag, usePlan } from './shared';

/** Status facts, ratification per party and what the viewer may do with this version. */
export function PlanSummary({ onMessage }: { onMessage: (message: Message | undefined) => void }) {
  const { partnership, plan, viewer, changed, failed } = usePlan();
  const propose = usePlanChange(PROPOSE_PLAN);
  // Ratifying may supersede the version in force and make this one current.
  const ratify = usePlanChange(RATIFY_PLAN, { otherVersions: true });
  const busy = propose.isPending ? 'propose' : ratify.isPending ? 'ratify' : undefined;
  const [actionError, setActionError] = useState<string>();
  const [amending, setAmending] = useState(false);
  const [editingReview, setEditingReview] = useState(false);
  const ownOrganization = viewer.organization;

  async function act(kind: 'propose' | 'ratify') {
    setActionError(undefined);
    onMessage(undefined);
    try {
      const input = { planId: plan.id, revision: plan.revision };
      if (kind === 'propose') {
        await propose.mutateAsync({ input });
        changed(`Version ${plan.version} is proposed. Each party’s sponsor can now ratify it.`);
      } else {
        const result = await ratify.mutateAsync({ input });
        changed(
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
          onAmended={(newId, version) => {
            setAmending(false);
            onMessage({
              kind: 'success',
              text: `Version ${version} started as a draft. Version ${plan.version} stays in force until every party ratifies the new one.`,
            });
            navigate(planPath(partnership.id, newId));
          }}
        />
      )}
    </section>
  );
}
