// The dashboard's forms: record a reading, define a metric, edit a metric. VALIDATION problems appear next to the
// field the server names; anything else goes to the page (a CONFLICT reloads it).
import { type ComponentProps, useId, useState } from 'react';
import { gql } from '../api';
import { Field, SelectField, TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import {
  CADENCES,
  DIRECTIONS,
  directionLabel,
  formatValue,
  METRIC_KINDS,
  metricKindLabel,
  ragLabel,
  TIERS,
  tierExplanation,
} from '../labels';
import { decimalText, parseDecimal } from '../plan/shared';
import { DEFINE_METRIC, RECORD_METRIC_READING, UPDATE_METRIC } from '../queries';
import type { Cadence, Direction, Metric, MetricKind, MetricReading, MetricsPartnership, Tier, Viewer } from '../types';
import { statusOf, thresholdProblems, thresholdSummary } from './metricRules';

export interface FormCallbacks {
  /** After a change: tell the person and load the dashboard again. */
  changed: (message: string) => Promise<void>;
  /** After a failed change that is not about one field. */
  failed: (error: unknown) => Promise<void>;
}

/** A dashboard form: an inline form named by its heading. */
function MetricFormFrame(props: Omit<ComponentProps<typeof FormFrame>, 'labelledByHeading'> & { heading: string; testId: string }) {
  return <FormFrame {...props} labelledByHeading />;
}

// ---- Record a reading

/** "2026-11-21T09:30" in local time, what a datetime-local input holds. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const RECORD_FIELDS = ['value', 'observedAt'] as const;

export function RecordReadingForm({ metric, onClose, changed, failed }: { metric: Metric; onClose: () => void } & FormCallbacks) {
  const id = useId();
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
          const at = observedTouched ? new Date(observedAt) : new Date();
          const result = await gql<{ recordMetricReading: MetricReading }>(RECORD_METRIC_READING, {
            input: { metricId: metric.id, value: parsed, observedAt: at.toISOString() },
          });
          onClose();
          const reading = result.recordMetricReading;
          await changed(
            `Recorded ${formatValue(reading.value, metric.unit)} for ${metric.name}: ${ragLabel(reading.status).toLowerCase()}.`,
          );
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

// ---- Define and edit

const DEFINE_FIELDS = [
  'name',
  'kind',
  'unit',
  'direction',
  'target',
  'amberThreshold',
  'redThreshold',
  'cadence',
  'owningParty',
  'escalationTier',
] as const;

function numberProblem(text: string, required: boolean, example: string): string | undefined {
  const n = parseDecimal(text);
  if (n === null) return required ? 'Enter a number.' : undefined;
  return Number.isFinite(n) ? undefined : `Enter a number, for example ${example}.`;
}

/** Target, amber and red threshold as typed; a metric being edited fills them in. */
function useThresholdInputs(metric?: Metric) {
  const [target, setTarget] = useState(decimalText(metric?.target));
  const [amber, setAmber] = useState(decimalText(metric?.amberThreshold));
  const [red, setRed] = useState(decimalText(metric?.redThreshold));
  return { target, amber, red, setTarget, setAmber, setRed };
}

type ThresholdInputs = ReturnType<typeof useThresholdInputs>;

/**
 * What defining and editing both check: a name, both thresholds, an optional target, then their order for the
 * direction. `hadTarget`: the API leaves a field unchanged when it is absent, so a target once set cannot be removed.
 */
function metricProblems(name: string, direction: Direction, { target, amber, red }: ThresholdInputs, hadTarget: boolean): FormErrors {
  const found: FormErrors = {
    name: name.trim() ? undefined : 'Give the metric a name.',
    amberThreshold: numberProblem(amber, true, '70'),
    redThreshold: numberProblem(red, true, '50'),
    target:
      target.trim() === '' && hadTarget ? 'A target cannot be removed, only changed. Enter a number.' : numberProblem(target, false, '80'),
  };
  if (!found.amberThreshold && !found.redThreshold && !found.target) {
    Object.assign(found, thresholdProblems(direction, parseDecimal(amber), parseDecimal(red), parseDecimal(target)));
  }
  return found;
}

export function DefineMetricForm({
  partnership,
  viewer,
  onClose,
  changed,
  failed,
}: { partnership: MetricsPartnership; viewer: Viewer; onClose: () => void } & FormCallbacks) {
  const id = useId();
  const parties = partnership.parties.filter((p) => p.accepted).map((p) => p.organization);
  const own = parties.find((o) => o.id === viewer.organization?.id);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<MetricKind>('LEADING_KPI');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<Direction>('HIGHER_IS_BETTER');
  const thresholds = useThresholdInputs();
  const [cadence, setCadence] = useState<Cadence>('WEEKLY');
  const [owningParty, setOwningParty] = useState(own?.slug ?? parties[0]?.slug ?? '');
  const [tier, setTier] = useState<Tier>('EXECUTION');
  const { errors, saving, save } = useFormSave(DEFINE_FIELDS, onClose, failed);

  function check(): FormErrors {
    return {
      ...metricProblems(name, direction, thresholds, false),
      owningParty: owningParty ? undefined : 'Choose the party that owns this metric.',
    };
  }

  return (
    <MetricFormFrame
      heading="Define a metric"
      hint="A vital few (5–8) metrics that both sides trust beat a long list."
      error={errors.form}
      saving={saving}
      submitLabel="Define metric"
      onCancel={onClose}
      testId="define-metric-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await gql(DEFINE_METRIC, {
            input: {
              partnershipId: partnership.id,
              name: name.trim(),
              kind,
              unit: unit.trim() || null,
              direction,
              target: parseDecimal(thresholds.target),
              amberThreshold: parseDecimal(thresholds.amber),
              redThreshold: parseDecimal(thresholds.red),
              cadence,
              owningParty,
              escalationTier: tier,
            },
          });
          onClose();
          await changed(`Metric “${name.trim()}” defined.`);
        })
      }
    >
      <NameField id={id} value={name} onChange={setName} errors={errors} />
      <div className="field-row">
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label="Kind"
          value={kind}
          options={METRIC_KINDS}
          onChange={setKind}
          error={errors.kind}
          hint={METRIC_KINDS.find((k) => k.value === kind)?.explanation}
        />
        <UnitField id={id} value={unit} onChange={setUnit} errors={errors} />
      </div>
      <ThresholdFields id={id} direction={direction} onDirection={setDirection} unit={unit} inputs={thresholds} errors={errors} />
      <CadenceAndTierFields
        id={id}
        cadence={cadence}
        onCadence={setCadence}
        cadenceHint="How often a reading is expected. With none for two cadences the status becomes unknown."
        tier={tier}
        onTier={setTier}
        errors={errors}
      />
      {parties.length === 0 ? (
        <p className="field-error">No party has accepted yet, so no one can own a metric.</p>
      ) : (
        <SelectField
          id={`${id}-owner`}
          name="owningParty"
          label="Owning party"
          value={owningParty}
          options={parties.map((o) => ({ value: o.slug, label: o.name }))}
          onChange={setOwningParty}
          error={errors.owningParty}
          hint="Its people (and its integrations) record the readings."
        />
      )}
    </MetricFormFrame>
  );
}

function NameField({ id, value, onChange, errors }: { id: string; value: string; onChange: (v: string) => void; errors: FormErrors }) {
  return <TextField id={`${id}-name`} name="name" label="Name" value={value} onChange={onChange} error={errors.name} maxLength={200} />;
}

function UnitField({ id, value, onChange, errors }: { id: string; value: string; onChange: (v: string) => void; errors: FormErrors }) {
  return (
    <TextField
      id={`${id}-unit`}
      name="unit"
      label="Unit"
      optional
      hint="For example %, days, EUR."
      value={value}
      onChange={onChange}
      error={errors.unit}
      maxLength={40}
    />
  );
}

function CadenceAndTierFields({
  id,
  cadence,
  onCadence,
  cadenceHint,
  tier,
  onTier,
  errors,
}: {
  id: string;
  cadence: Cadence;
  onCadence: (cadence: Cadence) => void;
  cadenceHint?: string;
  tier: Tier;
  onTier: (tier: Tier) => void;
  errors: FormErrors;
}) {
  return (
    <div className="field-row">
      <SelectField
        id={`${id}-cadence`}
        name="cadence"
        label="Cadence"
        value={cadence}
        options={CADENCES}
        onChange={onCadence}
        error={errors.cadence}
        hint={cadenceHint}
      />
      <SelectField
        id={`${id}-tier`}
        name="escalationTier"
        label="Escalates to"
        value={tier}
        options={TIERS}
        onChange={onTier}
        error={errors.escalationTier}
        hint={`Turning red opens an escalation at ${tierExplanation(tier)}.`}
      />
    </div>
  );
}

function ThresholdFields({
  id,
  direction,
  onDirection,
  unit,
  inputs: { target, amber, red, setTarget, setAmber, setRed },
  errors,
}: {
  id: string;
  direction: Direction;
  onDirection?: (direction: Direction) => void;
  unit: string | null;
  inputs: ThresholdInputs;
  errors: FormErrors;
}) {
  const higher = direction === 'HIGHER_IS_BETTER';
  const a = parseDecimal(amber);
  const r = parseDecimal(red);
  const t = parseDecimal(target);
  const ready =
    a !== null &&
    r !== null &&
    Number.isFinite(a) &&
    Number.isFinite(r) &&
    Object.keys(thresholdProblems(direction, a, r, t !== null && Number.isFinite(t) ? t : null)).length === 0;
  return (
    <>
      {onDirection ? (
        <SelectField
          id={`${id}-direction`}
          name="direction"
          label="Direction"
          value={direction}
          options={DIRECTIONS}
          onChange={onDirection}
          error={errors.direction}
        />
      ) : (
        <p className="small">
          <strong>Direction:</strong> {directionLabel(direction)}
        </p>
      )}
      <div className="field-row field-row-3">
        <TextField
          id={`${id}-red`}
          name="redThreshold"
          label="Red threshold"
          inputMode="decimal"
          value={red}
          onChange={setRed}
          error={errors.redThreshold}
          hint={higher ? 'At or below: red.' : 'At or above: red.'}
        />
        <TextField
          id={`${id}-amber`}
          name="amberThreshold"
          label="Amber threshold"
          inputMode="decimal"
          value={amber}
          onChange={setAmber}
          error={errors.amberThreshold}
          hint={higher ? 'Below: amber.' : 'Above: amber.'}
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
      {ready && (
        <p className="hint threshold-preview" aria-live="polite">
          {higher
            ? `Red at or below ${formatValue(r, unit)}, amber from there up to ${formatValue(a, unit)}, green at ${formatValue(a, unit)} and above.`
            : `Green at or below ${formatValue(a, unit)}, amber above that up to ${formatValue(r, unit)}, red at ${formatValue(r, unit)} and above.`}
        </p>
      )}
    </>
  );
}

const UPDATE_FIELDS = ['name', 'unit', 'target', 'amberThreshold', 'redThreshold', 'cadence', 'escalationTier'] as const;

export function EditMetricForm({ metric, onClose, changed, failed }: { metric: Metric; onClose: () => void } & FormCallbacks) {
  const id = useId();
  const [name, setName] = useState(metric.name);
  const [unit, setUnit] = useState(metric.unit ?? '');
  const thresholds = useThresholdInputs(metric);
  const [cadence, setCadence] = useState<Cadence>(metric.cadence);
  const [tier, setTier] = useState<Tier>(metric.escalationTier);
  const { errors, saving, save } = useFormSave(UPDATE_FIELDS, onClose, failed);
  const { target, amber, red } = thresholds;

  return (
    <MetricFormFrame
      heading={`Edit ${metric.name}`}
      hint={`${metricKindLabel(metric.kind)}, owned by ${metric.owningParty.name}. Kind, direction and owner stay as defined.`}
      error={errors.form}
      saving={saving}
      submitLabel="Save changes"
      onCancel={onClose}
      testId="edit-metric-form"
      onSubmit={(event) =>
        void save(
          event,
          () => metricProblems(name, metric.direction, thresholds, metric.target !== null && metric.target !== undefined),
          async () => {
            const input: Record<string, unknown> = { id: metric.id, version: metric.version };
            if (name.trim() !== metric.name) input.name = name.trim();
            // Blank optional text clears it; an absent field stays as it is.
            if (unit.trim() !== (metric.unit ?? '')) input.unit = unit.trim();
            if (target.trim() !== decimalText(metric.target)) input.target = parseDecimal(target);
            if (amber.trim() !== decimalText(metric.amberThreshold)) input.amberThreshold = parseDecimal(amber);
            if (red.trim() !== decimalText(metric.redThreshold)) input.redThreshold = parseDecimal(red);
            if (cadence !== metric.cadence) input.cadence = cadence;
            if (tier !== metric.escalationTier) input.escalationTier = tier;
            if (Object.keys(input).length === 2) {
              onClose();
              return;
            }
            await gql(UPDATE_METRIC, { input });
            onClose();
            await changed(`Metric “${name.trim()}” saved.`);
          },
        )
      }
    >
      <NameField id={id} value={name} onChange={setName} errors={errors} />
      <UnitField id={id} value={unit} onChange={setUnit} errors={errors} />
      <ThresholdFields id={id} direction={metric.direction} unit={unit} inputs={thresholds} errors={errors} />
      <CadenceAndTierFields id={id} cadence={cadence} onCadence={setCadence} tier={tier} onTier={setTier} errors={errors} />
    </MetricFormFrame>
  );
}
