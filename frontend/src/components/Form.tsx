// What the app's forms share: saving state and field errors, the frame of an inline add/edit form, Save and Cancel.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ApiError } from '../api';

export type FormErrors = Record<string, string | undefined>;

/**
 * The app's one save pattern: saving state and errors of one form. `save` checks, runs the change and sorts out what
 * went wrong: a VALIDATION problem lands next to the field it names (or at the top of the form, `errors.form`),
 * anything else goes to `failed` (a CONFLICT or NOT_FOUND closes the form first).
 */
export function useFormSave(fields: readonly string[], onClose: () => void, failed: (error: unknown) => Promise<void> | void) {
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
  // Wait for the error messages to render, then move focus to the first field (or message) that needs attention.
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input, .form-error')?.focus();
  });
}

/** Save (or what the form does) and Cancel; both wait while saving. */
export function FormActions({
  saving,
  submitLabel,
  savingLabel = 'Saving…',
  onCancel,
  small,
  canSubmit = true,
}: {
  saving: boolean;
  submitLabel: string;
  savingLabel?: string;
  onCancel: () => void;
  small?: boolean;
  /** Without it only Cancel is offered. */
  canSubmit?: boolean;
}) {
  const size = small ? ' button-small' : '';
  return (
    <div className="form-actions">
      {canSubmit && (
        <button type="submit" className={`button button-primary${size}`} disabled={saving}>
          {saving ? savingLabel : submitLabel}
        </button>
      )}
      <button type="button" className={`button button-secondary${size}`} onClick={onCancel} disabled={saving}>
        Cancel
      </button>
    </div>
  );
}

/**
 * The frame of an inline add/edit form: an optional heading (naming the form when `labelledByHeading`), a notice and
 * a hint, a form-level error, the fields, then Save and Cancel.
 */
export function FormFrame({
  heading,
  labelledByHeading,
  notice,
  hint,
  error,
  saving,
  submitLabel,
  savingLabel,
  onSubmit,
  onCancel,
  testId,
  children,
}: {
  heading?: string;
  labelledByHeading?: boolean;
  notice?: ReactNode;
  hint?: ReactNode;
  error?: string;
  saving: boolean;
  submitLabel: string;
  savingLabel?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  testId?: string;
  children: ReactNode;
}) {
  const generatedId = useId();
  const headingId = heading && labelledByHeading ? generatedId : undefined;
  return (
    <form className="inline-form form" onSubmit={onSubmit} noValidate data-testid={testId} aria-labelledby={headingId}>
      {heading && (
        <h4 className="inline-form-heading" id={headingId}>
          {heading}
        </h4>
      )}
      {notice}
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="field-error form-error" role="alert" tabIndex={-1}>
          {error}
        </p>
      )}
      {children}
      <FormActions saving={saving} submitLabel={submitLabel} savingLabel={savingLabel} onCancel={onCancel} />
    </form>
  );
}
