// The key result's forms: add or edit one (title, baseline, target, unit), and a party's check-in (value, confidence,
// comment).
import { useId, useState } from 'react';
import { TextField } from '../components/Field';
import { decimalText, parseDecimal } from '../format';
import type { UpdateKeyResultInput } from '../gql/graphql';
import { ADD_KEY_RESULT, CHECK_IN_KEY_RESULT, UPDATE_KEY_RESULT } from './mutations';
import { usePlanChange } from './planCache';
import type { KeyResult } from './queries';
import { InlineForm, useItemForm, usePlan } from './shared';

export function KeyResultForm({ keyResult, objectiveId, onClose }: { keyResult?: KeyResult; objectiveId?: string; onClose: () => void }) {
  const { changed } = usePlan();
  const id = useId();
  const updateKeyResult = usePlanChange(UPDATE_KEY_RESULT);
  const addKeyResult = usePlanChange(ADD_KEY_RESULT);
  const [title, setTitle] = useState(keyResult?.title ?? '');
  const [baseline, setBaseline] = useState(decimalText(keyResult?.baseline));
  const [target, setTarget] = useState(decimalText(keyResult?.target));
  const [unit, setUnit] = useState(keyResult?.unit ?? '');
  const { errors, saving, save } = useItemForm(['title', 'baseline', 'target', 'unit'], onClose);

  function check() {
    const b = parseDecimal(baseline);
    const t = parseDecimal(target);
    return {
      title: title.trim() ? undefined : 'Give the key result a title.',
      baseline: b !== null && !Number.isFinite(b) ? 'Enter a number, for example 12.5.' : undefined,
      target: t !== null && !Number.isFinite(t) ? 'Enter a number, for example 40.' : undefined,
    };
  }

  return (
    <InlineForm
      heading={keyResult ? 'Edit key result' : 'New key result'}
      error={errors.form}
      saving={saving}
      submitLabel={keyResult ? 'Save changes' : 'Add key result'}
      onCancel={onClose}
      testId="key-result-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          const b = parseDecimal(baseline);
          const t = parseDecimal(target);
          if (keyResult) {
            const input: UpdateKeyResultInput = { id: keyResult.id, version: keyResult.version };
            if (title.trim() !== keyResult.title) input.title = title.trim();
            if (baseline.trim() !== decimalText(keyResult.baseline)) input.baseline = b;
            if (target.trim() !== decimalText(keyResult.target)) input.target = t;
            if (unit.trim() !== (keyResult.unit ?? '')) input.unit = unit.trim() || null;
            if (Object.keys(input).length === 2) {
              onClose();
              return;
            }
            await updateKeyResult.mutateAsync({ input });
            onClose();
            changed('Key result saved.');
          } else if (objectiveId) {
            await addKeyResult.mutateAsync({
              input: { objectiveId, title: title.trim(), baseline: b, target: t, unit: unit.trim() || null },
            });
            onClose();
            changed('Key result added.');
          }
        })
      }
    >
      <TextField id={`${id}-title`} name="title" label="Title" value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <div className="field-row">
        <TextField
          id={`${id}-baseline`}
          name="baseline"
          label="Baseline"
          optional
          inputMode="decimal"
          value={baseline}
          onChange={setBaseline}
          error={errors.baseline}
        />
        <TextField
          id={`${id}-target`}
          name="target"
          label="Target"
          optional
          inputMode="decimal"
          value={target}
          onChange={setTarget}
          error={errors.target}
        />
      </div>
      <TextField
        id={`${id}-unit`}
        name="unit"
        label="Unit"
        optional
        hint="For example %, EUR, customers."
        value={unit}
        onChange={setUnit}
        error={errors.unit}
        maxLength={40}
      />
    </InlineForm>
  );
}

export function CheckInForm({ keyResult, onClose }: { keyResult: KeyResult; onClose: () => void }) {
  const { viewer, changed } = usePlan();
  const id = useId();
  const checkInKeyResult = usePlanChange(CHECK_IN_KEY_RESULT);
  const own = keyResult.confidence.find((c) => c.organization.id === viewer.organization?.id);
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState(own?.confidence ?? 5);
  const [comment, setComment] = useState('');
  const { errors, saving, save } = useItemForm(['value', 'confidence', 'comment'], onClose);
  const party = viewer.organization?.name ?? 'your organisation';

  return (
    <InlineForm
      heading={`Check in for ${party}`}
      error={errors.form}
      saving={saving}
      submitLabel="Save check-in"
      onCancel={onClose}
      testId="check-in-form"
      onSubmit={(event) =>
        void save(
          event,
          () => {
            const v = parseDecimal(value);
            return { value: v !== null && !Number.isFinite(v) ? 'Enter a number, or leave it empty.' : undefined };
          },
          async () => {
            await checkInKeyResult.mutateAsync({
              input: {
                keyResultId: keyResult.id,
                value: parseDecimal(value),
                confidence,
                comment: comment.trim() || null,
              },
            });
            onClose();
            changed('Check-in saved.');
          },
        )
      }
    >
      <TextField
        id={`${id}-value`}
        name="value"
        label={keyResult.unit ? `Current value (${keyResult.unit})` : 'Current value'}
        optional
        inputMode="decimal"
        value={value}
        onChange={setValue}
        error={errors.value}
      />
      <div className={`field${errors.confidence ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-confidence`}>
          Confidence of {party}: <output htmlFor={`${id}-confidence`}>{confidence}</output>/10
        </label>
        <p className="hint" id={`${id}-confidence-hint`}>
          0: it will not happen · 10: certain.
        </p>
        <input
          id={`${id}-confidence`}
          name="confidence"
          type="range"
          min={0}
          max={10}
          step={1}
          value={confidence}
          onChange={(e) => setConfidence(Number(e.target.value))}
          aria-valuetext={`${confidence} out of 10`}
          aria-describedby={`${id}-confidence-hint${errors.confidence ? ` ${id}-confidence-error` : ''}`}
          aria-invalid={errors.confidence ? true : undefined}
          className="range"
        />
        <div className="range-scale" aria-hidden="true">
          <span>0</span>
          <span>5</span>
          <span>10</span>
        </div>
        {errors.confidence && (
          <p className="field-error" id={`${id}-confidence-error`}>
            {errors.confidence}
          </p>
        )}
      </div>
      <TextField
        id={`${id}-comment`}
        name="comment"
        label="Comment"
        optional
        value={comment}
        onChange={setComment}
        error={errors.comment}
        multiline
        maxLength={2000}
      />
    </InlineForm>
  );
}
