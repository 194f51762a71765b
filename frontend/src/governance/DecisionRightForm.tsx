// A sponsor's proposal for one row of the decision-rights matrix: the deciding tier and every party's part; proposing
// approves it for the sponsor's own party.
import { useId, useState } from 'react';
import { SelectField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import type { DecisionRole, Tier } from '../gql/graphql';
import { DECISION_ROLES, decisionTypeLabel, TIERS } from '../labels';
import { type DecisionRight, type GovernancePartnership, PROPOSE_DECISION_RIGHT } from './queries';
import { useGovernanceChange } from './shared';

type Organization = GovernancePartnership['parties'][number]['organization'];

// The API names a party's problem "roles[i].party" or "roles[i].role"; the form shows them with the parts.
const FIELDS = ['tier', 'roles', 'party', 'role'] as const;

export function DecisionRightForm({
  right,
  parties,
  partnershipId,
  onClose,
  changed,
  failed,
}: {
  right: DecisionRight;
  parties: Organization[];
  partnershipId: string;
  onClose: () => void;
  changed: (text: string) => void;
  failed: (error: unknown) => Promise<void>;
}) {
  const id = useId();
  const propose = useGovernanceChange(PROPOSE_DECISION_RIGHT, partnershipId);
  const start = right.proposal ?? right;
  const [tier, setTier] = useState<Tier>(start.tier);
  const [roles, setRoles] = useState<Record<string, DecisionRole>>(() =>
    Object.fromEntries(parties.map((o) => [o.id, start.roles.find((r) => r.organization.id === o.id)?.role ?? 'ACCOUNTABLE'])),
  );
  const { errors, saving, save } = useFormSave(FIELDS, onClose, failed);
  const label = decisionTypeLabel(right.type);
  const rolesError = errors.roles ?? errors.party ?? errors.role;

  function check(): FormErrors {
    return {
      roles: Object.values(roles).includes('ACCOUNTABLE') ? undefined : 'Make at least one party accountable: someone must decide.',
    };
  }

  return (
    <FormFrame
      heading={`Propose a change: ${label}`}
      labelledByHeading
      hint="Your party approves it by proposing it; it takes effect when every other party's sponsor approved it too."
      error={errors.form}
      saving={saving}
      submitLabel="Propose"
      onCancel={onClose}
      testId="decision-right-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await propose.mutateAsync({
            input: { partnershipId, type: right.type, tier, roles: parties.map((o) => ({ party: o.slug, role: roles[o.id] })) },
          });
          onClose();
          changed(`Change of “${label}” proposed.`);
        })
      }
    >
      <SelectField
        id={`${id}-tier`}
        name="tier"
        label="Decided by tier"
        value={tier}
        onChange={setTier}
        options={TIERS.map((t) => ({ value: t.value, label: t.label }))}
        error={errors.tier}
      />
      <fieldset className={`field${rolesError ? ' field-invalid' : ''}`} aria-describedby={rolesError ? `${id}-roles-error` : undefined}>
        <legend>Each party's part</legend>
        {parties.map((o) => (
          <SelectField
            key={o.id}
            id={`${id}-role-${o.slug}`}
            name={`role-${o.slug}`}
            label={o.name}
            value={roles[o.id]}
            onChange={(role) => setRoles((r) => ({ ...r, [o.id]: role }))}
            options={DECISION_ROLES.map((r) => ({ value: r.value, label: `${r.label} (${r.letter})` }))}
          />
        ))}
        {rolesError && (
          <p className="field-error" id={`${id}-roles-error`} data-testid="decision-right-roles-error">
            {rolesError}
          </p>
        )}
      </fieldset>
    </FormFrame>
  );
}
