// What the dashboard's metric forms share: how a form reports back, its frame, and the fields and checks of defining
// and editing a metric (name, unit, direction and thresholds, cadence and escalation tier).
import { type ComponentProps, useState } from 'react';
import { SelectField, TextField } from '../components/Field';
import { type FormErrors, FormFrame } from '../components/Form';
import { decimalText, formatValue, parseDecimal } from '../format';
import type { Cadence, Direction, Tier } from '../gql/graphql';
import { CADENCES, DIRECTIONS, directionLabel, TIERS, tierExplanation } from '../labels';
import { thresholdProblems } from './metricRules';
import type { Metric } from './queries';

export interface FormCallbacks {
  /** Whose metrics: a change refreshes what it touched of this partnership. */
  partnershipId: string;
  /** After a change: tell the person (the change refreshed the dashboard). */
  changed: (message: string) => void;
  /** After a failed change that is not about one field. */
  failed: (error: unknown) => Promise<void>;
}

/** A dashboard form: an inline form named by its heading. */
export function MetricFormFrame(props: Omit<ComponentProps<typeof FormFrame>, 'labelledByHeading'> & { heading: string; testId: string }) {
  return <FormFrame {...props} labelledByHeading />;
}

function numberProblem(text: string, required: boolean, example: string): string | undefined {
  const n = parseDecimal(text);
  if (n === null) return required ? 'Enter a number.' : undefined;
  return Number.isFinite(n) ? undefined : `Enter a number, for example ${example}.`;
}

/** Target, amber and red threshold as typed; a metric being edited fills them in. */
export function useThresholdInputs(metric?: Metric) {
  const [target, setTarget] = useState(decimalText(metric?.target));
  const [amber, setAmber] = useState(decimalText(metric?.amberThreshold));
  const [red, setRed] = useState(decimalText(metric?.redThreshold));
  return { target, amber, red, setTarget, setAmber, setRed };
}

export type ThresholdInputs = ReturnType<typeof useThresholdInputs>;

/**
 * What defining and editing both check: a name, both thresholds, an optional target, then their order for the
 * direction. `hadTarget`: the API leaves a field unchanged when it is absent, so a target once set cannot be removed.
 */
export function metricProblems(
  name: string,
  direction: Direction,
  { target, amber, red }: ThresholdInputs,
  hadTarget: boolean,
): FormErrors {
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

export function NameField({
  id,
  value,
  onChange,
  errors,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  errors: FormErrors;
}) {
  return <TextField id={`${id}-name`} name="name" label="Name" value={value} onChange={onChange} error={errors.name} maxLength={200} />;
}

export function UnitField({
  id,
  value,
  onChange,
  errors,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  errors: FormErrors;
}) {
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

export function CadenceAndTierFields({
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

export function ThresholdFields({
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
