// Label, input, hint and error message wired together for screen readers; text and select fields built on it.
import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** Put the hint under the input, e.g. when it explains the value currently chosen. */
  hintBelow?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

export function Field({ id, label, hint, error, optional, hintBelow, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {hint && !hintBelow && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {hint && hintBelow && (
        <p className="hint" id={hintId} aria-live="polite">
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
  hint?: ReactNode;
  type?: 'text' | 'date' | 'email' | 'time';
  inputMode?: 'decimal' | 'email' | 'text';
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  name?: string;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  optional,
  hint,
  type = 'text',
  inputMode,
  multiline,
  rows = 3,
  maxLength,
  name,
}: TextFieldProps) {
  return (
    <Field id={id} label={label} optional={optional} hint={hint} error={error}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            rows={rows}
            value={value}
            maxLength={maxLength}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            className="textarea-short"
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            inputMode={inputMode}
            autoComplete="off"
            value={value}
            maxLength={maxLength}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
        )
      }
    </Field>
  );
}

/** A select of fixed options; its hint sits under it, since it usually explains the option chosen. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  optional,
  name,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  name: string;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional} hintBelow>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
