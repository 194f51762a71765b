// The risk's inline form (add or edit): what could go wrong, probability × impact, mitigation, owner, linked item.
import { useId, useState } from 'react';
import { Field, SelectField, TextField } from '../components/Field';
import type { UpdateRiskInput } from '../gql/graphql';
import { riskRag } from '../labels';
import { ADD_RISK, UPDATE_RISK } from './mutations';
import { usePlanChange } from './planCache';
import type { Risk } from './queries';
import { IMPACT, PROBABILITY, RAG_WORDS } from './riskScale';
import { InlineForm, useItemForm, usePlan } from './shared';

/** The first choice of the link pickers: no linked item. */
const NONE = { value: '', label: 'None' };

export function RiskForm({ risk, onClose }: { risk?: Risk; onClose: () => void }) {
  const { plan, deliverables, changed } = usePlan();
  const id = useId();
  const updateRisk = usePlanChange(UPDATE_RISK);
  const addRisk = usePlanChange(ADD_RISK);
  const [title, setTitle] = useState(risk?.title ?? '');
  const [probability, setProbability] = useState(risk?.probability ?? 3);
  const [impact, setImpact] = useState(risk?.impact ?? 3);
  const [mitigation, setMitigation] = useState(risk?.mitigation ?? '');
  const [owner, setOwner] = useState(risk?.owner?.email ?? '');
  const [deliverableId, setDeliverableId] = useState(risk?.deliverable?.id ?? '');
  const [keyResultId, setKeyResultId] = useState(risk?.keyResult?.id ?? '');
  const { errors, saving, save } = useItemForm(
    ['title', 'probability', 'impact', 'mitigation', 'owner', 'deliverableId', 'keyResultId'],
    onClose,
  );
  const score = probability * impact;
  const keyResults = plan.objectives.flatMap((o) => o.keyResults.map((k) => ({ ...k, objective: o.title })));

  return (
    <InlineForm
      heading={risk ? 'Edit risk' : 'New risk'}
      error={errors.form}
      saving={saving}
      submitLabel={risk ? 'Save changes' : 'Add risk'}
      onCancel={onClose}
      testId="risk-form"
      onSubmit={(event) =>
        void save(
          event,
          () => ({
            title: title.trim() ? undefined : 'Say what could go wrong.',
            keyResultId: deliverableId && keyResultId ? 'Link either a deliverable or a key result, not both.' : undefined,
          }),
          async () => {
            if (risk) {
              const input: UpdateRiskInput = { id: risk.id, version: risk.version };
              if (title.trim() !== risk.title) input.title = title.trim();
              if (probability !== risk.probability) input.probability = probability;
              if (impact !== risk.impact) input.impact = impact;
              if (mitigation.trim() !== (risk.mitigation ?? '')) input.mitigation = mitigation.trim() || null;
              if (owner.trim() !== (risk.owner?.email ?? '')) input.owner = owner.trim() || null;
              if (deliverableId !== (risk.deliverable?.id ?? '')) input.deliverableId = deliverableId || null;
              if (keyResultId !== (risk.keyResult?.id ?? '')) input.keyResultId = keyResultId || null;
              if (Object.keys(input).length === 2) {
                onClose();
                return;
              }
              await updateRisk.mutateAsync({ input });
              onClose();
              changed('Risk saved.');
            } else {
              await addRisk.mutateAsync({
                input: {
                  planId: plan.id,
                  title: title.trim(),
                  probability,
                  impact,
                  mitigation: mitigation.trim() || null,
                  owner: owner.trim() || null,
                  deliverableId: deliverableId || null,
                  keyResultId: keyResultId || null,
                },
              });
              onClose();
              changed('Risk added.');
            }
          },
        )
      }
    >
      <TextField
        id={`${id}-title`}
        name="title"
        label="Risk"
        hint="What could go wrong?"
        value={title}
        onChange={setTitle}
        error={errors.title}
        maxLength={200}
      />
      <div className="field-row">
        <ScaleSelect
          id={`${id}-probability`}
          name="probability"
          label="Probability"
          words={PROBABILITY}
          value={probability}
          onChange={setProbability}
          error={errors.probability}
        />
        <ScaleSelect
          id={`${id}-impact`}
          name="impact"
          label="Impact"
          words={IMPACT}
          value={impact}
          onChange={setImpact}
          error={errors.impact}
        />
      </div>
      <p className="small" aria-live="polite">
        Score {score}: <span className={`tag heat-${riskRag(score)}`}>{RAG_WORDS[riskRag(score)]}</span>
      </p>
      <TextField
        id={`${id}-mitigation`}
        name="mitigation"
        label="Mitigation"
        optional
        value={mitigation}
        onChange={setMitigation}
        error={errors.mitigation}
        multiline
        rows={2}
      />
      <TextField
        id={`${id}-owner`}
        name="owner"
        label="Owner"
        optional
        type="email"
        inputMode="email"
        hint="Email address of the person who watches this risk."
        value={owner}
        onChange={setOwner}
        error={errors.owner}
      />
      <SelectField
        id={`${id}-deliverable`}
        name="deliverableId"
        label="Linked deliverable"
        optional
        value={deliverableId}
        options={[NONE, ...deliverables.map((d) => ({ value: d.id, label: d.title }))]}
        onChange={setDeliverableId}
        error={errors.deliverableId}
      />
      <SelectField
        id={`${id}-key-result`}
        name="keyResultId"
        label="Linked key result"
        optional
        value={keyResultId}
        options={[NONE, ...keyResults.map((k) => ({ value: k.id, label: `${k.title} (${k.objective})` }))]}
        onChange={setKeyResultId}
        error={errors.keyResultId}
      />
    </InlineForm>
  );
}

function ScaleSelect({
  id,
  name,
  label,
  words,
  value,
  onChange,
  error,
}: {
  id: string;
  name: string;
  label: string;
  words: string[];
  value: number;
  onChange: (value: number) => void;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          value={value}
          onChange={(e) => onChange(Number(e.target.value))}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {words.map((word, index) => (
            <option key={word} value={index + 1}>
              {index + 1} · {word}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
