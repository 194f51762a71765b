// Risks: the 5 × 5 heat map (probability rows, impact columns; tap a cell to list its risks) and the risk list.
import { useId, useState } from 'react';
import { gql } from '../api';
import { Field, SelectField, TextField } from '../components/Field';
import { riskRag } from '../labels';
import { ADD_RISK, UPDATE_RISK } from '../queries';
import type { Risk, RiskHeatCell } from '../types';
import { InlineForm, itemAnchor, jumpTo, personWithOrg, RemoveButton, useItemForm, usePlan } from './shared';

const PROBABILITY = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const IMPACT = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];
const RAG_WORDS = { green: 'low', amber: 'medium', red: 'high' } as const;
/** The first choice of the link pickers: no linked item. */
const NONE = { value: '', label: 'None' };

export function Risks() {
  const { plan } = usePlan();
  const [adding, setAdding] = useState(false);
  const risks = [...plan.risks].sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));

  return (
    <section className="section" aria-labelledby="risks-heading" id="risks">
      <div className="section-heading">
        <h2 id="risks-heading">Risks</h2>
        {plan.viewerCanEdit && !adding && (
          <button type="button" className="button button-secondary button-small" onClick={() => setAdding(true)}>
            Add risk
          </button>
        )}
      </div>
      <HeatMap />
      {adding && (
        <div className="card section-gap">
          <RiskForm onClose={() => setAdding(false)} />
        </div>
      )}
      <h3 className="subheading section-gap">All risks, highest score first</h3>
      {risks.length === 0 ? (
        <p className="muted">No risks recorded yet.</p>
      ) : (
        <ul className="card-list">
          {risks.map((risk) => (
            <RiskItem key={risk.id} risk={risk} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HeatMap() {
  const { plan } = usePlan();
  const [selected, setSelected] = useState<{ probability: number; impact: number }>();
  const captionId = useId();

  const cells = new Map(plan.riskHeatMap.map((c) => [`${c.probability}-${c.impact}`, c]));
  const cellAt = (probability: number, impact: number): RiskHeatCell =>
    cells.get(`${probability}-${impact}`) ?? {
      probability,
      impact,
      score: probability * impact,
      risks: plan.risks.filter((r) => r.probability === probability && r.impact === impact),
    };
  const open = selected ? cellAt(selected.probability, selected.impact) : undefined;

  return (
    <div className="card heat-card">
      <table className="heat-map" data-testid="risk-heat-map" aria-describedby={captionId}>
        <caption id={captionId} className="heat-caption small muted">
          Probability (rows, 5 = almost certain) × impact (columns, 5 = severe). Tap a cell to list its risks.
        </caption>
        <thead>
          <tr>
            <td className="heat-corner" aria-hidden="true" />
            {[1, 2, 3, 4, 5].map((impact) => (
              <th key={impact} scope="col" className="heat-axis" title={IMPACT[impact - 1]}>
                <span className="visually-hidden">Impact </span>
                {impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[5, 4, 3, 2, 1].map((probability) => (
            <tr key={probability}>
              <th scope="row" className="heat-axis" title={PROBABILITY[probability - 1]}>
                <span className="visually-hidden">Probability </span>
                {probability}
              </th>
              {[1, 2, 3, 4, 5].map((impact) => {
                const cell = cellAt(probability, impact);
                const rag = riskRag(cell.score);
                const pressed = selected?.probability === probability && selected?.impact === impact;
                return (
                  <td key={impact}>
                    <button
                      type="button"
                      className={`heat-cell heat-${rag}${cell.risks.length === 0 ? ' heat-empty' : ''}`}
                      aria-pressed={pressed}
                      aria-label={`Probability ${probability}, impact ${impact}, score ${cell.score} (${RAG_WORDS[rag]}): ${cell.risks.length} ${cell.risks.length === 1 ? 'risk' : 'risks'}`}
                      onClick={() => setSelected(pressed ? undefined : { probability, impact })}
                      data-testid="heat-cell"
                      data-probability={probability}
                      data-impact={impact}
                    >
                      {cell.risks.length > 0 ? cell.risks.length : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heat-axis-label small muted" aria-hidden="true">
        ↑ probability · impact →
      </p>
      <div aria-live="polite" data-testid="heat-cell-risks">
        {open && (
          <div className="heat-selection">
            <p className="small">
              <strong>
                Probability {open.probability} × impact {open.impact} = {open.score}
              </strong>{' '}
              ({PROBABILITY[open.probability - 1].toLowerCase()}, {IMPACT[open.impact - 1].toLowerCase()})
            </p>
            {open.risks.length === 0 ? (
              <p className="muted small">No risks in this cell.</p>
            ) : (
              <ul className="inline-list">
                {open.risks.map((r) => (
                  <li key={r.id}>
                    <a
                      href={`#${itemAnchor(r.id)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        jumpTo(r.id);
                      }}
                    >
                      {r.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function RiskItem({ risk }: { risk: Risk }) {
  const { plan } = usePlan();
  const [editing, setEditing] = useState(false);
  const rag = riskRag(risk.score);
  const link = risk.deliverable ?? risk.keyResult;

  return (
    <li className="card plan-item risk" id={itemAnchor(risk.id)} tabIndex={-1} data-testid="risk">
      {editing ? (
        <RiskForm risk={risk} onClose={() => setEditing(false)} />
      ) : (
        <>
          <div className="item-heading">
            <p className="risk-title">{risk.title}</p>
            <span className={`tag risk-score heat-${rag}`}>
              Score {risk.score}
              <span className="visually-hidden"> ({RAG_WORDS[rag]})</span>
            </span>
          </div>
          <p className="muted small">
            Probability {risk.probability} ({PROBABILITY[risk.probability - 1]?.toLowerCase()}) × impact {risk.impact} (
            {IMPACT[risk.impact - 1]?.toLowerCase()})
          </p>
          <dl className="deliverable-facts">
            <div>
              <dt>Mitigation</dt>
              <dd className={risk.mitigation ? undefined : 'missing'}>{risk.mitigation || 'none written yet'}</dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd className={risk.owner ? undefined : 'missing'}>{risk.owner ? personWithOrg(risk.owner) : 'no owner yet'}</dd>
            </div>
            {link && (
              <div>
                <dt>{risk.deliverable ? 'Deliverable' : 'Key result'}</dt>
                <dd>
                  <a
                    href={`#${itemAnchor(link.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      jumpTo(link.id);
                    }}
                  >
                    {link.title}
                  </a>
                </dd>
              </div>
            )}
          </dl>
          {plan.viewerCanEdit && (
            <div className="item-actions">
              <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> risk {risk.title}</span>
              </button>
              <RemoveButton id={risk.id} version={risk.version} what={`risk “${risk.title}”`} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

function RiskForm({ risk, onClose }: { risk?: Risk; onClose: () => void }) {
  const { plan, deliverables, changed } = usePlan();
  const id = useId();
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
              const input: Record<string, unknown> = { id: risk.id, version: risk.version };
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
              await gql(UPDATE_RISK, { input });
              onClose();
              await changed('Risk saved.');
            } else {
              await gql(ADD_RISK, {
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
              await changed('Risk added.');
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
