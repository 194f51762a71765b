// What every part of the plan page shares: the version on screen, how a change reports back, and small form parts.
import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, gql } from '../api';
import { Field } from '../components/Field';
import { personName, planStatusLabel, planStatusTone, type Tone } from '../labels';
import { REMOVE_PLAN_ITEM } from '../queries';
import type { Deliverable, Person, Plan, PlanPartnership, PlanStatus, Viewer } from '../types';

export interface PlanContextValue {
  partnership: PlanPartnership;
  plan: Plan;
  viewer: Viewer;
  /** Every deliverable of this version, in workstream order (for pickers, titles and the graph). */
  deliverables: Deliverable[];
  /** Check-ins are open to owners, leads, steering and sponsors; the API has no per-viewer flag for it. */
  canCheckIn: boolean;
  /** After a change: tell the person and load the plan again. */
  changed: (message: string) => Promise<void>;
  /** After a failed change: say why, and reload when what is on screen is no longer current. */
  failed: (error: unknown) => Promise<void>;
}

export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) {
    throw new Error('usePlan() outside the plan page');
  }
  return value;
}

/** The element id of a plan item, so that warnings and links can jump to it. */
export function itemAnchor(id: string): string {
  return `item-${id}`;
}

/** Scrolls an item into view and moves focus to it (items carry tabIndex -1 for this). */
export function jumpTo(id: string): void {
  const element = document.getElementById(itemAnchor(id));
  if (!element) {
    return;
  }
  element.scrollIntoView({ behavior: 'smooth', block: 'start' });
  element.focus({ preventScroll: true });
  element.classList.add('item-flash');
  window.setTimeout(() => element.classList.remove('item-flash'), 1600);
}

/** Emails typed one per line or separated by commas, semicolons or spaces. */
export function parseEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);
}

export function emailsText(people: Person[]): string {
  return people
    .map((p) => p.email)
    .filter((e): e is string => Boolean(e))
    .join('\n');
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map((x) => x.toLowerCase()));
  const right = new Set(b.map((x) => x.toLowerCase()));
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** "" stays absent, anything else becomes a number; NaN means the person typed something that is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

export function decimalText(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** People grouped by their organisation, in the order of the partnership's parties. */
export function byParty(
  people: Person[],
  parties: { accepted: boolean; organization: { id: string; name: string } }[],
): { organization: string; people: Person[] }[] {
  const accepted = parties.filter((p) => p.accepted);
  const groups = accepted.map((p) => ({
    organization: p.organization.name,
    people: people.filter((person) => person.organization?.id === p.organization.id),
  }));
  const known = new Set(accepted.map((p) => p.organization.id));
  const others = people.filter((person) => !person.organization || !known.has(person.organization.id));
  if (others.length > 0) {
    groups.push({ organization: 'Other', people: others });
  }
  return groups;
}

/** "Alice Anders (Acme)". */
export function personWithOrg(person: Person): string {
  return person.organization ? `${personName(person)} (${person.organization.name})` : personName(person);
}

export function Tag({ tone = 'neutral', children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span className={`tag tag-${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}

export function PlanStatusTag({ status, testId }: { status: PlanStatus; testId?: string }) {
  return (
    <span className={`tag tag-${planStatusTone(status)}`} data-testid={testId} data-status={status}>
      {planStatusLabel(status)}
    </span>
  );
}

export type FormErrors = Record<string, string | undefined>;

/**
 * Saving state and errors of one inline form. `save` runs the mutation; a VALIDATION problem lands next to the
 * field it names (or at the top of the form), anything else goes to the page (CONFLICT reloads it).
 */
export function useItemForm(fields: readonly string[], onClose: () => void) {
  const { failed } = usePlan();
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>, check: () => FormErrors, run: () => Promise<void>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = Object.fromEntries(Object.entries(check()).filter(([, message]) => message));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    setSaving(true);
    try {
      await run();
      setSaving(false);
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiError && e.code === 'VALIDATION') {
        const next: FormErrors = {};
        for (const problem of e.fields) {
          if (fields.includes(problem.field)) {
            next[problem.field] = problem.message;
          } else {
            next.form = problem.message;
          }
        }
        if (Object.keys(next).length === 0) {
          next.form = e.message;
        }
        setErrors(next);
        focusFirstInvalid(form);
        return;
      }
      if (e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND')) {
        onClose();
      }
      await failed(e);
    }
  }

  return { errors, saving, save };
}

function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"], .form-error')?.focus();
  });
}

/** The frame of an inline add/edit form: an optional heading, the fields, a form-level error, Save and Cancel. */
export function InlineForm({
  heading,
  hint,
  error,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
  children,
}: {
  heading?: string;
  hint?: ReactNode;
  error?: string;
  saving: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  testId?: string;
  children: ReactNode;
}) {
  const { plan } = usePlan();
  return (
    <form className="inline-form form" onSubmit={onSubmit} noValidate data-testid={testId}>
      {heading && <h4 className="inline-form-heading">{heading}</h4>}
      {plan.status === 'PROPOSED' && (
        <p className="hint">Changing a proposed plan returns it to draft; every party then ratifies again.</p>
      )}
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="field-error form-error" role="alert" tabIndex={-1}>
          {error}
        </p>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
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
  type?: 'text' | 'date' | 'email';
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

/**
 * "Remove" for a plan item: a first tap asks "Remove <what>?" in place (no browser dialog), the second removes it
 * with `removePlanItem` and the item's `version`.
 */
export function RemoveButton({ id, version, what }: { id: string; version: number; what: string }) {
  const { changed, failed } = usePlan();
  const [asking, setAsking] = useState(false);
  const [removing, setRemoving] = useState(false);

  async function remove() {
    setRemoving(true);
    try {
      await gql(REMOVE_PLAN_ITEM, { input: { id, version } });
      await changed(`Removed ${what}.`);
    } catch (e) {
      setRemoving(false);
      setAsking(false);
      await failed(e);
    }
  }

  if (!asking) {
    return (
      <button type="button" className="button button-quiet button-small button-danger" onClick={() => setAsking(true)}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`Remove ${what}?`}>
      <span className="confirm-question">Remove {what}?</span>
      <button type="button" className="button button-danger-solid button-small" onClick={() => void remove()} disabled={removing}>
        {removing ? 'Removing…' : 'Yes, remove'}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => setAsking(false)} disabled={removing}>
        Keep
      </button>
    </span>
  );
}
