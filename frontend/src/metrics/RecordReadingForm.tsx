// Recording a reading of a metric: the value (with the status it would have) and when it was observed.
import { useId, useState } from 'react';
import { Field } from '../components/Field';
import { type FormErrors, useFormSave } from '../components/Form';
import { formatValue, parseDecimal } from '../format';
import { ragLabel } from '../labels';
import { useMetricChange } from './metricChanges';
import { type FormCallbacks, MetricFormFrame } from './metricFields';
import { statusOf, thresholdSummary } from './metricRules';
import { type Metric, RECORD_METRIC_READING } from './queries';

/** "2026-11-21T09:30" in local time, what a datetime-local input holds. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const RECORD_FIELDS = ['value', 'observedAt'] as const;

export function RecordReadingForm({
  metric,
  onClose,
  partnershipId,
  changed,
  failed,
}: { metric: Metric; onClose: () => void } & FormCallbacks) {
  const id = useId();
  const record = useMetricChange(RECORD_METRIC_READING, partnershipId);
  const [value, setValue] = useState('');
  const [observedAt, setObservedAt] = useState(() => localDateTime(new Date()));
  // Left as it was, "now" means the moment of saving (to the second), not the moment the form opened.
  const [observedTouched, setObservedTouched] = useState(false);
  const { errors, saving, save } = useFormSave(RECORD_FIELDS, onClose, failed);

  const parsed = parseDecimal(value);
  const preview = parsed !== null && Number.isFinite(parsed) ? statusOf(parsed, metric) : undefined;

  function check(): FormErrors {
    const when = new Date(observedAt);
    return {
      value: parsed === null ? 'Enter the value you observed.' : !Number.isFinite(parsed) ? 'Enter a number, for example 42.5.' : undefined,
      observedAt: Number.isNaN(when.getTime())
        ? 'Enter the date and time of the observation.'
        : when.getTime() > Date.now() + 5 * 60_000
          ? 'An observation cannot be in the future.'
          : undefined,
    };
  }

  return (
    <MetricFormFrame
      heading={`Record a reading of ${metric.name}`}
      error={errors.form}
      saving={saving}
      submitLabel="Record reading"
      onCancel={onClose}
      testId="record-reading"
      onSubmit={(event) =>
        void save(event, check, async () => {
          if (parsed === null) return; // check() asked for a value
          const at = observedTouched ? new Date(observedAt) : new Date();
          const result = await record.mutateAsync({
            input: { metricId: metric.id, value: parsed, observedAt: at.toISOString() },
          });
          onClose();
          const reading = result.recordMetricReading;
          changed(`Recorded ${formatValue(reading.value, metric.unit)} for ${metric.name}: ${ragLabel(reading.status).toLowerCase()}.`);
        })
      }
    >
      <Field
        id={`${id}-value`}
        label={metric.unit ? `Value (${metric.unit})` : 'Value'}
        error={errors.value}
        hintBelow
        hint={
          preview ? (
            <span data-testid="reading-preview" data-status={preview}>
              This value is {ragLabel(preview).toLowerCase()}. {thresholdSummary(metric)}.
            </span>
          ) : (
            `${thresholdSummary(metric)}.`
          )
        }
      >
        {(describedBy, invalid) => (
          <input
            id={`${id}-value`}
            name="value"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id={`${id}-observed`} label="Observed at" error={errors.observedAt} hint="Your local time. Leave it as it is for now.">
        {(describedBy, invalid) => (
          <input
            id={`${id}-observed`}
            name="observedAt"
            type="datetime-local"
            value={observedAt}
            onChange={(e) => {
              setObservedAt(e.target.value);
              setObservedTouched(true);
            }}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </MetricFormFrame>
  );
}
