// The decision-rights matrix: per type of decision the tier that decides it and each party's part (RACI), with a change
// waiting for the sponsors under its row; a sponsor proposes a change and approves one for their own party.
import { useState } from 'react';
import { ApiError, errorMessage } from '../api';
import { formatDay } from '../format';
import type { DecisionRole, DecisionType } from '../gql/graphql';
import { DECISION_ROLES, decisionRoleLabel, decisionRoleLetter, decisionTypeLabel, tierLabel } from '../labels';
import type { Viewer } from '../session/queries';
import { DecisionRightForm } from './DecisionRightForm';
import { APPROVE_DECISION_RIGHT, type DecisionRight, type GovernancePartnership } from './queries';
import { useGovernanceChange } from './shared';

interface Callbacks {
  changed: (text: string) => void;
  failed: (error: unknown) => Promise<void>;
}

type Organization = GovernancePartnership['parties'][number]['organization'];

export function DecisionRights({ partnership, viewer, ...callbacks }: { partnership: GovernancePartnership; viewer: Viewer } & Callbacks) {
  const [editing, setEditing] = useState<DecisionType>();
  const parties = partnership.parties.filter((p) => p.accepted).map((p) => p.organization);
  // A sponsor proposes and approves for their own party only.
  const sponsorOf = partnership.viewerRole === 'SPONSOR' ? viewer.organization?.id : undefined;
  return (
    <section className="section" aria-labelledby="decision-rights-heading">
      <h2 id="decision-rights-heading">Decision rights</h2>
      <p className="muted small">
        Which tier decides each type of decision and each party's part. A change takes effect once every party's sponsor approved it.
      </p>
      <table className="decision-rights" data-testid="decision-rights">
        <caption className="visually-hidden">Decision rights: tier and each party's part per type of decision</caption>
        <thead>
          <tr>
            <th scope="col">Decision</th>
            <th scope="col">Tier</th>
            {parties.map((o) => (
              <th scope="col" key={o.id}>
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        {partnership.decisionRights.map((right) => (
          <RightRows
            key={right.type}
            right={right}
            parties={parties}
            partnershipId={partnership.id}
            sponsorOf={sponsorOf}
            editing={editing === right.type}
            onEdit={(open) => setEditing(open ? right.type : undefined)}
            {...callbacks}
          />
        ))}
      </table>
      <p className="small muted" data-testid="raci-legend">
        {DECISION_ROLES.map((r) => `${r.letter} ${r.label.toLowerCase()}`).join(' · ')}
      </p>
    </section>
  );
}

function RightRows({
  right,
  parties,
  partnershipId,
  sponsorOf,
  editing,
  onEdit,
  changed,
  failed,
}: {
  right: DecisionRight;
  parties: Organization[];
  partnershipId: string;
  sponsorOf?: string;
  editing: boolean;
  onEdit: (open: boolean) => void;
} & Callbacks) {
  const approve = useGovernanceChange(APPROVE_DECISION_RIGHT, partnershipId);
  const [problem, setProblem] = useState<string>();
  const { proposal } = right;
  const canApprove = Boolean(sponsorOf && proposal?.waitingFor.some((o) => o.id === sponsorOf));
  const span = 2 + parties.length;
  const label = decisionTypeLabel(right.type);

  async function doApprove() {
    setProblem(undefined);
    try {
      await approve.mutateAsync({ input: { partnershipId, type: right.type } });
      changed(`Approved the change of “${label}”.`);
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'VALIDATION' || e.code === 'FORBIDDEN')) {
        setProblem(errorMessage(e));
      } else {
        await failed(e);
      }
    }
  }

  return (
    <tbody data-testid="decision-right" data-type={right.type} data-agreed={right.agreed}>
      <tr>
        <th scope="row">
          {label}
          <span className="block muted small" data-testid="decision-right-state">
            {right.agreed ? 'Agreed' : 'Default'}
          </span>
        </th>
        <td data-testid="decision-right-tier">{tierLabel(right.tier)}</td>
        {parties.map((o) => (
          <RoleCell key={o.id} role={right.roles.find((r) => r.organization.id === o.id)?.role} />
        ))}
      </tr>
      {(proposal || sponsorOf) && (
        <tr className="decision-right-more">
          <td colSpan={span}>
            {proposal && (
              <p className="small" data-testid="decision-right-proposal">
                <strong>Proposed</strong> {formatDay(proposal.proposedAt)}: {tierLabel(proposal.tier)} tier;{' '}
                {proposal.roles.map((r) => `${r.organization.name} ${decisionRoleLabel(r.role).toLowerCase()}`).join(', ')}.{' '}
                {proposal.approvedBy.length > 0 && `Approved by ${proposal.approvedBy.map((o) => o.name).join(', ')}. `}
                Waiting for {proposal.waitingFor.map((o) => o.name).join(', ') || 'nobody'}.
              </p>
            )}
            {problem && (
              <p className="field-error" role="alert" data-testid="decision-right-error">
                {problem}
              </p>
            )}
            {editing ? (
              <DecisionRightForm
                right={right}
                parties={parties}
                partnershipId={partnershipId}
                onClose={() => onEdit(false)}
                changed={changed}
                failed={failed}
              />
            ) : (
              sponsorOf && (
                <div className="item-actions">
                  {canApprove && (
                    <button type="button" className="button button-primary" onClick={() => void doApprove()} disabled={approve.isPending}>
                      Approve<span className="visually-hidden"> the change of {label}</span>
                    </button>
                  )}
                  <button type="button" className="button button-secondary" onClick={() => onEdit(true)}>
                    Propose change<span className="visually-hidden"> of {label}</span>
                  </button>
                </div>
              )
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** One party's part: its letter on screen, the word for screen readers. */
function RoleCell({ role }: { role?: DecisionRole }) {
  if (!role) {
    return <td className="muted">–</td>;
  }
  return (
    <td data-role={role} title={decisionRoleLabel(role)}>
      <span aria-hidden="true">{decisionRoleLetter(role)}</span>
      <span className="visually-hidden">{decisionRoleLabel(role)}</span>
    </td>
  );
}
