// The fields a partnership is created and edited with: name, charter, governance model and start date.
import type { ReactNode } from 'react';
import { Field, SelectField } from '../components/Field';
import type { GovernanceModel } from '../gql/graphql';
import { GOVERNANCE_MODELS, modelExplanation } from '../labels';

interface FieldProps<T> {
  id: string;
  value: T;
  onChange: (value: T) => void;
  error?: string;
}

export function PartnershipNameField({ id, value, onChange, error, autoComplete }: FieldProps<string> & { autoComplete?: 'off' }) {
  return (
    <Field id={id} label="Name" error={error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="name"
          type="text"
          autoComplete={autoComplete}
          maxLength={200}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          required
        />
      )}
    </Field>
  );
}

export function CharterField({ id, value, onChange, error, hint }: FieldProps<string> & { hint?: ReactNode }) {
  return (
    <Field id={id} label="Charter" optional hint={hint} error={error}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name="charter"
          rows={5}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

/** The model's explanation sits under the select and follows the choice. */
export function GovernanceModelField({ id, value, onChange, error }: FieldProps<GovernanceModel>) {
  return (
    <SelectField
      id={id}
      name="governanceModel"
      label="Governance model"
      value={value}
      options={GOVERNANCE_MODELS}
      onChange={onChange}
      error={error}
      hint={modelExplanation(value)}
    />
  );
}

export function StartDateField({ id, value, onChange, error }: FieldProps<string>) {
  return (
    <Field id={id} label="Start date" optional error={error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="startsOn"
          type="date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
