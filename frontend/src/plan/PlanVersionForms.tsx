// The version's own forms: start an amendment (with its reason) and change the next review date.
import { useId, useState } from 'react';
import { Field } from '../components/Field';
import { FormActions, FormFrame } from '../components/Form';
import { AMEND_PLAN, UPDATE_PLAN } from './mutations';
import { usePlanChange } from './planCache';
import { useItemForm, usePlan } from './shared';

export function AmendForm({ onCancel, onAmended }: { onCancel: () => void; onAmended: (planId: string, version: number) => void }) {
  const { plan } = usePlan();
  const id = useId();
  const [reason, setReason] = useState('');
  // The answer is the new version, which the page goes to next.
  const amend = usePlanChange(AMEND_PLAN, { otherVersions: true });
  const { errors, saving, save } = useItemForm(['reason'], onCancel);

  function check() {
    return { reason: reason.trim() ? undefined : 'Say why the plan changes: everyone sees it with the new version.' };
  }

  async function submit() {
    const data = await amend.mutateAsync({ input: { planId: plan.id, reason: reason.trim() } });
    onAmended(data.amendPlan.id, data.amendPlan.version);
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
      error={errors.form}
      saving={saving}
      submitLabel="Start amendment"
      savingLabel="Starting…"
      onSubmit={(event) => void save(event, check, submit)}
      onCancel={onCancel}
      testId="amend-form"
    >
      <Field id={id} label="Reason for the amendment" error={errors.reason}>
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

export function ReviewDateForm({ onClose }: { onClose: () => void }) {
  const { plan, changed } = usePlan();
  const id = useId();
  const [value, setValue] = useState(plan.nextReviewOn ?? '');
  const update = usePlanChange(UPDATE_PLAN);
  const { errors, saving, save } = useItemForm(['nextReviewOn'], onClose);

  async function submit() {
    if (value !== (plan.nextReviewOn ?? '')) {
      await update.mutateAsync({ input: { planId: plan.id, revision: plan.revision, nextReviewOn: value || null } });
      changed('Next review date saved.');
    }
    onClose();
  }

  return (
    <form className="review-form" onSubmit={(event) => void save(event, () => ({}), submit)} noValidate>
      <Field id={id} label="Next review date" error={errors.nextReviewOn ?? errors.form}>
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
