// Defining a metric (sponsors and the steering group) and editing one. VALIDATION problems appear next to the field
// the server names; anything else goes to the page (a CONFLICT reloads it).
import { useId, useState } from 'react';
import { SelectField } from '../components/Field';
import { type FormErrors, useFormSave } from '../components/Form';
import { decimalText, parseDecimal } from '../format';
import type { Cadence, Direction, MetricKind, Tier, UpdateMetricInput } from '../gql/graphql';
import { METRIC_KINDS, metricKindLabel } from '../labels';
import type { Viewer } from '../session/queries';
import { useMetricChange } from './metricChanges';
import {
  CadenceAndTierFields,
  type FormCallbacks,
  MetricFormFrame,
  metricProblems,
  NameField,
  ThresholdFields,
  UnitField,
  useThresholdInputs,
} from './metricFields';
import { DEFINE_METRIC, type Metric, type MetricsPartnership, UPDATE_METRIC } from './queries';

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

export function DefineMetricForm({
  partnership,
  viewer,
  onClose,
  partnershipId,
  changed,
  failed,
}: { partnership: MetricsPartnership; viewer: Viewer; onClose: () => void } & FormCallbacks) {
  const id = useId();
  const define = useMetricChange(DEFINE_METRIC, partnershipId);
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
          const amberThreshold = parseDecimal(thresholds.amber);
          const redThreshold = parseDecimal(thresholds.red);
          if (amberThreshold === null || redThreshold === null) return; // check() asked for both
          await define.mutateAsync({
            input: {
              partnershipId: partnership.id,
              name: name.trim(),
              kind,
              unit: unit.trim() || null,
              direction,
              target: parseDecimal(thresholds.target),
              amberThreshold,
              redThreshold,
              cadence,
              owningParty,
              escalationTier: tier,
            },
          });
          onClose();
          changed(`Metric “${name.trim()}” defined.`);
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

const UPDATE_FIELDS = ['name', 'unit', 'target', 'amberThreshold', 'redThreshold', 'cadence', 'escalationTier'] as const;

export function EditMetricForm({
  metric,
  onClose,
  partnershipId,
  changed,
  failed,
}: { metric: Metric; onClose: () => void } & FormCallbacks) {
  const id = useId();
  const update = useMetricChange(UPDATE_METRIC, partnershipId);
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
            const input: UpdateMetricInput = { id: metric.id, version: metric.version };
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
            await update.mutateAsync({ input });
            onClose();
            changed(`Metric “${name.trim()}” saved.`);
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
